package tr.manset.article;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.media.Crop;
import tr.manset.system.layout.JsonLd;
import tr.manset.system.layout.NavLink;
import tr.manset.system.layout.PageMeta;
import tr.manset.system.layout.StructuredData;
import tr.manset.system.text.FormText;
import tr.manset.system.time.TurkishTime;

/**
 * What a published story tells search engines and link previews: a NewsArticle and the breadcrumb
 * trail to it as JSON-LD, and the article:* Open Graph facts.
 */
@Component
class ArticleStructuredData {

    /** Google shows at most 110 characters of a NewsArticle's headline. */
    static final int MAX_HEADLINE = 110;
    /** About what a search result shows of a description. */
    static final int MAX_DESCRIPTION = 160;

    private final StructuredData schema;

    ArticleStructuredData(StructuredData schema) {
        this.schema = schema;
    }

    JsonLd of(Article article, Category category, List<Author> byline, List<Crop> heroCrops, String canonical) {
        Map<String, Object> story = StructuredData.thing("NewsArticle");
        story.put("@id", canonical + "#haber");
        story.put("headline", shortened(article.headline(), MAX_HEADLINE));
        story.put("description", description(article));
        if (!heroCrops.isEmpty()) {
            story.put("image", heroCrops.stream().map(crop -> schema.image(crop.url(), crop.width(), crop.height())).toList());
        }
        story.put("datePublished", iso(article.firstPublishedAt()));
        story.put("dateModified", iso(modified(article)));
        story.put("author", byline.isEmpty() ? List.of(schema.publisher()) : byline.stream().map(this::person).toList());
        story.put("publisher", schema.publisher());
        Map<String, Object> page = StructuredData.thing("WebPage");
        page.put("@id", canonical);
        story.put("mainEntityOfPage", page);
        story.put("url", canonical);
        story.put("articleSection", category.name());
        if (!article.tags().isEmpty()) {
            story.put("keywords", article.tags().stream().map(Tag::name).toList());
        }
        story.put("isAccessibleForFree", true);
        story.put("inLanguage", "tr");
        Map<String, Object> trail = schema.breadcrumbs(List.of(new NavLink("Ana Sayfa", "/"),
            new NavLink(category.name(), category.path()), new NavLink(article.headline(), article.path(category.slug()))));
        return JsonLd.of(story, trail);
    }

    /** article:published_time, :modified_time, :section, :tag and :author. */
    PageMeta.Story openGraph(Article article, Category category, List<Author> byline) {
        return new PageMeta.Story(iso(article.firstPublishedAt()), iso(modified(article)),
            category.name(), article.tags().stream().map(Tag::name).toList(),
            byline.stream().map(author -> schema.absolute(author.path())).toList());
    }

    /** The spot; for a story without one, the start of its text. */
    static String description(Article article) {
        return article.spot().isEmpty() ? shortened(FormText.line(article.body().plainText()), MAX_DESCRIPTION) : article.spot();
    }

    /** The last substantive update (GÜNCELLEME), else the first publication: a typo fix is no news. */
    private static Instant modified(Article article) {
        return article.updatedAt() != null ? article.updatedAt() : article.firstPublishedAt();
    }

    /** "2026-01-24T16:07:00+03:00": Istanbul time, to the second. */
    private static String iso(Instant instant) {
        return TurkishTime.iso(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private Map<String, Object> person(Author author) {
        Map<String, Object> person = StructuredData.thing("Person");
        person.put("name", author.name());
        person.put("url", schema.absolute(author.path()));
        if (!author.title().isEmpty()) {
            person.put("jobTitle", author.title());
        }
        return person;
    }

    /** At most {@code max} characters, cut after a whole word and marked with "…". */
    static String shortened(String text, int max) {
        if (FormText.length(text) <= max) {
            return text;
        }
        String cut = FormText.cut(text, max - 1);
        int lastSpace = cut.lastIndexOf(' ');
        return (lastSpace > max / 2 ? cut.substring(0, lastSpace) : cut).strip() + "…";
    }
}
