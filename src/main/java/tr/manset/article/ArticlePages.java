package tr.manset.article;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.comment.CommentSection;
import tr.manset.comment.CommentSort;
import tr.manset.comment.Discussions;
import tr.manset.media.Image;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.PageMeta;

/** Assembles what the article page shows, for readers and for the newsroom's preview alike. */
@Component
public class ArticlePages {

    private static final int RELATED = 6;

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final SiteProperties site;
    private final ArticleDiscussion discussion;
    private final Discussions discussions;
    private final MostReadStories mostRead;

    ArticlePages(Articles articles, Categories categories, Authors authors, SiteProperties site,
                 ArticleDiscussion discussion, Discussions discussions, MostReadStories mostRead) {
        this.mostRead = mostRead;
        this.discussion = discussion;
        this.discussions = discussions;
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.site = site;
    }

    /** @param preview true for staff looking at unpublished work: marked as such and never indexed */
    public ArticlePage of(Article article, boolean preview) {
        Category category = categories.byId(article.categoryId()).orElseThrow();
        List<Author> byline = authors.byIds(article.authorIds());
        Map<Long, Image> images = articles.imagesOf(article);
        PageMeta meta = new PageMeta(article.headline() + " - " + site.siteName(), article.spot(),
            site.absolute(article.path(category.slug())), "", "article", !preview);
        Image hero = article.hero() == null ? null : images.get(article.hero().imageId());
        if (hero != null) {
            meta = meta.withImage(site.absolute(hero.urlFor(1200)));
        }
        CommentSection comments = discussions.section(discussion.of(article), CommentSort.NEWEST, null);
        MostReadLists read = preview ? MostReadLists.NONE : mostRead.without(article.id());
        return new ArticlePage(article, category, byline, images, articles.related(article, RELATED), read, meta,
            comments, preview);
    }

    /** A story's comments page: every published comment, in the reader's chosen order, page by page. */
    public CommentsPage comments(Article article, CommentSort sort, String after) {
        Category category = categories.byId(article.categoryId()).orElseThrow();
        String path = article.path(category.slug()) + "/yorumlar";
        PageMeta meta = new PageMeta("Yorumlar: " + article.headline() + " - " + site.siteName(), article.spot(),
            site.absolute(path), "", "website", false);
        return new CommentsPage(article, category, discussions.section(discussion.of(article), sort, after), meta);
    }
}
