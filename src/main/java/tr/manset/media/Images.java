package tr.manset.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.stereotype.Service;
import tr.manset.system.SiteProperties;

/** Stores images in the widths phones, tablets and desktops ask for, and finds them again. */
@Service
public class Images {

    /** Widths offered in srcset: a phone, a phone at 2x or a column, a wide column at 2x. */
    static final List<Integer> WIDTHS = List.of(400, 800, 1200);

    private static final float JPEG_QUALITY = 0.82f;

    private final ImageStore store;
    private final Path root;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Images(ImageStore store, SiteProperties site, Clock clock) {
        this.store = store;
        this.root = site.dataDir().resolve("media");
        this.clock = clock;
    }

    Path root() {
        return root;
    }

    public Image store(BufferedImage source, String alt, String caption, String credit) {
        String key = HexFormat.of().formatHex(nextBytes());
        Path folder = root.resolve(key);
        List<Integer> variants = new ArrayList<>();
        try {
            Files.createDirectories(folder);
            for (int width : widthsFor(source.getWidth())) {
                writeJpeg(resize(source, width), folder.resolve(width + ".jpg"));
                variants.add(width);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write image " + folder, e);
        }
        return store.insert(key, source.getWidth(), source.getHeight(), variants, alt, caption, credit, clock.instant());
    }

    public Map<Long, Image> byIds(Collection<Long> ids) {
        return store.findAll(ids);
    }

    public Optional<Image> byId(long id) {
        return Optional.ofNullable(store.findAll(List.of(id)).get(id));
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

    private static BufferedImage resize(BufferedImage source, int width) {
        if (width == source.getWidth()) {
            return source;
        }
        BufferedImage current = source;
        // Halving step by step keeps thin lines and text sharp where one big bilinear step would alias.
        while (current.getWidth() / 2 >= width) {
            current = scale(current, current.getWidth() / 2);
        }
        return scale(current, width);
    }

    private static BufferedImage scale(BufferedImage source, int width) {
        int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    private static void writeJpeg(BufferedImage image, Path file) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        try (OutputStream out = Files.newOutputStream(file);
             ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
    }
}
