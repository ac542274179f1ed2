package tr.manset.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

/**
 * Stores images in the widths phones, tablets and desktops ask for and in the 16:9, 4:3 and 1:1 crops
 * search engines ask for, and finds them again.
 */
@Service
public class Images {

    /** Widths offered in srcset: a phone, a phone at 2x or a column, a wide column at 2x. */
    static final List<Integer> WIDTHS = List.of(400, 800, 1200);

    private final ImageStore store;
    private final MediaFiles files;
    private final ImageCrops crops;
    private final Clock clock;
    private final DataSize maxUploadSize;
    private final SecureRandom random = new SecureRandom();

    Images(ImageStore store, MediaFiles files, Clock clock,
           @Value("${manset.media.max-upload-size:20MB}") DataSize maxUploadSize) {
        if (maxUploadSize.toBytes() <= 0 || maxUploadSize.toBytes() > DataSize.ofGigabytes(1).toBytes()) {
            throw new IllegalArgumentException(
                "manset.media.max-upload-size must be above 0 and at most 1GB, not " + maxUploadSize);
        }
        this.store = store;
        this.files = files;
        this.crops = new ImageCrops(files);
        this.clock = clock;
        this.maxUploadSize = maxUploadSize;
    }

    /**
     * Stores an image a newsroom member uploaded: a JPEG, PNG, GIF (its first frame) or WebP of at most
     * the configured size and 50 megapixels, turned upright as the camera said.
     *
     * @throws UploadRejected with a message for the editor and the HTTP status to answer with
     */
    public Image upload(InputStream content, String alt, String caption, String credit) {
        if (alt == null || alt.isBlank()) {
            throw UploadRejected.missingAlt();
        }
        // The variants are encoded anew from pixels alone, and the upload itself is not kept: a
        // photographer's GPS position, camera serial or EXIF comments never reach a reader.
        BufferedImage pixels = ImageDecoder.decode(readAtMost(content));
        return store(pixels, alt.strip(), orEmpty(caption), orEmpty(credit));
    }

    public Image store(BufferedImage source, String alt, String caption, String credit) {
        String key = HexFormat.of().formatHex(nextBytes());
        List<Integer> variants = new ArrayList<>();
        for (int width : widthsFor(source.getWidth())) {
            files.write(key, width, Pixels.jpeg(Pixels.resize(source, width)));
            variants.add(width);
        }
        crops.make(key, source);
        return store.insert(key, source.getWidth(), source.getHeight(), variants, alt, caption, credit, clock.instant());
    }

    /**
     * The image cut to 16:9, 4:3 and 1:1 (in that order), each at most 1200 pixels wide; made now if the
     * image was stored before crops existed. Empty only if its files cannot be read.
     */
    public List<Crop> crops(Image image) {
        return crops.of(image);
    }

    /** The size in bytes of the file served for this width, for feed enclosures; empty when it is gone. */
    public OptionalLong fileSize(Image image, int width) {
        try {
            return OptionalLong.of(Files.size(files.file(image.storageKey(), width + ".jpg")));
        } catch (IOException missing) {
            return OptionalLong.empty();
        }
    }

    public Map<Long, Image> byIds(Collection<Long> ids) {
        return store.findAll(ids);
    }

    public List<Image> search(String text, int limit, int offset) {
        return store.search(text, limit, offset);
    }

    public Optional<Image> byId(long id) {
        return Optional.ofNullable(store.findAll(List.of(id)).get(id));
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text.strip();
    }

    /** The whole upload, refused as soon as it passes the limit: one byte more is enough to know. */
    private byte[] readAtMost(InputStream content) {
        try {
            byte[] bytes = content.readNBytes((int) maxUploadSize.toBytes() + 1);
            if (bytes.length > maxUploadSize.toBytes()) {
                throw UploadRejected.tooLarge(maxUploadSize);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read upload", e);
        }
    }

    private byte[] nextBytes() {
        byte[] bytes = new byte[8];
        random.nextBytes(bytes);
        return bytes;
    }

    static List<Integer> widthsFor(int sourceWidth) {
        List<Integer> widths = new ArrayList<>(WIDTHS.stream().filter(w -> w < sourceWidth).toList());
        if (widths.size() < WIDTHS.size()) {
            widths.add(sourceWidth);
        }
        return widths;
    }
}
