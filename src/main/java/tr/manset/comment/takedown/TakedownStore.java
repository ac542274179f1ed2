package tr.manset.comment.takedown;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** The SQL of removal requests. Rows are never deleted; the triggers of V7 keep what was recorded. */
@Repository
class TakedownStore {

    private static final String COLUMNS = """
            id, requester, contact, comment_id, url, reason, received_at, recorded_at, recorded_by_name,
            decision, decision_note, decided_at, decided_by_name, carried_out_at, carried_out_by_name
            """;
    private static final String OPEN = "(decision IS NULL OR (decision = 'ACCEPTED' AND carried_out_at IS NULL))";

    private final JdbcClient db;

    TakedownStore(JdbcClient db) {
        this.db = db;
    }

    long insert(String requester, String contact, Long commentId, String url, String reason, Instant receivedAt,
                Instant recordedAt, long staffId, String staffName) {
        return db.sql("""
                INSERT INTO takedown_requests (requester, contact, comment_id, url, reason, received_at, recorded_at,
                                               recorded_by, recorded_by_name)
                VALUES (:requester, :contact, :commentId, :url, :reason, :receivedAt, :recordedAt, :staffId, :staffName)
                RETURNING id
                """)
            .param("requester", requester)
            .param("contact", contact)
            .param("commentId", commentId, Types.BIGINT)
            .param("url", url)
            .param("reason", reason)
            .param("receivedAt", Timestamps.param(receivedAt))
            .param("recordedAt", Timestamps.param(recordedAt))
            .param("staffId", staffId)
            .param("staffName", staffName)
            .query(Long.class)
            .single();
    }

    Optional<Takedown> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM takedown_requests WHERE id = :id")
            .param("id", id)
            .query(TakedownStore::toTakedown)
            .optional();
    }

    /** Requests that still need work, the nearest deadline first. */
    List<Takedown> open() {
        return db.sql("SELECT " + COLUMNS + " FROM takedown_requests WHERE " + OPEN + " ORDER BY received_at, id")
            .query(TakedownStore::toTakedown)
            .list();
    }

    /** Answered requests (rejected, or accepted and carried out), the newest first. */
    List<Takedown> closed(int limit, int offset) {
        return db.sql("SELECT " + COLUMNS + " FROM takedown_requests WHERE NOT " + OPEN
                + " ORDER BY received_at DESC, id DESC LIMIT :limit OFFSET :offset")
            .param("limit", limit)
            .param("offset", offset)
            .query(TakedownStore::toTakedown)
            .list();
    }

    long countClosed() {
        return db.sql("SELECT COUNT(*) FROM takedown_requests WHERE NOT " + OPEN).query(Long.class).single();
    }

    /** Every request in the order they were recorded, {@code limit} at a time after the id given. */
    List<Takedown> after(long id, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM takedown_requests WHERE id > :id ORDER BY id LIMIT :limit")
            .param("id", id)
            .param("limit", limit)
            .query(TakedownStore::toTakedown)
            .list();
    }

    /** Records the decision unless one was made already; false when there was one (or no such request). */
    boolean decide(long id, Decision decision, String note, Instant at, long staffId, String staffName) {
        return db.sql("""
                UPDATE takedown_requests
                SET decision = :decision, decision_note = :note, decided_at = :at, decided_by = :staffId,
                    decided_by_name = :staffName
                WHERE id = :id AND decision IS NULL
                """)
            .param("decision", decision.name())
            .param("note", note)
            .param("at", Timestamps.param(at))
            .param("staffId", staffId)
            .param("staffName", staffName)
            .param("id", id)
            .update() == 1;
    }

    /** Marks an accepted request carried out unless it was already; false otherwise. */
    boolean carriedOut(long id, Instant at, long staffId, String staffName) {
        return db.sql("""
                UPDATE takedown_requests
                SET carried_out_at = :at, carried_out_by = :staffId, carried_out_by_name = :staffName
                WHERE id = :id AND decision = 'ACCEPTED' AND carried_out_at IS NULL
                """)
            .param("at", Timestamps.param(at))
            .param("staffId", staffId)
            .param("staffName", staffName)
            .param("id", id)
            .update() == 1;
    }

    private static Takedown toTakedown(ResultSet rs, int row) throws SQLException {
        long commentId = rs.getLong("comment_id");
        Long comment = rs.wasNull() ? null : commentId;
        String decision = rs.getString("decision");
        return new Takedown(rs.getLong("id"), rs.getString("requester"), rs.getString("contact"), comment,
            rs.getString("url"), rs.getString("reason"), Timestamps.read(rs, "received_at"),
            Timestamps.read(rs, "recorded_at"), rs.getString("recorded_by_name"),
            decision == null ? null : Decision.valueOf(decision), rs.getString("decision_note"),
            Timestamps.read(rs, "decided_at"), rs.getString("decided_by_name"),
            Timestamps.read(rs, "carried_out_at"), rs.getString("carried_out_by_name"));
    }
}
