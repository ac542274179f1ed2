package tr.manset.feed;

import java.time.Instant;
import java.util.List;

/**
 * A story as both feed formats show it.
 *
 * @param id a tag URI that never changes, also when the headline, category or address of the story changes
 * @param link the story's absolute canonical address
 * @param summary the spot, plain text
 * @param contentHtml the whole body as HTML with absolute addresses, or null when feeds carry spots only
 * @param published the first publication (GİRİŞ)
 * @param updated the last substantive update (GÜNCELLEME), else the first publication
 * @param modified the last change of any kind, for HTTP caching
 * @param categories the story's category, then its tags
 * @param image the hero image, or null
 */
record FeedEntry(String id, String title, String link, String summary, String contentHtml, Instant published,
                 Instant updated, Instant modified, List<Person> authors, List<String> categories, Picture image) {

    /** @param uri the author's page on the site */
    record Person(String name, String uri) {}

    /**
     * An image file as served.
     *
     * @param length the file's size in bytes
     * @param description the caption written for this story, else its alt text
     */
    record Picture(String url, String type, long length, int width, int height, String description, String credit) {}
}
