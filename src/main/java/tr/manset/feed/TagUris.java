package tr.manset.feed;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;
import tr.manset.article.Article;
import tr.manset.system.SiteProperties;
import tr.manset.system.time.TurkishTime;

/**
 * Ids for feeds and their entries as tag URIs (RFC 4151): "tag:example.com,2026-01-24:haber/42".
 * They name the thing, not its address, so a feed reader keeps an entry as the same one when its
 * headline, category or address changes.
 */
@Component
class TagUris {

    /**
     * The date in a feed's id. A tag URI needs a date on which the site held its host name; feeds
     * have no birthday of their own, and a fixed date keeps their ids from ever changing.
     */
    private static final String FEED_DATE = "2026";

    private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE.withZone(TurkishTime.ISTANBUL);

    private final String host;

    TagUris(SiteProperties site) {
        this.host = URI.create(site.baseUrl()).getHost().toLowerCase(Locale.ROOT);
    }

    /** A story's id: the site, the day it was first published (Istanbul time, never changes) and its number. */
    String story(Article story) {
        return "tag:" + host + "," + DAY.format(story.firstPublishedAt()) + ":haber/" + story.id();
    }

    /** A feed's id: "akis" for the whole site, "akis/kategori-3" for a listing. */
    String feed(String listing) {
        return "tag:" + host + "," + FEED_DATE + ":akis" + (listing.isEmpty() ? "" : "/" + listing);
    }
}
