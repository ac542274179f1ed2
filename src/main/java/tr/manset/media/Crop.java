package tr.manset.media;

/**
 * A stored image cut to a fixed aspect ratio around its centre, for search engines and link
 * previews that ask for 16:9, 4:3 and 1:1 pictures.
 *
 * @param url the site-relative address, such as "/medya/3f…/16x9.jpg"
 */
public record Crop(Aspect aspect, String url, int width, int height) {

    /** The shapes made for every image, widest first. */
    public enum Aspect {
        WIDE(16, 9), STANDARD(4, 3), SQUARE(1, 1);

        private final int across;
        private final int down;

        Aspect(int across, int down) {
            this.across = across;
            this.down = down;
        }

        /** "16x9": the crop's file name without ".jpg". */
        public String fileName() {
            return across + "x" + down;
        }

        /** "16:9". */
        public String ratio() {
            return across + ":" + down;
        }

        public int across() {
            return across;
        }

        public int down() {
            return down;
        }
    }
}
