package tr.manset.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tr.manset.system.SiteProperties;
import tr.manset.system.time.TurkishTime;

/**
 * Writes a feed as RSS 2.0 (with the content, Dublin Core and Media RSS extensions) or as Atom
 * (RFC 4287). Times are Istanbul time with its offset, as readers of the site see them.
 */
@Component
class FeedWriter {

    private static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC_NS = "http://purl.org/dc/elements/1.1/";
    private static final String MEDIA_NS = "http://search.yahoo.com/mrss/";
    /** RFC 822 as RSS 2.0 asks: "Sat, 24 Jan 2026 16:07:00 +0300". */
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(TurkishTime.ISTANBUL);

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();
    private final SiteProperties site;

    FeedWriter(SiteProperties site) {
        this.site = site;
    }

    String rss(Feed feed) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = factory.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("atom", ATOM_NS);
        xml.writeNamespace("content", CONTENT_NS);
        xml.writeNamespace("dc", DC_NS);
        xml.writeNamespace("media", MEDIA_NS);
        xml.writeStartElement("channel");
        element(xml, "title", feed.title());
        element(xml, "link", page(feed));
        element(xml, "description", feed.description());
        element(xml, "language", "tr");
        if (feed.updated() != null) {
            element(xml, "lastBuildDate", RFC_822.format(feed.updated()));
        }
        xml.writeEmptyElement("atom", "link", ATOM_NS);
        xml.writeAttribute("href", site.absolute(feed.path() + "/rss.xml"));
        xml.writeAttribute("rel", "self");
        xml.writeAttribute("type", "application/rss+xml");
        for (FeedEntry entry : feed.entries()) {
            xml.writeStartElement("item");
            element(xml, "title", entry.title());
            element(xml, "link", entry.link());
            xml.writeStartElement("guid");
            xml.writeAttribute("isPermaLink", "false");
            xml.writeCharacters(entry.id());
            xml.writeEndElement();
            // RSS readers show the description as HTML: the plain-text spot is escaped once more.
            element(xml, "description", HtmlUtils.htmlEscape(entry.summary(), "UTF-8"));
            if (entry.contentHtml() != null) {
                xml.writeStartElement("content", "encoded", CONTENT_NS);
                xml.writeCharacters(entry.contentHtml());
                xml.writeEndElement();
            }
            for (FeedEntry.Person author : entry.authors()) {
                xml.writeStartElement("dc", "creator", DC_NS);
                xml.writeCharacters(author.name());
                xml.writeEndElement();
            }
            for (String category : entry.categories()) {
                element(xml, "category", category);
            }
            element(xml, "pubDate", RFC_822.format(entry.published()));
            if (entry.image() != null) {
                enclosure(xml, entry.image());
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        xml.writeEndElement();
        return finish(xml, out);
    }

    String atom(Feed feed, Instant now) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter xml = factory.createXMLStreamWriter(out);
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeStartElement("feed");
        xml.writeDefaultNamespace(ATOM_NS);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "tr");
        element(xml, "id", feed.id());
        element(xml, "title", feed.title());
        element(xml, "subtitle", feed.description());
        // An empty feed has nothing to date it by, but Atom wants an updated time all the same.
        element(xml, "updated", rfc3339(feed.updated() != null ? feed.updated() : now));
        link(xml, "alternate", "text/html", page(feed));
        link(xml, "self", "application/atom+xml", site.absolute(feed.path() + "/atom.xml"));
        person(xml, new FeedEntry.Person(site.siteName(), site.absolute("/")));
        for (FeedEntry entry : feed.entries()) {
            xml.writeStartElement("entry");
            element(xml, "id", entry.id());
            element(xml, "title", entry.title());
            link(xml, "alternate", "text/html", entry.link());
            element(xml, "published", rfc3339(entry.published()));
            element(xml, "updated", rfc3339(entry.updated()));
            for (FeedEntry.Person author : entry.authors()) {
                person(xml, author);
            }
            for (String category : entry.categories()) {
                xml.writeEmptyElement("category");
                xml.writeAttribute("term", category);
            }
            element(xml, "summary", entry.summary());
            if (entry.contentHtml() != null) {
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(entry.contentHtml());
                xml.writeEndElement();
            }
            if (entry.image() != null) {
                link(xml, "enclosure", entry.image().type(), entry.image().url());
                xml.writeAttribute("length", Long.toString(entry.image().length()));
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return finish(xml, out);
    }

    private String page(Feed feed) {
        return site.absolute(feed.path().isEmpty() ? "/" : feed.path());
    }

    /** The hero as an RSS enclosure, and again as Media RSS with its size, caption and credit. */
    private static void enclosure(XMLStreamWriter xml, FeedEntry.Picture image) throws XMLStreamException {
        xml.writeEmptyElement("enclosure");
        xml.writeAttribute("url", image.url());
        xml.writeAttribute("length", Long.toString(image.length()));
        xml.writeAttribute("type", image.type());
        xml.writeStartElement("media", "content", MEDIA_NS);
        xml.writeAttribute("url", image.url());
        xml.writeAttribute("type", image.type());
        xml.writeAttribute("medium", "image");
        xml.writeAttribute("fileSize", Long.toString(image.length()));
        xml.writeAttribute("width", Integer.toString(image.width()));
        xml.writeAttribute("height", Integer.toString(image.height()));
        if (!image.description().isEmpty()) {
            xml.writeStartElement("media", "description", MEDIA_NS);
            xml.writeAttribute("type", "plain");
            xml.writeCharacters(image.description());
            xml.writeEndElement();
        }
        if (!image.credit().isEmpty()) {
            xml.writeStartElement("media", "credit", MEDIA_NS);
            xml.writeCharacters(image.credit());
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void person(XMLStreamWriter xml, FeedEntry.Person person) throws XMLStreamException {
        xml.writeStartElement("author");
        element(xml, "name", person.name());
        element(xml, "uri", person.uri());
        xml.writeEndElement();
    }

    /** A link element, left open for more attributes. */
    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    /** "2026-01-24T16:07:00+03:00": whole seconds, Istanbul's offset. */
    private static String rfc3339(Instant instant) {
        return TurkishTime.iso(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text == null ? "" : text);
        xml.writeEndElement();
    }

    private static String finish(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }
}
