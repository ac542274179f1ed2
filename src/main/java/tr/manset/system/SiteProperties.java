package tr.manset.system;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Manşet's own settings, bound from the MANSET_* environment variables (see application.properties).
 * An invalid value stops the start with a message that names it.
 *
 * @param dataDir where the SQLite file, uploaded images and the search index live
 * @param siteName the name shown in the masthead and the title of every page
 * @param baseUrl the public address of the site, used for canonical links and feeds
 * @param demo fill an empty database with demo content on start
 * @param db an external database (empty url means the embedded SQLite file) and the pool size
 */
@Validated
@ConfigurationProperties("manset")
public record SiteProperties(
        @NotNull Path dataDir,
        @NotBlank String siteName,
        @NotBlank @Pattern(regexp = "https?://[^\\s/]+(:\\d+)?(/.*)?", message = "http:// veya https:// ile başlayan bir adres olmalı")
        String baseUrl,
        boolean demo,
        @Valid Database db) {

    public SiteProperties {
        baseUrl = baseUrl == null ? null : baseUrl.replaceAll("/+$", "");
        db = db == null ? new Database("", "", "", null) : db;
    }

    /** The absolute address of a path on this site: "/dunya/x-1" → "https://example.com/dunya/x-1". */
    public String absolute(String path) {
        return baseUrl + path;
    }

    public record Database(
            @Pattern(regexp = "(jdbc:postgresql:.*)?", message = "jdbc:postgresql: ile başlamalı (örnek: jdbc:postgresql://localhost:5432/manset)")
            String url,
            String user,
            String password,
            @Positive Integer poolSize) {

        /** Connections kept open: the given size, or 8 for SQLite (one writer at a time anyway) and 20 for PostgreSQL. */
        public int poolSizeOrDefault() {
            return poolSize != null ? poolSize : external() ? 20 : 8;
        }

        public boolean external() {
            return url != null && !url.isBlank();
        }
    }
}
