package tr.manset.article;

import java.util.List;
import java.util.Map;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.comment.CommentSection;
import tr.manset.media.Crop;
import tr.manset.media.Image;
import tr.manset.system.layout.JsonLd;
import tr.manset.system.layout.PageMeta;
import tr.manset.system.time.TurkishTime;

/**
 * Everything the article page shows, in reading order.
 *
 * @param heroCrops the hero image cut to 16:9, 4:3 and 1:1; empty without a hero
 * @param structuredData the NewsArticle and breadcrumbs for search engines; none in a preview
 */
public record ArticlePage(
        Article article,
        Category category,
        List<Author> authors,
        Map<Long, Image> images,
        List<Crop> heroCrops,
        List<Teaser> related,
        MostReadLists mostRead,
        PageMeta meta,
        JsonLd structuredData,
        CommentSection comments,
        boolean preview) {

    /** GİRİŞ; in a preview of a story never published, its scheduled time or "yayımlanmadı". */
    public String published() {
        if (article.firstPublishedAt() == null) {
            return article.scheduledAt() != null ? TurkishTime.dateTime(article.scheduledAt()) : "yayımlanmadı";
        }
        return TurkishTime.dateTime(article.firstPublishedAt());
    }

    public String publishedIso() {
        return TurkishTime.iso(article.firstPublishedAt());
    }

    public String updated() {
        return TurkishTime.dateTime(article.updatedAt());
    }

    public String updatedIso() {
        return TurkishTime.iso(article.updatedAt());
    }

    public Image hero() {
        return article.hero() == null ? null : images.get(article.hero().imageId());
    }

    public Image image(Block.Figure figure) {
        return images.get(figure.imageId());
    }

    /** Minutes to read at about 200 words a minute, at least one. */
    public int readingMinutes() {
        return Math.max(1, Math.round(article.body().wordCount() / 200f));
    }
}
