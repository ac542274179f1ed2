package tr.manset.media;

import com.drew.imaging.jpeg.JpegMetadataReader;
import com.drew.metadata.Metadata;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifReader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Turns uploaded bytes into upright, opaque RGB pixels, refusing whatever is not a JPEG, PNG, GIF or
 * WebP image. Only pixels come out: EXIF, the GPS position, camera serials and comments stay behind.
 */
final class ImageDecoder {

    /** A large camera's photo; past that, decoding alone would take gigabytes (a decompression bomb). */
    static final long MAX_PIXELS = 50_000_000;

    static {
        // The WebP and JPEG readers come from jars on the application class path; ImageIO may have
        // made its registry before that class loader was in place (Spring Boot's executable jar).
        ImageIO.scanForPlugins();
    }

    private ImageDecoder() {
    }

    static BufferedImage decode(byte[] bytes) {
        Format format = Format.of(bytes).orElseThrow(UploadRejected::notAnImage);
        BufferedImage pixels = read(format, bytes);
        return upright(pixels, format == Format.JPEG ? orientation(bytes) : 1);
    }

    /** The four kinds a newsroom sends, known by their first bytes: a file name or a browser's type can lie. */
    enum Format {
        JPEG("jpeg"), PNG("png"), GIF("gif"), WEBP("webp");

        private final String imageIoName;

        Format(String imageIoName) {
            this.imageIoName = imageIoName;
        }

        static Optional<Format> of(byte[] bytes) {
            if (startsWith(bytes, 0, 0xFF, 0xD8, 0xFF)) {
                return Optional.of(JPEG);
            }
            if (startsWith(bytes, 0, 0x89, 'P', 'N', 'G')) {
                return Optional.of(PNG);
            }
            if (startsWith(bytes, 0, 'G', 'I', 'F', '8')) {
                return Optional.of(GIF);
            }
            if (startsWith(bytes, 0, 'R', 'I', 'F', 'F') && startsWith(bytes, 8, 'W', 'E', 'B', 'P')) {
                return Optional.of(WEBP);
            }
            return Optional.empty();
        }

        private static boolean startsWith(byte[] bytes, int offset, int... expected) {
            if (bytes.length < offset + expected.length) {
                return false;
            }
            for (int i = 0; i < expected.length; i++) {
                if ((bytes[offset + i] & 0xFF) != expected[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    private static BufferedImage read(Format format, byte[] bytes) {
        ImageReader reader = ImageIO.getImageReadersByFormatName(format.imageIoName).next();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            // A GIF's first frame is the picture; seeking forward only keeps the reader from indexing the rest.
            reader.setInput(in, true, true);
            // The header alone tells the size; a small file can claim a huge one, so look before decoding.
            if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
                throw UploadRejected.tooManyPixels(MAX_PIXELS);
            }
            Truncation truncation = new Truncation();
            reader.addIIOReadWarningListener(truncation);
            BufferedImage pixels = reader.read(0);
            if (truncation.seen) {
                throw UploadRejected.unreadable();
            }
            return pixels;
        } catch (IOException | RuntimeException e) {
            // Readers fail on corrupt data with any exception they like, checked or not.
            throw e instanceof UploadRejected rejected ? rejected : UploadRejected.unreadable();
        } finally {
            reader.dispose();
        }
    }

    /**
     * Readers fill a cut-off file's missing rows with grey and only warn; a half-grey photo must not
     * reach the front page.
     */
    private static final class Truncation implements IIOReadWarningListener {
        boolean seen;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            seen |= warning.toLowerCase(Locale.ROOT).contains("premature end");
        }
    }

    /** The EXIF orientation (1–8) a camera stored instead of turning the pixels; 1 when there is none. */
    private static int orientation(byte[] jpeg) {
        try {
            Metadata metadata = JpegMetadataReader.readMetadata(new ByteArrayInputStream(jpeg), List.of(new ExifReader()));
            ExifIFD0Directory ifd0 = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            Integer orientation = ifd0 == null ? null : ifd0.getInteger(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation == null ? 1 : orientation;
        } catch (Exception e) {
            // Broken EXIF does not make a broken photo: show it as stored.
            return 1;
        }
    }

    /**
     * Draws the pixels the way the camera meant them to be seen into plain RGB, the only thing the
     * JPEG variants are made from; transparent areas become white, like the page behind them.
     */
    private static BufferedImage upright(BufferedImage source, int orientation) {
        int width = source.getWidth();
        int height = source.getHeight();
        boolean quarterTurn = orientation >= 5 && orientation <= 8;
        BufferedImage target = new BufferedImage(quarterTurn ? height : width, quarterTurn ? width : height,
            BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, target.getWidth(), target.getHeight());
        g.drawImage(source, transform(orientation, width, height), null);
        g.dispose();
        return target;
    }

    /** Maps a stored pixel (x, y) of a width × height image to where EXIF orientation 1–8 says it belongs. */
    private static AffineTransform transform(int orientation, int width, int height) {
        return switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, width, 0);        // mirrored
            case 3 -> new AffineTransform(-1, 0, 0, -1, width, height);  // upside down
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, height);       // mirrored upside down
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);             // mirrored along the diagonal
            case 6 -> new AffineTransform(0, 1, -1, 0, height, 0);       // a quarter turn clockwise
            case 7 -> new AffineTransform(0, -1, -1, 0, height, width);  // mirrored along the other diagonal
            case 8 -> new AffineTransform(0, -1, 1, 0, 0, width);        // a quarter turn counter-clockwise
            default -> new AffineTransform();
        };
    }
}
