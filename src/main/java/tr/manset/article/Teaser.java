package tr.manset.article;

import java.time.Instant;
import tr.manset.category.Category;
import tr.manset.media.Image;

/**
 * A story as a card in a list: headline, spot, category label, image and time.
 *
 * @param image may be null
 * @param ago the relative time, such as "3 saat önce", as of when the list was made
 */
public record Teaser(long id, String headline, String spot, String path, Category category, Image image,
                     String imageAlt, Instant publishedAt, String ago) {

    public boolean hasImage() {
        return image != null;
    }
}
