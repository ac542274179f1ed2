package tr.manset.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.manset.category.Categories;
import tr.manset.comment.CommentedArticle;
import tr.manset.comment.CommentedArticles;

/** Tells the comment module about stories: whether they are published, their address and comment mode. */
@Component
class ArticleDiscussion implements CommentedArticles {

    private final Articles articles;
    private final Categories categories;

    ArticleDiscussion(Articles articles, Categories categories) {
        this.articles = articles;
        this.categories = categories;
    }

    @Override
    public Optional<CommentedArticle> find(long articleId) {
        return articles.find(articleId).map(this::of);
    }

    @Override
    public Map<Long, CommentedArticle> find(Collection<Long> articleIds) {
        Map<Long, CommentedArticle> found = new LinkedHashMap<>();
        for (long id : articleIds.stream().distinct().toList()) {
            find(id).ifPresent(article -> found.put(id, article));
        }
        return found;
    }

    CommentedArticle of(Article article) {
        String path = categories.byId(article.categoryId())
            .map(category -> article.path(category.slug()))
            .orElse("/");
        return new CommentedArticle(article.id(), article.headline(), path, article.published(),
            article.firstPublishedAt(), article.commentMode());
    }
}
