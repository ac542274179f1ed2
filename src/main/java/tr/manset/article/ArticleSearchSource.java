package tr.manset.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.search.SearchDocument;
import tr.manset.search.SearchSource;

/** Hands published stories to the search index, with their section's and authors' names. */
@Component
class ArticleSearchSource implements SearchSource {

    private final ArticleStore store;
    private final Categories categories;
    private final Authors authors;

    ArticleSearchSource(ArticleStore store, Categories categories, Authors authors) {
        this.store = store;
        this.categories = categories;
        this.authors = authors;
    }

    @Override
    public Optional<SearchDocument> published(long articleId) {
        return store.find(articleId).filter(Article::published).map(this::document);
    }

    @Override
    public List<SearchDocument> publishedAfter(long afterId, int limit) {
        return store.publishedAfter(afterId, limit).stream().map(this::document).toList();
    }

    @Override
    public long publishedCount() {
        return store.publishedCount();
    }

    private SearchDocument document(Article article) {
        Map<Long, Category> sections = categories.byId();
        Category category = sections.get(article.categoryId());
        List<Author> byline = authors.byIds(article.authorIds());
        return new SearchDocument(article.id(), article.headline(), article.spot(), article.body().plainText(),
            article.tags().stream().map(Tag::name).toList(), category.slug(), category.name(),
            byline.stream().map(Author::slug).toList(), byline.stream().map(Author::name).toList(),
            article.firstPublishedAt(), article.updatedAt() == null ? article.firstPublishedAt() : article.updatedAt(),
            article.path(category.slug()));
    }
}
