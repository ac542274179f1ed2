package tr.manset.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DemoPainterTest {

    static List<String> motifs() {
        return DemoPainter.MOTIFS;
    }

    @Test
    void offersTheEighteenMotifsInTheirFixedOrder() {
        assertThat(DemoPainter.MOTIFS).containsExactly("city", "parliament", "globe", "chart", "stadium", "court",
            "circuit", "phone", "stage", "gallery", "hospital", "sea", "mountain", "rain", "factory", "crowd", "field",
            "train");
    }

    @ParameterizedTest
    @MethodSource("motifs")
    void paintsAnIllustrationOfTheRequestedSize(String motif) {
        for (int[] size : new int[][] {{320, 180}, {800, 450}, {600, 600}}) {
            BufferedImage image = DemoPainter.paint(motif, 2024, size[0], size[1]);

            assertThat(image.getWidth()).isEqualTo(size[0]);
            assertThat(image.getHeight()).isEqualTo(size[1]);
            assertThat(image.getType()).isEqualTo(BufferedImage.TYPE_INT_RGB);
            assertIllustrated(image, motif + " at " + size[0] + "x" + size[1]);
        }
    }

    @ParameterizedTest
    @MethodSource("motifs")
    void theSeedAloneDecidesThePixels(String motif) {
        int[] first = pixels(DemoPainter.paint(motif, 42, 400, 225));
        int[] again = pixels(DemoPainter.paint(motif, 42, 400, 225));
        int[] other = pixels(DemoPainter.paint(motif, 43, 400, 225));

        assertThat(differingPixels(first, again)).as("pixels that differ for the same seed").isZero();
        assertThat(differingPixels(first, other)).as("pixels that differ for another seed").isPositive();
    }

    @Test
    void refusesAnUnknownMotif() {
        assertThatThrownBy(() -> DemoPainter.paint("volcano", 1, 320, 180))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("volcano");
    }

    @Test
    void paintsSquarePortraitsThatVaryWithTheSeed() {
        for (int size : new int[] {96, 400}) {
            BufferedImage portrait = DemoPainter.portrait(7, size);

            assertThat(portrait.getWidth()).isEqualTo(size);
            assertThat(portrait.getHeight()).isEqualTo(size);
            assertIllustrated(portrait, "portrait at " + size);
        }
        int[] first = pixels(DemoPainter.portrait(7, 200));
        assertThat(differingPixels(first, pixels(DemoPainter.portrait(7, 200)))).isZero();
        assertThat(differingPixels(first, pixels(DemoPainter.portrait(8, 200)))).isPositive();
    }

    /**
     * An illustration has many colours, and is not flat: either its top and bottom halves differ clearly in
     * brightness, or a fair share of its 8x8 tiles hold a strong edge (a luminance range of 48 or more).
     */
    private static void assertIllustrated(BufferedImage image, String what) {
        int width = image.getWidth();
        int height = image.getHeight();
        int[] px = pixels(image);
        Set<Integer> colours = new HashSet<>();
        double top = 0;
        double bottom = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = px[y * width + x] & 0xFFFFFF;
                colours.add(rgb);
                if (y < height / 2) {
                    top += luminance(rgb);
                } else {
                    bottom += luminance(rgb);
                }
            }
        }
        top /= (double) width * (height / 2);
        bottom /= (double) width * (height - height / 2);
        int tiles = 0;
        int busy = 0;
        for (int ty = 0; ty + 8 <= height; ty += 8) {
            for (int tx = 0; tx + 8 <= width; tx += 8) {
                double lo = Double.MAX_VALUE;
                double hi = -Double.MAX_VALUE;
                for (int y = ty; y < ty + 8; y++) {
                    for (int x = tx; x < tx + 8; x++) {
                        double l = luminance(px[y * width + x]);
                        lo = Math.min(lo, l);
                        hi = Math.max(hi, l);
                    }
                }
                tiles++;
                if (hi - lo >= 48) {
                    busy++;
                }
            }
        }
        double busyShare = (double) busy / tiles;

        assertThat(colours.size()).as("distinct colours in %s", what).isGreaterThanOrEqualTo(50);
        assertThat(Math.abs(top - bottom) >= 12 || busyShare >= 0.02)
            .as("%s is not flat (top/bottom brightness %.1f vs %.1f, share of tiles with strong edges %.3f)", what,
                top, bottom, busyShare)
            .isTrue();
    }

    private static double luminance(int rgb) {
        return 0.299 * ((rgb >> 16) & 0xFF) + 0.587 * ((rgb >> 8) & 0xFF) + 0.114 * (rgb & 0xFF);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    private static int differingPixels(int[] a, int[] b) {
        assertThat(b.length).isEqualTo(a.length);
        int count = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                count++;
            }
        }
        return count;
    }
}
