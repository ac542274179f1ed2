package tr.manset.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

import com.drew.imaging.ImageMetadataReader;
import com.drew.lang.GeoLocation;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.GpsDirectory;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.DeflaterOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import tr.manset.SiteTest;

@SiteTest
class ImageUploadTest {

    /** A 4 × 2 lossless WebP made with `cwebp -lossless`: the left two columns red, the right two blue. */
    private static final byte[] WEBP = bytes(
        0x52, 0x49, 0x46, 0x46, 0x1a, 0x00, 0x00, 0x00, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x4c,
        0x0d, 0x00, 0x00, 0x00, 0x2f, 0x03, 0x40, 0x00, 0x00, 0x88, 0xf9, 0x9f, 0xff, 0xfe, 0x47, 0x69,
        0x29, 0x00);

    /** Istanbul, 41°0'29.52"N 28°58'42.24"E, as the EXIF rationals a phone would write. */
    private static final long[] LATITUDE = {41, 1, 0, 1, 2952, 100};
    private static final long[] LONGITUDE = {28, 1, 58, 1, 4224, 100};

    @Autowired
    Images images;

    @Autowired
    MediaFiles files;

    @Autowired
    ImageStore store;

    @Autowired
    Clock clock;

    @Test
    void storesJpegInEveryWidthUpTo1200() throws IOException {
        Image image = images.upload(in(jpeg(halves(1600, 900, Color.RED, Color.BLUE))), "Kırmızı ve mavi", "Alt yazı", "AA");

        assertThat(image.width()).isEqualTo(1600);
        assertThat(image.height()).isEqualTo(900);
        assertThat(image.variants()).containsExactly(400, 800, 1200);
        assertThat(image.alt()).isEqualTo("Kırmızı ve mavi");
        assertThat(image.caption()).isEqualTo("Alt yazı");
        assertThat(image.credit()).isEqualTo("AA");
        assertThat(images.byId(image.id())).contains(image);
        BufferedImage small = variant(image, 400);
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(225);
        assertThat(new Color(small.getRGB(10, 100))).satisfies(c -> assertThat(c.getRed()).isGreaterThan(200));
        assertThat(new Color(small.getRGB(390, 100))).satisfies(c -> assertThat(c.getBlue()).isGreaterThan(200));
    }

    @Test
    void stripsAltTextAndTakesMissingCaptionAndCreditAsEmpty() throws IOException {
        Image image = images.upload(in(png(halves(300, 200, Color.RED, Color.BLUE))), "  Meydan  ", null, " AA ");

        assertThat(image.alt()).isEqualTo("Meydan");
        assertThat(image.caption()).isEmpty();
        assertThat(image.credit()).isEqualTo("AA");
    }

    @Test
    void flattensTransparentPngOntoWhite() throws IOException {
        BufferedImage picture = new BufferedImage(300, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.BLUE);
        g.fillRect(150, 0, 150, 200);
        g.dispose();

        Image image = images.upload(in(png(picture)), "Yarısı saydam bir görsel", "", "");

        assertThat(image.variants()).containsExactly(300);
        BufferedImage stored = variant(image, 300);
        assertThat(rgb(stored, 20, 100)).containsExactly(255, 255, 255);
        assertThat(new Color(stored.getRGB(280, 100))).satisfies(c -> {
            assertThat(c.getBlue()).isGreaterThan(240);
            assertThat(c.getRed()).isLessThan(15);
        });
    }

    @Test
    void keepsTheFirstFrameOfAnAnimatedGif() throws IOException {
        BufferedImage red = halves(120, 80, Color.RED, Color.RED);
        BufferedImage green = halves(120, 80, Color.GREEN, Color.GREEN);

        Image image = images.upload(in(gif(red, green)), "Yanıp sönen bir işaret", "", "");

        assertThat(image.width()).isEqualTo(120);
        assertThat(image.height()).isEqualTo(80);
        assertThat(new Color(variant(image, 120).getRGB(60, 40))).satisfies(c -> {
            assertThat(c.getRed()).isGreaterThan(240);
            assertThat(c.getGreen()).isLessThan(15);
        });
    }

    @Test
    void readsWebp() throws IOException {
        Image image = images.upload(in(WEBP), "Kırmızı ve mavi", "", "");

        assertThat(image.width()).isEqualTo(4);
        assertThat(image.height()).isEqualTo(2);
        assertThat(image.variants()).containsExactly(4);
        BufferedImage stored = variant(image, 4);
        assertThat(new Color(stored.getRGB(0, 0))).satisfies(c -> assertThat(c.getRed()).isGreaterThan(c.getBlue()));
        assertThat(new Color(stored.getRGB(3, 1))).satisfies(c -> assertThat(c.getBlue()).isGreaterThan(c.getRed()));
    }

    @Test
    void turnsAPhotoUprightAsItsExifOrientationSays() throws IOException {
        // Stored lying down, red on the left; orientation 6 means a quarter turn clockwise puts red on top.
        byte[] upload = withExif(jpeg(halves(1600, 1200, Color.RED, Color.BLUE)));

        Image image = images.upload(in(upload), "Dik çekilmiş bir fotoğraf", "", "");

        assertThat(image.width()).isEqualTo(1200);
        assertThat(image.height()).isEqualTo(1600);
        assertThat(image.variants()).containsExactly(400, 800, 1200);
        BufferedImage small = variant(image, 400);
        assertThat(small.getWidth()).isEqualTo(400);
        assertThat(small.getHeight()).isEqualTo(533);
        assertThat(new Color(small.getRGB(200, 20))).satisfies(c -> assertThat(c.getRed()).isGreaterThan(200));
        assertThat(new Color(small.getRGB(200, 510))).satisfies(c -> assertThat(c.getBlue()).isGreaterThan(200));
    }

    @Test
    void keepsNoExifAndNoGpsPositionInStoredFiles() throws Exception {
        byte[] upload = withExif(jpeg(halves(1600, 1200, Color.RED, Color.BLUE)));
        // The upload does carry them, read back by the same library a curious reader could use.
        Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(upload));
        GeoLocation where = metadata.getFirstDirectoryOfType(GpsDirectory.class).getGeoLocation();
        assertThat(where.getLatitude()).isCloseTo(41.0082, within(0.0001));
        assertThat(where.getLongitude()).isCloseTo(28.9784, within(0.0001));
        assertThat(metadata.getFirstDirectoryOfType(ExifIFD0Directory.class).getInt(ExifIFD0Directory.TAG_ORIENTATION))
            .isEqualTo(6);

        Image image = images.upload(in(upload), "Dik çekilmiş bir fotoğraf", "", "");

        for (int width : image.variants()) {
            byte[] stored = Files.readAllBytes(file(image, width));
            assertThat(indexOf(stored, "Exif".getBytes(StandardCharsets.US_ASCII))).as("Exif in %d.jpg", width).isEqualTo(-1);
            assertThat(indexOf(stored, bytes(0xFF, 0xE1))).as("APP1 segment in %d.jpg", width).isEqualTo(-1);
            assertThat(indexOf(stored, rationals(LATITUDE))).as("latitude in %d.jpg", width).isEqualTo(-1);
            assertThat(indexOf(stored, rationals(LONGITUDE))).as("longitude in %d.jpg", width).isEqualTo(-1);
            Metadata kept = ImageMetadataReader.readMetadata(new ByteArrayInputStream(stored));
            assertThat(kept.getFirstDirectoryOfType(GpsDirectory.class)).isNull();
            assertThat(kept.getFirstDirectoryOfType(ExifIFD0Directory.class)).isNull();
        }
    }

    @Test
    void acceptsAnUploadOfExactlyTheLimit() throws IOException {
        byte[] upload = png(noise(300, 200));
        Images limited = new Images(store, files, clock, DataSize.ofBytes(upload.length));

        Image image = limited.upload(in(upload), "Sınırda bir dosya", "", "");

        assertThat(image.width()).isEqualTo(300);
    }

    @Nested
    class Rejects {

        @Test
        void aTextFileNamedLikeAPhoto() {
            byte[] text = "Merhaba, bu bir fotoğraf değil.\n".getBytes(StandardCharsets.UTF_8);

            assertRejected(text, "Fotoğraf", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Dosya bir görsel değil ya da desteklenmeyen bir biçimde. JPEG, PNG, WebP veya GIF yükleyin.");
        }

        @Test
        void aSvgEvenThoughBrowsersShowIt() {
            byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

            assertRejected(svg, "Logo", HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                "Dosya bir görsel değil ya da desteklenmeyen bir biçimde. JPEG, PNG, WebP veya GIF yükleyin.");
        }

        @Test
        void moreThanTwentyMegabytesByDefault() {
            byte[] huge = new byte[21 * 1024 * 1024];
            huge[0] = (byte) 0xFF;
            huge[1] = (byte) 0xD8;
            huge[2] = (byte) 0xFF;

            assertRejected(huge, "Büyük fotoğraf", HttpStatus.CONTENT_TOO_LARGE,
                "Dosya çok büyük: en fazla 20 MB yükleyebilirsiniz.");
        }

        @Test
        void oneByteOverAConfiguredLimit() throws IOException {
            byte[] upload = png(noise(300, 200));
            assertThat(upload.length).isGreaterThan(1024);
            Images limited = new Images(store, files, clock, DataSize.ofKilobytes(1));

            assertThatExceptionOfType(UploadRejected.class)
                .isThrownBy(() -> limited.upload(in(upload), "Fotoğraf", "", ""))
                .withMessage("Dosya çok büyük: en fazla 1 KB yükleyebilirsiniz.")
                .satisfies(e -> assertThat(e.status()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE));
        }

        @Test
        void aTruncatedJpeg() throws IOException {
            byte[] whole = jpeg(halves(800, 600, Color.RED, Color.BLUE));

            assertRejected(Arrays.copyOf(whole, whole.length / 2), "Fotoğraf", HttpStatus.BAD_REQUEST,
                "Görsel okunamadı; dosya bozuk olabilir.");
        }

        @Test
        void aTruncatedPng() throws IOException {
            byte[] whole = png(halves(800, 600, Color.RED, Color.BLUE));

            assertRejected(Arrays.copyOf(whole, whole.length / 2), "Fotoğraf", HttpStatus.BAD_REQUEST,
                "Görsel okunamadı; dosya bozuk olabilir.");
        }

        @Test
        void onlyAJpegsFirstBytes() {
            assertRejected(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0x00), "Fotoğraf", HttpStatus.BAD_REQUEST,
                "Görsel okunamadı; dosya bozuk olabilir.");
        }

        @Test
        void blankAltText() throws IOException {
            byte[] upload = png(halves(300, 200, Color.RED, Color.BLUE));

            assertRejected(upload, "  \n ", HttpStatus.BAD_REQUEST,
                "Görselin ne gösterdiğini anlatan bir alternatif metin yazın.");
            assertRejected(upload, null, HttpStatus.BAD_REQUEST,
                "Görselin ne gösterdiğini anlatan bir alternatif metin yazın.");
        }

        @Test
        void aDecompressionBombBeforeDecodingIt() throws IOException {
            byte[] bomb = pngClaiming(10_000, 10_000);
            assertThat(bomb.length).isLessThan(200_000);

            assertRejected(bomb, "Fotoğraf", HttpStatus.CONTENT_TOO_LARGE,
                "Görselin boyutları çok büyük: en fazla 50 megapiksel yükleyebilirsiniz.");
        }
    }

    private void assertRejected(byte[] upload, String alt, HttpStatus status, String message) {
        List<Path> before = storedFolders();

        assertThatExceptionOfType(UploadRejected.class)
            .isThrownBy(() -> images.upload(in(upload), alt, "", ""))
            .withMessage(message)
            .satisfies(e -> assertThat(e.status()).isEqualTo(status));
        assertThat(storedFolders()).isEqualTo(before);
    }

    private List<Path> storedFolders() {
        if (!Files.isDirectory(files.root())) {
            return List.of();
        }
        try (Stream<Path> folders = Files.list(files.root())) {
            return folders.sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path file(Image image, int width) {
        return files.root().resolve(image.storageKey()).resolve(width + ".jpg");
    }

    private BufferedImage variant(Image image, int width) throws IOException {
        return ImageIO.read(file(image, width).toFile());
    }

    private static ByteArrayInputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static BufferedImage halves(int width, int height, Color left, Color right) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(left);
        g.fillRect(0, 0, width / 2, height);
        g.setColor(right);
        g.fillRect(width / 2, 0, width - width / 2, height);
        g.dispose();
        return picture;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return picture;
    }

    private static int[] rgb(BufferedImage image, int x, int y) {
        Color c = new Color(image.getRGB(x, y));
        return new int[] {c.getRed(), c.getGreen(), c.getBlue()};
    }

    private static byte[] jpeg(BufferedImage picture) throws IOException {
        return encode(picture, "jpeg");
    }

    private static byte[] png(BufferedImage picture) throws IOException {
        return encode(picture, "png");
    }

    private static byte[] encode(BufferedImage picture, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(picture, format, out)).isTrue();
        return out.toByteArray();
    }

    private static byte[] gif(BufferedImage... frames) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.prepareWriteSequence(null);
            for (BufferedImage frame : frames) {
                writer.writeToSequence(new IIOImage(frame, null, null), null);
            }
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /**
     * The JPEG with an EXIF APP1 segment after its JFIF header, as phones write it: orientation 6
     * (turn a quarter clockwise) and a GPS position.
     */
    private static byte[] withExif(byte[] jpeg) throws IOException {
        ByteBuffer tiff = ByteBuffer.allocate(140).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        // IFD0 at 8: orientation, and where the GPS IFD starts.
        tiff.putShort((short) 2);
        entry(tiff, 0x0112, 3, 1, 6);
        entry(tiff, 0x8825, 4, 1, 38);
        tiff.putInt(0);
        // GPS IFD at 38, its rationals after it at 92 and 116.
        tiff.putShort((short) 4);
        entry(tiff, 0x0001, 2, 2, 'N');
        entry(tiff, 0x0002, 5, 3, 92);
        entry(tiff, 0x0003, 2, 2, 'E');
        entry(tiff, 0x0004, 5, 3, 116);
        tiff.putInt(0);
        tiff.put(rationals(LATITUDE)).put(rationals(LONGITUDE));
        assertThat(tiff.remaining()).isZero();

        ByteArrayOutputStream app1 = new ByteArrayOutputStream();
        DataOutputStream segment = new DataOutputStream(app1);
        segment.writeShort(0xFFE1);
        segment.writeShort(2 + 6 + tiff.capacity());
        segment.write("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
        segment.write(tiff.array());

        assertThat(jpeg[2] & 0xFF).isEqualTo(0xFF);
        assertThat(jpeg[3] & 0xFF).isEqualTo(0xE0);
        int afterJfif = 4 + ((jpeg[4] & 0xFF) << 8 | jpeg[5] & 0xFF);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, afterJfif);
        app1.writeTo(out);
        out.write(jpeg, afterJfif, jpeg.length - afterJfif);
        return out.toByteArray();
    }

    private static void entry(ByteBuffer ifd, int tag, int type, int count, int value) {
        ifd.putShort((short) tag).putShort((short) type).putInt(count).putInt(value);
    }

    private static byte[] rationals(long[] values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * 4).order(ByteOrder.LITTLE_ENDIAN);
        for (long value : values) {
            buffer.putInt((int) value);
        }
        return buffer.array();
    }

    /**
     * A real decompression bomb: a grey PNG of width × height whose zero pixels deflate to almost
     * nothing, and would take width × height × 4 bytes once decoded.
     */
    private static byte[] pngClaiming(int width, int height) throws IOException {
        ByteArrayOutputStream idat = new ByteArrayOutputStream();
        try (OutputStream deflated = new DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + width];
            for (int y = 0; y < height; y++) {
                deflated.write(row);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bytes(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'));
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 0)
            .put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", idat.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream chunk = new DataOutputStream(out);
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(name);
        crc.update(data);
        chunk.writeInt(data.length);
        chunk.write(name);
        chunk.write(data);
        chunk.writeInt((int) crc.getValue());
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        return -1;
    }

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
