package tr.manset.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tr.manset.system.storage.Timestamps;

/** Bans on commenters. Lifting a ban keeps its row, so the history stays. */
@Service
public class Bans {

    private final JdbcClient db;
    private final Clock clock;

    Bans(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public long ban(Ban.Kind kind, String value, String reason, Instant until, String by) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        db.sql("""
                INSERT INTO comment_bans (kind, value, reason, created_at, created_by, until)
                VALUES (:kind, :value, :reason, :at, :by, :until)
                """)
            .param("kind", kind.name())
            .param("value", value)
            .param("reason", reason)
            .param("at", Timestamps.param(clock.instant()))
            .param("by", by)
            .param("until", Timestamps.param(until), Types.TIMESTAMP)
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    public boolean lift(long id) {
        return db.sql("UPDATE comment_bans SET lifted_at = :at WHERE id = :id AND lifted_at IS NULL")
            .param("at", Timestamps.param(clock.instant()))
            .param("id", id)
            .update() == 1;
    }

    /** The ban that applies to any of these keys now, if one does. */
    public Optional<Ban> active(String... values) {
        Instant now = clock.instant();
        return db.sql("SELECT * FROM comment_bans WHERE value IN (:values) AND lifted_at IS NULL ORDER BY id DESC")
            .param("values", List.of(values))
            .query(Bans::toBan)
            .list().stream()
            .filter(ban -> ban.activeAt(now))
            .findFirst();
    }

    public List<Ban> recent(int limit) {
        return db.sql("SELECT * FROM comment_bans ORDER BY id DESC LIMIT :limit")
            .param("limit", limit)
            .query(Bans::toBan)
            .list();
    }

    private static Ban toBan(ResultSet rs, int row) throws SQLException {
        return new Ban(rs.getLong("id"), Ban.Kind.valueOf(rs.getString("kind")), rs.getString("value"),
            rs.getString("reason"), Timestamps.read(rs, "created_at"), rs.getString("created_by"),
            Timestamps.read(rs, "until"), Timestamps.read(rs, "lifted_at"));
    }
}
