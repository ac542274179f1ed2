package tr.manset.media;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.awt.Dimension;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tr.manset.media.Crop.Aspect;

/**
 * Cuts every image to 16:9, 4:3 and 1:1 around its centre, at most 1200 pixels wide. New images get
 * their crops from the uploaded pixels when they are stored; images stored before crops existed get
 * them from their largest width the first time someone asks, so no crop address is ever handed out
 * before its file exists.
 */
final class ImageCrops {

    /** Google asks for article images at least 1200 pixels wide; wider only costs readers bytes. */
    static final int MAX_WIDTH = 1200;

    private static final Logger log = LoggerFactory.getLogger(ImageCrops.class);

    private final MediaFiles files;
    /** Crops under a storage key never change once written: their sizes are read from disk once. */
    private final Cache<String, List<Crop>> known = Caffeine.newBuilder().maximumSize(10_000).build();

    ImageCrops(MediaFiles files) {
        this.files = files;
    }

    /** Writes every crop of a newly stored image from its full pixels. */
    void make(String key, BufferedImage source) {
        List<Crop> made = new ArrayList<>();
        for (Aspect aspect : Aspect.values()) {
            made.add(write(key, source, aspect));
        }
        known.put(key, List.copyOf(made));
    }

    /** The image's crops, widest aspect first; none if they cannot be read or made (the page still renders). */
    List<Crop> of(Image image) {
        List<Crop> crops = known.get(image.storageKey(), key -> {
            try {
                return readOrMake(image);
            } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
                log.warn("Cannot make the crops of image {} ({}): {}", image.id(), key, e.toString());
                return null;
            }
        });
        return crops == null ? List.of() : crops;
    }

    private List<Crop> readOrMake(Image image) throws IOException {
        String key = image.storageKey();
        Map<Aspect, Crop> found = new TreeMap<>();
        for (Aspect aspect : Aspect.values()) {
            Path file = files.file(key, aspect.fileName() + ".jpg");
            if (Files.isRegularFile(file)) {
                int[] size = size(file);
                found.put(aspect, new Crop(aspect, url(key, aspect), size[0], size[1]));
            }
        }
        if (found.size() < Aspect.values().length) {
            // Stored before crops existed: the original is gone, the largest width is the best there is.
            int largest = image.variants().getLast();
            BufferedImage source = ImageIO.read(files.file(key, largest + ".jpg").toFile());
            if (source == null) {
                throw new IOException("no readable " + largest + ".jpg");
            }
            for (Aspect aspect : Aspect.values()) {
                found.computeIfAbsent(aspect, missing -> write(key, source, missing));
            }
            log.info("Made the crops of image {} from its {} pixel width", image.id(), largest);
        }
        return List.copyOf(found.values());
    }

    private Crop write(String key, BufferedImage source, Aspect aspect) {
        Rectangle region = region(source.getWidth(), source.getHeight(), aspect);
        Dimension size = size(region, aspect);
        BufferedImage cut = source.getSubimage(region.x, region.y, region.width, region.height);
        files.write(key, aspect.fileName() + ".jpg", Pixels.jpeg(Pixels.resize(cut, size.width, size.height)));
        return new Crop(aspect, url(key, aspect), size.width, size.height);
    }

    /** The largest rectangle of the aspect that fits in width × height, centred. */
    static Rectangle region(int width, int height, Aspect aspect) {
        int cropWidth = width;
        int cropHeight = (int) Math.min(height, (long) width * aspect.down() / aspect.across());
        if ((long) width * aspect.down() > (long) height * aspect.across()) {
            cropWidth = (int) ((long) height * aspect.across() / aspect.down());
            cropHeight = height;
        }
        cropWidth = Math.max(1, cropWidth);
        cropHeight = Math.max(1, cropHeight);
        return new Rectangle((width - cropWidth) / 2, (height - cropHeight) / 2, cropWidth, cropHeight);
    }

    /**
     * The crop's pixel size: as wide as the region, at most 1200, and a whole multiple of the aspect
     * so that the ratio is exact (1200 × 675, 900 × 675, 675 × 675). Only a picture narrower than the
     * aspect's own units (under 16 pixels for 16:9) is enlarged.
     */
    static Dimension size(Rectangle region, Aspect aspect) {
        int units = Math.max(1, Math.min(region.width, MAX_WIDTH) / aspect.across());
        return new Dimension(units * aspect.across(), units * aspect.down());
    }

    private static String url(String key, Aspect aspect) {
        return "/medya/" + key + "/" + aspect.fileName() + ".jpg";
    }

    /** Width and height from the file's header, without decoding its pixels. */
    private static int[] size(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            var readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not an image: " + file);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }
}
