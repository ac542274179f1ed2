package tr.manset.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tr.manset.system.storage.Timestamps;

/** Writes and reads the audit log. Entries are never changed or deleted by the application. */
@Service
public class AuditLog {

    private final JdbcClient db;
    private final Clock clock;

    AuditLog(JdbcClient db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    public void record(Long staffId, String actor, String action, String subject, String detail, String address) {
        db.sql("""
                INSERT INTO audit_log (at, staff_id, actor, action, subject, detail, address)
                VALUES (:at, :staffId, :actor, :action, :subject, :detail, :address)
                """)
            .param("at", Timestamps.param(clock.instant()))
            .param("staffId", staffId, Types.BIGINT)
            .param("actor", actor)
            .param("action", action)
            .param("subject", subject == null ? "" : subject)
            .param("detail", detail == null ? "" : detail)
            .param("address", address == null ? "" : address)
            .update();
    }

    /** Newest first; filters are ignored when blank. */
    public List<AuditEntry> find(String action, String actor, int limit, int offset) {
        return db.sql("""
                SELECT id, at, staff_id, actor, action, subject, detail, address
                FROM audit_log
                WHERE (:action = '' OR action = :action)
                  AND (:actor = '' OR actor = :actor)
                ORDER BY at DESC, id DESC
                LIMIT :limit OFFSET :offset
                """)
            .param("action", action == null ? "" : action)
            .param("actor", actor == null ? "" : actor)
            .param("limit", limit)
            .param("offset", offset)
            .query(AuditLog::toEntry)
            .list();
    }

    private static AuditEntry toEntry(ResultSet rs, int row) throws SQLException {
        long staffId = rs.getLong("staff_id");
        return new AuditEntry(rs.getLong("id"), Timestamps.read(rs, "at"), rs.wasNull() ? null : staffId,
            rs.getString("actor"), rs.getString("action"), rs.getString("subject"), rs.getString("detail"),
            rs.getString("address"));
    }
}
