package tr.manset.search;

import java.util.List;
import java.util.Optional;

/** Where the index reads stories from; implemented by the article module, which owns them. */
public interface SearchSource {

    /** The story if it is published now; empty for drafts, unpublished, deleted or unknown ids. */
    Optional<SearchDocument> published(long articleId);

    /** Published stories with ids above {@code afterId}, in id order, at most {@code limit}: for rebuilding. */
    List<SearchDocument> publishedAfter(long afterId, int limit);

    long publishedCount();
}
