package tr.manset.front;

import java.util.List;
import tr.manset.article.Teaser;
import tr.manset.author.Author;
import tr.manset.system.layout.FeedLink;
import tr.manset.system.layout.JsonLd;
import tr.manset.system.layout.PageMeta;
import tr.manset.system.web.Paged;

/**
 * A paginated list of stories under a heading: a category, a tag or an author.
 *
 * @param section the masthead link to mark as current, or ""
 * @param author set on author pages only
 * @param structuredData breadcrumbs on category pages, the profile on author pages
 * @param feeds the listing's own RSS and Atom feeds
 */
public record ListingPage(String kicker, String title, String description, String base, String section,
                          Author author, Paged<Teaser> teasers, PageMeta meta, JsonLd structuredData,
                          List<FeedLink> feeds) {}
