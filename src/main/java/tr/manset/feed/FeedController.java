package tr.manset.feed;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Tag;
import tr.manset.author.Author;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.system.SiteProperties;
import tr.manset.system.web.NotFoundException;

/**
 * The newest published stories as RSS 2.0 ({path}/rss.xml) and Atom ({path}/atom.xml): for the
 * whole site, each category, author (/yazar/{slug}) and tag (/etiket/{slug}). Like reader pages
 * they are cached for a minute; an unchanged feed answers a conditional GET with 304, by its ETag
 * or by its Last-Modified time.
 */
@RestController
class FeedController {

    static final int ITEMS = 30;

    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");
    private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");
    private static final String FORMAT = "{format:rss|atom}.xml";

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final FeedEntries entries;
    private final FeedWriter writer;
    private final TagUris ids;
    private final SiteProperties site;
    private final Clock clock;

    FeedController(Articles articles, Categories categories, Authors authors, FeedEntries entries, FeedWriter writer,
                   TagUris ids, SiteProperties site, Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.entries = entries;
        this.writer = writer;
        this.ids = ids;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/" + FORMAT)
    ResponseEntity<String> site(@PathVariable String format) throws XMLStreamException {
        return answer(format, feed("", site.siteName(), site.siteName() + " son haberler", "", articles.latestStories(ITEMS)));
    }

    @GetMapping("/{slug:[^.]+}/" + FORMAT)
    ResponseEntity<String> category(@PathVariable String slug, @PathVariable String format) throws XMLStreamException {
        Category category = categories.bySlug(slug).orElse(null);
        if (category == null) {
            // A renamed category's feed moves for good, as its page does: readers update their subscription.
            Category renamed = categories.formerlyAt(slug).orElseThrow(() -> new NotFoundException("category " + slug));
            return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
                .location(URI.create(renamed.path() + "/" + format + ".xml"))
                .build();
        }
        String description = category.description().isEmpty() ? category.name() + " haberleri" : category.description();
        return answer(format, feed("kategori-" + category.id(), category.name(), description, category.path(),
            articles.latestStoriesIn(category, ITEMS)));
    }

    @GetMapping("/yazar/{slug:[^.]+}/" + FORMAT)
    ResponseEntity<String> author(@PathVariable String slug, @PathVariable String format) throws XMLStreamException {
        Author author = authors.bySlug(slug).orElseThrow(() -> new NotFoundException("author " + slug));
        return answer(format, feed("yazar-" + author.id(), author.name(), author.name() + " imzalı son haberler",
            author.path(), articles.latestStoriesBy(author.id(), ITEMS)));
    }

    @GetMapping("/etiket/{slug:[^.]+}/" + FORMAT)
    ResponseEntity<String> tag(@PathVariable String slug, @PathVariable String format) throws XMLStreamException {
        Tag tag = articles.tagBySlug(slug).orElseThrow(() -> new NotFoundException("tag " + slug));
        return answer(format, feed("etiket-" + tag.id(), tag.name(), tag.name() + " ile ilgili son haberler",
            tag.path(), articles.latestStoriesWith(tag, ITEMS)));
    }

    /** @param listing what the feed's id names: "" for the whole site, else the kind and number of the listing */
    private Feed feed(String listing, String name, String description, String path, List<Article> stories) {
        String title = listing.isEmpty() ? name : site.siteName() + " - " + name;
        return new Feed(ids.feed(listing), title, description, path, entries.of(stories));
    }

    /**
     * The feed with its Last-Modified time; the site's ETag filter adds the ETag. Spring weighs
     * If-None-Match first, so a feed that changed while no story did (an author renamed) still
     * reaches a reader who has the old one.
     */
    private ResponseEntity<String> answer(String format, Feed feed) throws XMLStreamException {
        boolean atom = format.equals("atom");
        ResponseEntity.BodyBuilder response = ResponseEntity.ok().contentType(atom ? ATOM : RSS);
        if (feed.lastModified() != null) {
            response.lastModified(feed.lastModified());
        }
        return response.body(atom ? writer.atom(feed, clock.instant()) : writer.rss(feed));
    }
}
