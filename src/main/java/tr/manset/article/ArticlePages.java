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
import tr.manset.media.Crop;
import tr.manset.media.Image;
import tr.manset.media.Images;
import tr.manset.system.SiteProperties;
import tr.manset.system.layout.JsonLd;
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
    private final Images media;
    private final ArticleStructuredData structuredData;

    ArticlePages(Articles articles, Categories categories, Authors authors, SiteProperties site,
                 ArticleDiscussion discussion, Discussions discussions, MostReadStories mostRead, Images media,
                 ArticleStructuredData structuredData) {
        this.mostRead = mostRead;
        this.media = media;
        this.structuredData = structuredData;
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
        String canonical = site.absolute(article.path(category.slug()));
        PageMeta meta = new PageMeta(article.headline() + " - " + site.siteName(),
            ArticleStructuredData.description(article), canonical, "", "article", !preview);
        Image hero = article.hero() == null ? null : images.get(article.hero().imageId());
        List<Crop> heroCrops = hero == null ? List.of() : media.crops(hero);
        if (hero != null) {
            meta = previewImage(meta, hero, heroCrops, article.hero().alt());
        }
        JsonLd structured = JsonLd.NONE;
        // A preview has no publication time yet, and is never indexed.
        if (!preview) {
            meta = meta.withStory(structuredData.openGraph(article, category, byline));
            structured = structuredData.of(article, category, byline, heroCrops, canonical);
        }
        CommentSection comments = discussions.section(discussion.of(article), CommentSort.NEWEST, null);
        MostReadLists read = preview ? MostReadLists.NONE : mostRead.without(article.id());
        return new ArticlePage(article, category, byline, images, heroCrops, articles.related(article, RELATED), read,
            meta, structured, comments, preview);
    }

    /** The 16:9 crop where there is one (sharing cards are about that wide), else the hero at 1200 pixels. */
    private PageMeta previewImage(PageMeta meta, Image hero, List<Crop> crops, String alt) {
        String text = alt.isEmpty() ? hero.alt() : alt;
        return crops.stream().filter(crop -> crop.aspect() == Crop.Aspect.WIDE).findFirst()
            .map(wide -> meta.withImage(site.absolute(wide.url()), wide.width(), wide.height(), text))
            .orElseGet(() -> {
                int width = Math.min(1200, hero.width());
                return meta.withImage(site.absolute(hero.urlFor(1200)), width, hero.heightAt(width), text);
            });
    }

    /** A story's comments page: every published comment, in the reader's chosen order, page by page. */
    public CommentsPage comments(Article article, CommentSort sort, String after) {
        Category category = categories.byId(article.categoryId()).orElseThrow();
        String path = article.path(category.slug()) + "/yorumlar";
        PageMeta meta = new PageMeta("Yorumlar: " + article.headline() + " - " + site.siteName(),
            ArticleStructuredData.description(article),
            site.absolute(path), "", "website", false);
        return new CommentsPage(article, category, discussions.section(discussion.of(article), sort, after), meta);
    }
}
