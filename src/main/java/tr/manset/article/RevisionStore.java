package tr.manset.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.system.storage.Timestamps;

/** Every save of a story's content, kept whole as JSON so any of them can be shown or restored. */
@Repository
class RevisionStore {

    private final JdbcClient db;
    private final JsonMapper json;

    RevisionStore(JdbcClient db, JsonMapper json) {
        this.db = db;
        this.json = json;
    }

    void insert(long articleId, int version, Content content, Long staffId, Instant at) {
        db.sql("""
                INSERT INTO article_revisions (article_id, version, snapshot, staff_id, created_at)
                VALUES (:articleId, :version, :snapshot, :staffId, :at)
                ON CONFLICT (article_id, version) DO NOTHING
                """)
            .param("articleId", articleId)
            .param("version", version)
            .param("snapshot", json.writeValueAsString(content))
            .param("staffId", staffId, Types.BIGINT)
            .param("at", Timestamps.param(at))
            .update();
    }

    /** Newest first. */
    List<Revision> findAll(long articleId) {
        return db.sql("""
                SELECT r.article_id, r.version, r.snapshot, r.staff_id, s.name AS staff_name, r.created_at
                FROM article_revisions r
                LEFT JOIN staff s ON s.id = r.staff_id
                WHERE r.article_id = :articleId
                ORDER BY r.version DESC
                """)
            .param("articleId", articleId)
            .query(this::toRevision)
            .list();
    }

    Optional<Revision> find(long articleId, int version) {
        return db.sql("""
                SELECT r.article_id, r.version, r.snapshot, r.staff_id, s.name AS staff_name, r.created_at
                FROM article_revisions r
                LEFT JOIN staff s ON s.id = r.staff_id
                WHERE r.article_id = :articleId AND r.version = :version
                """)
            .param("articleId", articleId)
            .param("version", version)
            .query(this::toRevision)
            .optional();
    }

    /** The earliest revision after {@code version}, if there is one. */
    Optional<Revision> firstAfter(long articleId, int version) {
        return db.sql("""
                SELECT r.article_id, r.version, r.snapshot, r.staff_id, s.name AS staff_name, r.created_at
                FROM article_revisions r
                LEFT JOIN staff s ON s.id = r.staff_id
                WHERE r.article_id = :articleId AND r.version > :version
                ORDER BY r.version
                LIMIT 1
                """)
            .param("articleId", articleId)
            .param("version", version)
            .query(this::toRevision)
            .optional();
    }

    /** The latest revision of a story, if it has any. */
    Optional<Revision> newest(long articleId) {
        return db.sql("""
                SELECT r.article_id, r.version, r.snapshot, r.staff_id, s.name AS staff_name, r.created_at
                FROM article_revisions r
                LEFT JOIN staff s ON s.id = r.staff_id
                WHERE r.article_id = :articleId
                ORDER BY r.version DESC
                LIMIT 1
                """)
            .param("articleId", articleId)
            .query(this::toRevision)
            .optional();
    }

    /** Moves a revision to a later version with new content; who saved it and when it began stay. */
    void fold(long articleId, int version, int newVersion, Content content) {
        db.sql("""
                UPDATE article_revisions
                SET version = :newVersion, snapshot = :snapshot
                WHERE article_id = :articleId AND version = :version
                """)
            .param("articleId", articleId)
            .param("version", version)
            .param("newVersion", newVersion)
            .param("snapshot", json.writeValueAsString(content))
            .update();
    }

    private Revision toRevision(ResultSet rs, int row) throws SQLException {
        long staffId = rs.getLong("staff_id");
        Long staff = rs.wasNull() ? null : staffId;
        String name = rs.getString("staff_name");
        return new Revision(rs.getLong("article_id"), rs.getInt("version"),
            json.readValue(rs.getString("snapshot"), Content.class), staff, name == null ? "Sistem" : name,
            Timestamps.read(rs, "created_at"));
    }
}
