package tr.manset.feed;

import java.io.StringWriter;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import tr.manset.article.Articles;
import tr.manset.article.Teaser;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.system.SiteProperties;
import tr.manset.system.web.NotFoundException;

/** RSS 2.0 feeds: /rss.xml for the whole site and /{category}/rss.xml for one category. */
@RestController
class FeedController {

    private static final int ITEMS = 30;
    private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

    private final Articles articles;
    private final Categories categories;
    private final SiteProperties site;

    FeedController(Articles articles, Categories categories, SiteProperties site) {
        this.articles = articles;
        this.categories = categories;
        this.site = site;
    }

    @GetMapping("/rss.xml")
    ResponseEntity<String> site() throws XMLStreamException {
        return rss(site.siteName(), "/", site.siteName() + " son haberler", articles.latest(ITEMS));
    }

    @GetMapping("/{slug:[^.]+}/rss.xml")
    ResponseEntity<String> category(@PathVariable String slug) throws XMLStreamException {
        Category category = categories.bySlug(slug).orElseThrow(() -> new NotFoundException("category " + slug));
        return rss(site.siteName() + " - " + category.name(), category.path(), category.description(),
            articles.latestIn(category, ITEMS));
    }

    private ResponseEntity<String> rss(String title, String path, String description, List<Teaser> teasers)
            throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeStartElement("channel");
        element(xml, "title", title);
        element(xml, "link", site.absolute(path));
        element(xml, "description", description);
        element(xml, "language", "tr");
        if (!teasers.isEmpty()) {
            element(xml, "lastBuildDate", rfc1123(teasers.getFirst()));
        }
        for (Teaser teaser : teasers) {
            xml.writeStartElement("item");
            element(xml, "title", teaser.headline());
            element(xml, "link", site.absolute(teaser.path()));
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "true");
            xml.writeCharacters(site.absolute(teaser.path()));
            xml.writeEndElement();
            element(xml, "description", teaser.spot());
            element(xml, "category", teaser.category().name());
            element(xml, "pubDate", rfc1123(teaser));
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeEndDocument();
        xml.close();
        return ResponseEntity.ok()
            .contentType(RSS)
            .cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePublic())
            .body(out.toString());
    }

    private static String rfc1123(Teaser teaser) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(teaser.publishedAt().atOffset(ZoneOffset.UTC));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }
}
