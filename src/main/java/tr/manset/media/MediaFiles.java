package tr.manset.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;
import tr.manset.system.SiteProperties;

/**
 * Where image variants live: files under {dataDir}/media/{key}/{width}.jpg. Shared storage for
 * several instances would replace this class, keeping its two methods.
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

    void write(String key, int width, byte[] jpeg) {
        Path file = root.resolve(key).resolve(width + ".jpg");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write image " + file, e);
        }
    }
}
