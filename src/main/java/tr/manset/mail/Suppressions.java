package tr.manset.mail;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tr.manset.system.storage.Timestamps;

/**
 * Addresses the site no longer writes to: hard bounces and complaints, recorded by hand, by the
 * bounce handling of whoever runs the SMTP server, or by the sender when a server refuses a
 * recipient for good.
 */
@Service
public class Suppressions {

    public enum Reason { BOUNCE, COMPLAINT, MANUAL }

    /** One address on the list, for the people who keep it. */
    public record Suppressed(String address, Reason reason, String note, Instant since) {}

    private final JdbcClient jdbc;
    private final Clock clock;

    Suppressions(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Records an address; recording it again keeps the first reason. */
    public void record(String address, Reason reason, String note) {
        jdbc.sql("""
                INSERT INTO mail_suppressions (address, reason, note, created_at)
                VALUES (:address, :reason, :note, :now) ON CONFLICT (address) DO NOTHING""")
            .param("address", Outbox.normalize(address))
            .param("reason", reason.name())
            .param("note", note == null ? "" : note)
            .param("now", Timestamps.param(clock.instant()))
            .update();
    }

    public boolean suppressed(String address) {
        return jdbc.sql("SELECT COUNT(*) FROM mail_suppressions WHERE address = :address")
            .param("address", Outbox.normalize(address))
            .query(Long.class)
            .single() > 0;
    }

    /** The addresses on the list, newest first. */
    public List<Suppressed> list(int limit) {
        return jdbc.sql("SELECT address, reason, note, created_at FROM mail_suppressions ORDER BY created_at DESC, address LIMIT :limit")
            .param("limit", limit)
            .query((rs, row) -> new Suppressed(rs.getString("address"), Reason.valueOf(rs.getString("reason")),
                rs.getString("note"), Timestamps.read(rs, "created_at")))
            .list();
    }

    /** Takes an address off the list, e.g. when its owner subscribes again and confirms. */
    public void lift(String address) {
        jdbc.sql("DELETE FROM mail_suppressions WHERE address = :address")
            .param("address", Outbox.normalize(address))
            .update();
    }
}
