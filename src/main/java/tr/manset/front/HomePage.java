package tr.manset.front;

import java.util.List;
import tr.manset.article.MostReadLists;
import tr.manset.article.Teaser;
import tr.manset.category.Category;
import tr.manset.system.layout.JsonLd;
import tr.manset.system.layout.PageMeta;

/**
 * The home page: the manşet (one lead and the secondary leads), the latest news beside the
 * most-read stories, and a block per category.
 */
public record HomePage(Teaser lead, List<Teaser> secondary, List<Teaser> latest, MostReadLists mostRead,
                       List<Section> sections, PageMeta meta, JsonLd structuredData) {

    /** A category's block on the home page. */
    public record Section(Category category, List<Teaser> teasers) {}

    public boolean empty() {
        return lead == null;
    }
}
