package tr.manset.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.stereotype.Component;
import tr.manset.system.SiteProperties;

/**
 * Where image variants live: files under {dataDir}/media/{key}/{width}.jpg, and the crops beside
 * them as {key}/16x9.jpg, 4x3.jpg and 1x1.jpg. Shared storage for several instances would replace
 * this class, keeping its methods.
 */
@Component
class MediaFiles {

    private final Path root;

    MediaFiles(SiteProperties site) {
        this.root = site.dataDir().resolve("media");
    }

    /** The folder served at /medya/. */
    Path root() {
        return root;
    }

    Path file(String key, String name) {
        return root.resolve(key).resolve(name);
    }

    void write(String key, int width, byte[] jpeg) {
        write(key, width + ".jpg", jpeg);
    }

    /**
     * Writes beside the final name and then renames, so a reader never gets half a file, also when
     * two nodes make the same crop at once.
     */
    void write(String key, String name, byte[] jpeg) {
        Path file = file(key, name);
        try {
            Files.createDirectories(file.getParent());
            // Files.write, not createTempFile: the file keeps the usual permissions a proxy may need.
            Path partial = file.resolveSibling(name + "." + Long.toHexString(ThreadLocalRandom.current().nextLong()) + ".part");
            try {
                Files.write(partial, jpeg);
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write image " + file, e);
        }
    }
}
