package tr.manset.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.StructuredPage;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.article.HeroImage;
import tr.manset.category.Category;
import tr.manset.media.Crop.Aspect;

/** 16:9, 4:3 and 1:1 crops: made when an image is stored, and on first use for images stored before. */
@SiteTest
class ImageCropTest {

    private static final Color LEFT = Color.RED;
    private static final Color MIDDLE = Color.GREEN;
    private static final Color RIGHT = Color.BLUE;

    @Autowired Images images;
    @Autowired ImageStore store;
    @Autowired MediaFiles files;
    @Autowired Clock clock;
    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired Articles articles;

    @Test
    void cutsALargePhotoToEveryAspect1200PixelsWide() throws IOException {
        Image image = images.store(bands(4000, 3000, 400), "Büyük bir fotoğraf", "", "");

        List<Crop> crops = images.crops(image);

        assertThat(crops).extracting(Crop::aspect).containsExactly(Aspect.WIDE, Aspect.STANDARD, Aspect.SQUARE);
        assertThat(crops).extracting(Crop::width, Crop::height)
            .containsExactly(tuple(1200, 675), tuple(1200, 900), tuple(1200, 1200));
        for (Crop crop : crops) {
            BufferedImage stored = read(crop);
            assertThat(stored.getWidth()).isEqualTo(crop.width());
            assertThat(stored.getHeight()).isEqualTo(crop.height());
        }
    }

    @Test
    void keepsTheWholeHeightOfAWidePhoto() {
        Image image = images.store(bands(1600, 900, 200), "Geniş bir fotoğraf", "", "");

        assertThat(images.crops(image)).extracting(Crop::width, Crop::height)
            .containsExactly(tuple(1200, 675), tuple(1200, 900), tuple(900, 900));
    }

    @Test
    void cutsAroundTheCentre() throws IOException {
        // 1600 × 900 with 200 red pixels on the left and 200 blue on the right: 4:3 (1200 × 900) and
        // 1:1 (900 × 900) taken from the middle hold only green; 16:9 is the whole picture.
        Image image = images.store(bands(1600, 900, 200), "Üç renkli şerit", "", "");
        List<Crop> crops = images.crops(image);

        BufferedImage wide = read(crops.get(0));
        assertThat(colourAt(wide, 5)).isEqualTo(LEFT);
        assertThat(colourAt(wide, wide.getWidth() - 6)).isEqualTo(RIGHT);
        for (Crop crop : crops.subList(1, 3)) {
            BufferedImage middle = read(crop);
            assertThat(colourAt(middle, 3)).as("left edge of %s", crop.aspect()).isEqualTo(MIDDLE);
            assertThat(colourAt(middle, middle.getWidth() - 4)).as("right edge of %s", crop.aspect()).isEqualTo(MIDDLE);
        }
    }

    @Test
    void neverEnlargesASmallPictureAndKeepsTheRatioExact() {
        Image image = images.store(bands(300, 200, 20), "Küçük bir görsel", "", "");

        List<Crop> crops = images.crops(image);

        assertThat(crops).extracting(Crop::width, Crop::height)
            .containsExactly(tuple(288, 162), tuple(264, 198), tuple(200, 200));
        for (Crop crop : crops) {
            assertThat(crop.width() * crop.aspect().down()).isEqualTo(crop.height() * crop.aspect().across());
        }
    }

    @Test
    void servesTheCropsAsImmutableJpegs() {
        Image image = images.store(bands(1200, 800, 100), "Sunulan görsel", "", "");
        StructuredPage site = StructuredPage.of(browser, "/");

        for (Crop crop : images.crops(image)) {
            assertThat(crop.url()).isEqualTo("/medya/" + image.storageKey() + "/" + crop.aspect().fileName() + ".jpg");
            BufferedImage served = site.image(StructuredPage.SITE + crop.url(), "image/jpeg");
            assertThat(served.getWidth()).isEqualTo(crop.width());
            HttpResponse<byte[]> response = site.fetch(StructuredPage.SITE + crop.url());
            assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("immutable");
        }
    }

    @Nested
    class StoredBeforeCropsExisted {

        @Test
        void getsThemFromItsLargestWidthWhenFirstAskedFor() throws IOException {
            Image old = storedTheOldWay(1600, 900);
            assertThat(cropFiles(old)).noneMatch(Files::exists);

            List<Crop> crops = images.crops(old);

            // Only the 1200 × 675 width is left of the upload: the square is as tall as that.
            assertThat(crops).extracting(Crop::width, Crop::height)
                .containsExactly(tuple(1200, 675), tuple(900, 675), tuple(675, 675));
            assertThat(cropFiles(old)).allMatch(Files::exists);
            for (Crop crop : crops) {
                assertThat(read(crop).getHeight()).isEqualTo(crop.height());
            }
        }

        @Test
        void heroGetsItsCropsWhenTheStoryIsFirstShown() {
            Image old = storedTheOldWay(1200, 800);
            Category category = fixtures.category("Arşiv");
            Article story = articles.importPublished(Article.draft("Eski görselli arşiv haberi", "Arşivden bir haber.",
                Body.of(new Block.Paragraph("Arşiv metni.")), category.id(),
                List.of(fixtures.author("Deniz Yılmaz", "Editör").id()), List.of(), "",
                new HeroImage(old.id(), "Eski bir fotoğraf", "", "Eski fotoğrafın tarifi"), clock.instant()),
                clock.instant(), null);

            StructuredPage page = StructuredPage.of(browser, story.path(category.slug()));

            JsonNode pictures = page.thing("NewsArticle").path("image");
            assertThat(pictures.size()).isEqualTo(3);
            int[][] expected = {{1200, 675}, {1064, 798}, {800, 800}};
            for (int i = 0; i < 3; i++) {
                BufferedImage served = page.image(pictures.get(i).path("url").asString(), "image/jpeg");
                assertThat(served.getWidth()).isEqualTo(expected[i][0]).isEqualTo(pictures.get(i).path("width").asInt());
                assertThat(served.getHeight()).isEqualTo(expected[i][1]).isEqualTo(pictures.get(i).path("height").asInt());
            }
            assertThat(page.meta("og:image")).isEqualTo(pictures.get(0).path("url").asString());
        }

        @Test
        void stillShowsTheStoryWhenItsFilesAreGone() {
            Image lost = store.insert(newKey(), 1200, 675, List.of(400, 800, 1200), "Kayıp görsel", "", "", clock.instant());
            Category category = fixtures.category("Arşiv");
            Article story = articles.importPublished(Article.draft("Görseli kaybolmuş arşiv haberi", "Arşivden bir haber daha.",
                Body.of(new Block.Paragraph("Arşiv metni.")), category.id(),
                List.of(fixtures.author("Deniz Yılmaz", "Editör").id()), List.of(), "",
                new HeroImage(lost.id(), "", "", "Kayıp"), clock.instant()), clock.instant(), null);

            assertThat(images.crops(lost)).isEmpty();
            StructuredPage page = StructuredPage.of(browser, story.path(category.slug()));
            assertThat(page.thing("NewsArticle").has("image")).isFalse();
            assertThat(page.meta("og:image")).endsWith("/" + lost.storageKey() + "/1200.jpg");
        }
    }

    /** As images were stored before crops existed: the widths only. */
    private Image storedTheOldWay(int width, int height) {
        String key = newKey();
        BufferedImage source = bands(width, height, width / 8);
        List<Integer> widths = Images.widthsFor(width);
        for (int each : widths) {
            files.write(key, each, Pixels.jpeg(Pixels.resize(source, each)));
        }
        return store.insert(key, width, height, widths, "Eski bir görsel", "", "", clock.instant());
    }

    private static String newKey() {
        byte[] bytes = new byte[8];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private List<Path> cropFiles(Image image) {
        return List.of(Aspect.values()).stream().map(a -> files.file(image.storageKey(), a.fileName() + ".jpg")).toList();
    }

    private BufferedImage read(Crop crop) throws IOException {
        return ImageIO.read(files.file(crop.url().split("/")[2], crop.aspect().fileName() + ".jpg").toFile());
    }

    /** Red, green and blue bands: {@code edge} pixels of red on the left and of blue on the right. */
    private static BufferedImage bands(int width, int height, int edge) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(MIDDLE);
        g.fillRect(0, 0, width, height);
        g.setColor(LEFT);
        g.fillRect(0, 0, edge, height);
        g.setColor(RIGHT);
        g.fillRect(width - edge, 0, edge, height);
        g.dispose();
        return picture;
    }

    /** The pure colour nearest to the pixel in the middle row at x: JPEG shifts colours a little. */
    private static Color colourAt(BufferedImage image, int x) {
        Color pixel = new Color(image.getRGB(x, image.getHeight() / 2));
        return List.of(LEFT, MIDDLE, RIGHT).stream()
            .min(java.util.Comparator.comparingInt(c -> Math.abs(c.getRed() - pixel.getRed())
                + Math.abs(c.getGreen() - pixel.getGreen()) + Math.abs(c.getBlue() - pixel.getBlue())))
            .orElseThrow();
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
