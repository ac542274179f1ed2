package tr.manset.sitemap;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.article.Articles;
import tr.manset.article.PublishedStory;
import tr.manset.article.StoryMonth;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.pages.Imprint;
import tr.manset.pages.SitePages;
import tr.manset.pages.TextPage;
import tr.manset.system.SiteProperties;
import tr.manset.system.time.TurkishTime;
import tr.manset.system.web.NotFoundException;

/**
 * Sitemaps (sitemaps.org 0.9) and the Google News sitemap, built on each request; like reader
 * pages they are cached for a minute by {@code CachingConfiguration}.
 */
@RestController
class SitemapController {

    /** The most URLs the protocol allows in one sitemap file. */
    static final int URLS_PER_FILE = 50_000;
    /** The most stories Google News reads from one news sitemap. */
    static final int NEWS_STORIES = 1_000;
    /** Google News wants only stories first published in the last two days. */
    static final Duration NEWS_WINDOW = Duration.ofDays(2);

    private static final String SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private static final String NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9";
    private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");
    private static final MediaType TEXT = MediaType.parseMediaType("text/plain;charset=UTF-8");

    private final Articles articles;
    private final Categories categories;
    private final Authors authors;
    private final SitePages sitePages;
    private final SiteProperties site;
    private final Clock clock;

    SitemapController(Articles articles, Categories categories, Authors authors, SitePages sitePages,
                      SiteProperties site, Clock clock) {
        this.articles = articles;
        this.categories = categories;
        this.authors = authors;
        this.sitePages = sitePages;
        this.site = site;
        this.clock = clock;
    }

    @GetMapping("/robots.txt")
    ResponseEntity<String> robots() {
        String body = """
                User-agent: *
                Allow: /
                Disallow: /yonetim
                Disallow: /api/

                Sitemap: %s
                Sitemap: %s
                """.formatted(site.absolute("/sitemap.xml"), site.absolute("/sitemap-news.xml"));
        return ResponseEntity.ok().contentType(TEXT).body(body);
    }

    @GetMapping("/sitemap.xml")
    ResponseEntity<String> index() throws XMLStreamException {
        List<Entry> sitemaps = new ArrayList<>();
        for (StoryMonth month : articles.publishedMonths()) {
            sitemaps.add(new Entry("/sitemap-haberler-" + month.month() + ".xml", month.lastModified()));
        }
        for (String name : List.of("kategoriler", "yazarlar", "etiketler", "sayfalar", "news")) {
            sitemaps.add(new Entry("/sitemap-" + name + ".xml", null));
        }
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = start(out, "sitemapindex", false);
        for (Entry sitemap : sitemaps) {
            xml.writeStartElement("sitemap");
            element(xml, "loc", site.absolute(sitemap.path()));
            if (sitemap.lastModified() != null) {
                element(xml, "lastmod", TurkishTime.iso(sitemap.lastModified()));
            }
            xml.writeEndElement();
        }
        return xml(out, xml);
    }

    @GetMapping("/sitemap-haberler-{month:\\d{4}-\\d{2}}.xml")
    ResponseEntity<String> stories(@PathVariable String month) throws XMLStreamException {
        YearMonth yearMonth;
        try {
            yearMonth = YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new NotFoundException("sitemap month " + month);
        }
        List<PublishedStory> stories = articles.publishedIn(yearMonth, URLS_PER_FILE);
        if (stories.isEmpty()) {
            throw new NotFoundException("sitemap month " + month);
        }
        return urlset(stories.stream().map(s -> new Entry(s.path(), s.lastModified())).toList());
    }

    @GetMapping("/sitemap-kategoriler.xml")
    ResponseEntity<String> categories() throws XMLStreamException {
        return urlset(categories.all().stream().limit(URLS_PER_FILE).map(c -> new Entry(c.path(), null)).toList());
    }

    @GetMapping("/sitemap-yazarlar.xml")
    ResponseEntity<String> authors() throws XMLStreamException {
        return urlset(authors.all().stream().limit(URLS_PER_FILE).map(a -> new Entry(a.path(), null)).toList());
    }

    @GetMapping("/sitemap-etiketler.xml")
    ResponseEntity<String> tags() throws XMLStreamException {
        return urlset(articles.publishedTags(URLS_PER_FILE).stream().map(t -> new Entry(t.path(), null)).toList());
    }

    /** The imprint, contact, policy and comment-rules pages: readers and Google's transparency checks look for them. */
    @GetMapping("/sitemap-sayfalar.xml")
    ResponseEntity<String> sitePages() throws XMLStreamException {
        List<Entry> pages = new ArrayList<>();
        Imprint imprint = sitePages.imprint();
        pages.add(new Entry("/kunye", imprint.updatedAt()));
        pages.add(new Entry("/iletisim", imprint.updatedAt()));
        for (TextPage page : TextPage.values()) {
            pages.add(new Entry(page.path(), sitePages.text(page).updatedAt()));
        }
        pages.add(new Entry("/yorum-kurallari", null));
        return urlset(pages);
    }

    @GetMapping("/sitemap-news.xml")
    ResponseEntity<String> news() throws XMLStreamException {
        Instant since = clock.instant().minus(NEWS_WINDOW);
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = start(out, "urlset", true);
        for (PublishedStory story : articles.publishedSince(since, NEWS_STORIES)) {
            xml.writeStartElement("url");
            element(xml, "loc", site.absolute(story.path()));
            xml.writeStartElement(NEWS_NS, "news");
            xml.writeStartElement(NEWS_NS, "publication");
            xml.writeStartElement(NEWS_NS, "name");
            xml.writeCharacters(site.siteName());
            xml.writeEndElement();
            xml.writeStartElement(NEWS_NS, "language");
            xml.writeCharacters("tr");
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeStartElement(NEWS_NS, "publication_date");
            xml.writeCharacters(TurkishTime.iso(story.firstPublishedAt()));
            xml.writeEndElement();
            xml.writeStartElement(NEWS_NS, "title");
            xml.writeCharacters(story.headline());
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        return xml(out, xml);
    }

    private ResponseEntity<String> urlset(List<Entry> urls) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = start(out, "urlset", false);
        for (Entry url : urls) {
            xml.writeStartElement("url");
            element(xml, "loc", site.absolute(url.path()));
            if (url.lastModified() != null) {
                element(xml, "lastmod", TurkishTime.iso(url.lastModified()));
            }
            xml.writeEndElement();
        }
        return xml(out, xml);
    }

    /** Opens the document with the root element in the sitemap namespace as the default one. */
    private static XMLStreamWriter start(StringWriter out, String root, boolean news) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.setDefaultNamespace(SITEMAP_NS);
        xml.writeStartElement(SITEMAP_NS, root);
        xml.writeDefaultNamespace(SITEMAP_NS);
        if (news) {
            xml.setPrefix("news", NEWS_NS);
            xml.writeNamespace("news", NEWS_NS);
        }
        return xml;
    }

    private static ResponseEntity<String> xml(StringWriter out, XMLStreamWriter xml) throws XMLStreamException {
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok().contentType(XML).body(out.toString());
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(SITEMAP_NS, name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private record Entry(String path, Instant lastModified) {}
}
