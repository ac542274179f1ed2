package tr.manset.article;

import java.time.Instant;

/**
 * What a sitemap needs of a published story: its address, headline and times.
 *
 * @param updatedAt the last substantive update (GÜNCELLEME), null when there was none
 */
public record PublishedStory(String path, String headline, Instant firstPublishedAt, Instant updatedAt) {

    /** The last update, or the first publication when the story was never updated. */
    public Instant lastModified() {
        return updatedAt != null ? updatedAt : firstPublishedAt;
    }
}
