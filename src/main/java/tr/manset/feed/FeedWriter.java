package tr.manset.feed;

import java.io.StringWriter;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;
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

    private static final Pattern NOT_XML = Pattern.compile("[^\\t\\n\\r\\x{20}-\\x{D7FF}\\x{E000}-\\x{FFFD}\\x{10000}-\\x{10FFFF}]");

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
        attribute(xml, "version", "2.0");
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
        attribute(xml, "href", site.absolute(feed.path() + "/rss.xml"));
        attribute(xml, "rel", "self");
        attribute(xml, "type", "application/rss+xml");
        for (FeedEntry entry : feed.entries()) {
            xml.writeStartElement("item");
            element(xml, "title", entry.title());
            element(xml, "link", entry.link());
            xml.writeStartElement("guid");
            attribute(xml, "isPermaLink", "false");
            characters(xml, entry.id());
            xml.writeEndElement();
            // RSS readers show the description as HTML: the plain-text spot is escaped once more.
            element(xml, "description", HtmlUtils.htmlEscape(entry.summary(), "UTF-8"));
            if (entry.contentHtml() != null) {
                xml.writeStartElement("content", "encoded", CONTENT_NS);
                characters(xml, entry.contentHtml());
                xml.writeEndElement();
            }
            for (FeedEntry.Person author : entry.authors()) {
                xml.writeStartElement("dc", "creator", DC_NS);
                characters(xml, author.name());
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
                attribute(xml, "term", category);
            }
            element(xml, "summary", entry.summary());
            if (entry.contentHtml() != null) {
                xml.writeStartElement("content");
                attribute(xml, "type", "html");
                characters(xml, entry.contentHtml());
                xml.writeEndElement();
            }
            if (entry.image() != null) {
                link(xml, "enclosure", entry.image().type(), entry.image().url());
                attribute(xml, "length", Long.toString(entry.image().length()));
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
        attribute(xml, "url", image.url());
        attribute(xml, "length", Long.toString(image.length()));
        attribute(xml, "type", image.type());
        xml.writeStartElement("media", "content", MEDIA_NS);
        attribute(xml, "url", image.url());
        attribute(xml, "type", image.type());
        attribute(xml, "medium", "image");
        attribute(xml, "fileSize", Long.toString(image.length()));
        attribute(xml, "width", Integer.toString(image.width()));
        attribute(xml, "height", Integer.toString(image.height()));
        if (!image.description().isEmpty()) {
            xml.writeStartElement("media", "description", MEDIA_NS);
            attribute(xml, "type", "plain");
            characters(xml, image.description());
            xml.writeEndElement();
        }
        if (!image.credit().isEmpty()) {
            xml.writeStartElement("media", "credit", MEDIA_NS);
            characters(xml, image.credit());
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
        attribute(xml, "rel", rel);
        attribute(xml, "type", type);
        attribute(xml, "href", href);
    }

    /** "2026-01-24T16:07:00+03:00": whole seconds, Istanbul's offset. */
    private static String rfc3339(Instant instant) {
        return TurkishTime.iso(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        characters(xml, text == null ? "" : text);
        xml.writeEndElement();
    }

    private static void characters(XMLStreamWriter xml, String text) throws XMLStreamException {
        xml.writeCharacters(xmlText(text));
    }

    private static void attribute(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeAttribute(name, xmlText(value));
    }

    /**
     * The text without the characters XML 1.0 cannot hold (most control characters, lone surrogates):
     * one stray character pasted into a headline must not make the whole feed unreadable.
     */
    private static String xmlText(String text) {
        return NOT_XML.matcher(text).replaceAll("");
    }

    private static String finish(XMLStreamWriter xml, StringWriter out) throws XMLStreamException {
        xml.writeEndDocument();
        xml.close();
        return out.toString();
    }
}
