package tr.manset.feed;

import java.time.Instant;
import java.util.List;

/**
 * One feed, whatever its format: a listing of the site and its newest stories.
 *
 * @param id a tag URI that never changes, also when the listing is renamed
 * @param path the listing's page, "" for the whole site; the feeds live at {path}/rss.xml and {path}/atom.xml
 */
record Feed(String id, String title, String description, String path, List<FeedEntry> entries) {

    /**
     * The newest substantive change among the entries (first publication or GÜNCELLEME), or null
     * when there are none: Atom's feed {@code updated} and RSS's {@code lastBuildDate}.
     */
    Instant updated() {
        return entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(null);
    }

    /**
     * The newest change of any kind among the entries, or null when there are none: the
     * Last-Modified header, so that a conditional GET sees a corrected headline as well.
     */
    Instant lastModified() {
        return entries.stream().map(FeedEntry::modified).max(Instant::compareTo).orElse(null);
    }
}
