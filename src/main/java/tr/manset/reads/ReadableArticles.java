package tr.manset.reads;

import java.util.Collection;
import java.util.Set;

/** The stories whose views count; implemented by the article module, which owns them. */
public interface ReadableArticles {

    /** Which of these ids are stories readers can see now (published), asked once per flush. */
    Set<Long> published(Collection<Long> articleIds);
}
