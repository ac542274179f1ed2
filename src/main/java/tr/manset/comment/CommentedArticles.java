package tr.manset.comment;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** The stories comments belong to; implemented by the article module, which owns them. */
public interface CommentedArticles {

    Optional<CommentedArticle> find(long articleId);

    Map<Long, CommentedArticle> find(Collection<Long> articleIds);
}
