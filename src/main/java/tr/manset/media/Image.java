package tr.manset.media;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored image and the widths it was saved in. The files under a storage key never change,
 * so their URLs can be cached forever.
 */
public record Image(
        long id, String storageKey, int width, int height, List<Integer> variants,
        String alt, String caption, String credit) {

    public Image {
        variants = List.copyOf(variants);
    }

    public String url(int variantWidth) {
        return "/medya/" + storageKey + "/" + variantWidth + ".jpg";
    }

    /** The variant closest to, and not smaller than, the wanted width (or the largest there is). */
    public String urlFor(int wantedWidth) {
        return url(variants.stream().filter(w -> w >= wantedWidth).findFirst().orElse(variants.getLast()));
    }

    public String srcset() {
        return variants.stream().map(w -> url(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    /** Height for a given width, keeping the aspect ratio, for width/height attributes that prevent layout shift. */
    public int heightAt(int atWidth) {
        return Math.round((float) height * atWidth / width);
    }
}
