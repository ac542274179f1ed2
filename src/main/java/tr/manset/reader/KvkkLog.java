package tr.manset.reader;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/**
 * The log of KVKK requests. A request is written when it arrives, in a statement of its own, and
 * marked done in the transaction that carries it out: one that fails stays open for the newsroom
 * to see and answer within 30 days. Rows are never deleted with the account.
 */
@Repository
class KvkkLog {

    private final JdbcClient db;
    private final ReaderKeys keys;
    private final Clock clock;

    KvkkLog(JdbcClient db, ReaderKeys keys, Clock clock) {
        this.db = db;
        this.keys = keys;
        this.clock = clock;
    }

    long open(KvkkRequest.Kind kind, Reader reader, String detail) {
        Instant now = clock.instant();
        return db.sql("""
                INSERT INTO kvkk_requests (kind, reader_id, subject, subject_hash, detail, requested_at, due_at)
                VALUES (:kind, :reader, :subject, :hash, :detail, :now, :due)
                RETURNING id""")
            .param("kind", kind.name())
            .param("reader", reader.id(), Types.BIGINT)
            .param("subject", ReaderMail.mask(reader.email()))
            .param("hash", keys.hash("kvkk", reader.email()))
            .param("detail", detail)
            .param("now", Timestamps.param(now))
            .param("due", Timestamps.param(now.plus(KvkkRequest.ANSWER_WITHIN)))
            .query(Long.class)
            .single();
    }

    void done(long id, String detail) {
        db.sql("UPDATE kvkk_requests SET done_at = :now, detail = :detail WHERE id = :id AND done_at IS NULL")
            .param("now", Timestamps.param(clock.instant()))
            .param("detail", detail)
            .param("id", id)
            .update();
    }

    /** Open requests first (oldest deadline first), then the rest, newest first. */
    List<KvkkRequest> page(int limit, int offset) {
        return db.sql("""
                SELECT id, kind, subject, detail, requested_at, due_at, done_at FROM kvkk_requests
                ORDER BY CASE WHEN done_at IS NULL THEN 0 ELSE 1 END, CASE WHEN done_at IS NULL THEN due_at END, requested_at DESC, id DESC
                LIMIT :limit OFFSET :offset""")
            .param("limit", limit)
            .param("offset", offset)
            .query(KvkkLog::toRequest)
            .list();
    }

    long count() {
        return db.sql("SELECT COUNT(*) FROM kvkk_requests").query(Long.class).single();
    }

    /** One reader's requests, for their own data export. */
    List<KvkkRequest> of(long readerId) {
        return db.sql("SELECT id, kind, subject, detail, requested_at, due_at, done_at FROM kvkk_requests WHERE reader_id = :reader ORDER BY id")
            .param("reader", readerId)
            .query(KvkkLog::toRequest)
            .list();
    }

    private static KvkkRequest toRequest(ResultSet rs, int row) throws SQLException {
        return new KvkkRequest(rs.getLong("id"), KvkkRequest.Kind.valueOf(rs.getString("kind")), rs.getString("subject"),
            rs.getString("detail"), Timestamps.read(rs, "requested_at"), Timestamps.read(rs, "due_at"), Timestamps.read(rs, "done_at"));
    }
}
