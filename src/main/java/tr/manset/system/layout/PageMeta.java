package tr.manset.system.layout;

import java.util.List;

/**
 * The head of a page: its title, description and canonical address, and what link previews show.
 *
 * @param canonical absolute URL
 * @param image absolute URL of the preview image, or ""
 * @param type "website" or "article"
 * @param imageDetails the preview image's size and alt text, or null when unknown
 * @param story the article:* facts of a story page, or null on other pages
 */
public record PageMeta(String title, String description, String canonical, String image, String type, boolean indexable,
                       ImageDetails imageDetails, Story story) {

    public PageMeta(String title, String description, String canonical, String image, String type, boolean indexable) {
        this(title, description, canonical, image, type, indexable, null, null);
    }

    /** og:image:width, og:image:height and og:image:alt. */
    public record ImageDetails(int width, int height, String alt) {}

    /**
     * What Open Graph says about a story: times as ISO 8601 with +03:00, its section, tag names and
     * the absolute addresses of its authors' pages.
     */
    public record Story(String publishedTime, String modifiedTime, String section, List<String> tags, List<String> authors) {

        public Story {
            tags = List.copyOf(tags);
            authors = List.copyOf(authors);
        }
    }

    public static PageMeta website(String title, String description, String canonical) {
        return new PageMeta(title, description, canonical, "", "website", true);
    }

    public static PageMeta error(String title) {
        return new PageMeta(title, "", "", "", "website", false);
    }

    public PageMeta withImage(String imageUrl) {
        return new PageMeta(title, description, canonical, imageUrl, type, indexable, null, story);
    }

    public PageMeta withImage(String imageUrl, int width, int height, String alt) {
        return new PageMeta(title, description, canonical, imageUrl, type, indexable, new ImageDetails(width, height, alt), story);
    }

    public PageMeta withStory(Story facts) {
        return new PageMeta(title, description, canonical, image, type, indexable, imageDetails, facts);
    }

    /** A large picture card when there is a picture to show, else the small one. */
    public String twitterCard() {
        return image.isEmpty() ? "summary" : "summary_large_image";
    }
}
