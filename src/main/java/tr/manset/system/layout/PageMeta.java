package tr.manset.system.layout;

/**
 * The head of a page: its title, description and canonical address, and what link previews show.
 *
 * @param canonical absolute URL
 * @param image absolute URL of the preview image, or ""
 * @param type "website" or "article"
 */
public record PageMeta(String title, String description, String canonical, String image, String type, boolean indexable) {

    public static PageMeta website(String title, String description, String canonical) {
        return new PageMeta(title, description, canonical, "", "website", true);
    }

    public static PageMeta error(String title) {
        return new PageMeta(title, "", "", "", "website", false);
    }

    public PageMeta withImage(String imageUrl) {
        return new PageMeta(title, description, canonical, imageUrl, type, indexable);
    }
}
