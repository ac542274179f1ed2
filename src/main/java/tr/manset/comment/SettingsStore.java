package tr.manset.comment;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Moderation settings and the secret key for hashing addresses, in the comment_settings table so
 * every node shares them. Read through a short cache: a change on another node applies within
 * seconds.
 */
@Repository
public class SettingsStore {

    private static final String ADDRESS_KEY = "address_key";

    private final JdbcClient db;
    private final Cache<String, ModerationSettings> cache =
        Caffeine.newBuilder().expireAfterWrite(Duration.ofSeconds(10)).build();

    SettingsStore(JdbcClient db) {
        this.db = db;
    }

    public ModerationSettings moderation() {
        return cache.get("moderation", key -> load());
    }

    public void save(ModerationSettings settings) {
        put("mode", settings.mode().name());
        put("new_commenter_waits", Integer.toString(settings.newCommenterWaits()));
        put("close_after_days", Integer.toString(settings.closeAfterDays()));
        put("max_links", Integer.toString(settings.maxLinks()));
        put("report_threshold", Integer.toString(settings.reportThreshold()));
        cache.invalidateAll();
    }

    /** The key for hashing addresses and e-mails, made once for the whole site. */
    String addressKey() {
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        db.sql("INSERT INTO comment_settings (name, value) VALUES (:name, :value) ON CONFLICT (name) DO NOTHING")
            .param("name", ADDRESS_KEY)
            .param("value", HexFormat.of().formatHex(random))
            .update();
        return db.sql("SELECT value FROM comment_settings WHERE name = :name")
            .param("name", ADDRESS_KEY)
            .query(String.class)
            .single();
    }

    /** True once: for seeding the default term lists exactly one time. */
    boolean claimOnce(String marker) {
        return db.sql("INSERT INTO comment_settings (name, value) VALUES (:name, 'yes') ON CONFLICT (name) DO NOTHING")
            .param("name", marker)
            .update() == 1;
    }

    private ModerationSettings load() {
        Map<String, String> values = db.sql("SELECT name, value FROM comment_settings")
            .query((rs, row) -> Map.entry(rs.getString("name"), rs.getString("value")))
            .list().stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        ModerationSettings defaults = ModerationSettings.DEFAULTS;
        CommentMode mode = defaults.mode();
        try {
            mode = CommentMode.valueOf(values.getOrDefault("mode", mode.name()));
        } catch (IllegalArgumentException unknown) {
            // keep the default
        }
        return new ModerationSettings(mode,
            number(values, "new_commenter_waits", defaults.newCommenterWaits()),
            number(values, "close_after_days", defaults.closeAfterDays()),
            number(values, "max_links", defaults.maxLinks()),
            number(values, "report_threshold", defaults.reportThreshold()));
    }

    private void put(String name, String value) {
        db.sql("""
                INSERT INTO comment_settings (name, value) VALUES (:name, :value)
                ON CONFLICT (name) DO UPDATE SET value = excluded.value
                """)
            .param("name", name)
            .param("value", value)
            .update();
    }

    private static int number(Map<String, String> values, String name, int fallback) {
        try {
            return Integer.parseInt(values.getOrDefault(name, Integer.toString(fallback)));
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
