package tr.manset.system.layout;

import java.util.List;

/**
 * A feed a page offers to feed readers, linked from the page head for autodiscovery.
 *
 * @param type the feed's media type, {@code application/rss+xml} or {@code application/atom+xml}
 * @param href the feed's path on this site
 */
public record FeedLink(String title, String type, String href) {

    public static final String RSS = "application/rss+xml";
    public static final String ATOM = "application/atom+xml";

    /** "RSS" or "Atom", for a link's text. */
    public String format() {
        return ATOM.equals(type) ? "Atom" : "RSS";
    }

    /** The RSS and the Atom feed of a listing: "/dunya" → "/dunya/rss.xml" and "/dunya/atom.xml". */
    public static List<FeedLink> both(String title, String listingPath) {
        return List.of(new FeedLink(title + " (RSS)", RSS, listingPath + "/rss.xml"),
            new FeedLink(title + " (Atom)", ATOM, listingPath + "/atom.xml"));
    }
}
