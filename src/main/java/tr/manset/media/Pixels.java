package tr.manset.media;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Resizing and JPEG encoding, shared by the width variants and the crops. */
final class Pixels {

    private static final float JPEG_QUALITY = 0.82f;

    private Pixels() {
    }

    /** The source at this width, its aspect ratio kept. */
    static BufferedImage resize(BufferedImage source, int width) {
        if (width == source.getWidth()) {
            return source;
        }
        return resize(source, width, Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth())));
    }

    /** The source drawn into exactly width × height pixels. */
    static BufferedImage resize(BufferedImage source, int width, int height) {
        BufferedImage current = source;
        // Halving step by step keeps thin lines and text sharp where one big bilinear step would alias.
        while (current.getWidth() / 2 >= width && current.getHeight() / 2 >= height) {
            current = scale(current, current.getWidth() / 2, Math.max(1, current.getHeight() / 2));
        }
        return scale(current, width, height);
    }

    private static BufferedImage scale(BufferedImage source, int width, int height) {
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return target;
    }

    static byte[] jpeg(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionQuality(JPEG_QUALITY);
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(stream);
            // No metadata is passed: the file gets a bare JFIF header and nothing else.
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode image", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
