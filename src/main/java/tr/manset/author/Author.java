package tr.manset.author;

import tr.manset.media.Image;

/**
 * A journalist as readers see them in bylines and author boxes.
 *
 * @param title the role shown after the name, such as "Editör" or "Muhabir"
 * @param photo may be null
 */
public record Author(long id, String slug, String name, String title, String bio, Image photo) {

    public String path() {
        return "/yazar/" + slug;
    }

    public boolean hasPhoto() {
        return photo != null;
    }
}
