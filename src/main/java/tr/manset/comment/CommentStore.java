package tr.manset.comment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** Comments, votes and reports in SQL. Counts on comments and per article are kept by triggers. */
@Repository
class CommentStore {

    static final String COLUMNS = """
        id, article_id, parent_id, commenter, name, email, ip_hash, body, status, rule, created_at,
        decided_at, decided_by, decision_note, likes, dislikes, reports, reader_id, reply_to_id""";

    private final JdbcClient db;

    CommentStore(JdbcClient db) {
        this.db = db;
    }

    record NewComment(long articleId, Long parentId, String commenter, String name, String email, String ipHash,
                      String body, String fingerprint, CommentStatus status, String rule, Instant at, Long readerId,
                      Long replyToId) {}

    long insert(NewComment comment) {
        KeyHolder key = new GeneratedKeyHolder();
        db.sql("""
                INSERT INTO comments (article_id, parent_id, commenter, name, email, ip_hash, body, fingerprint,
                                      status, rule, created_at, reader_id, reply_to_id)
                VALUES (:articleId, :parentId, :commenter, :name, :email, :ipHash, :body, :fingerprint,
                        :status, :rule, :at, :readerId, :replyToId)
                """)
            .param("articleId", comment.articleId())
            .param("parentId", comment.parentId(), Types.BIGINT)
            .param("commenter", comment.commenter())
            .param("name", comment.name())
            .param("email", comment.email(), Types.VARCHAR)
            .param("ipHash", comment.ipHash())
            .param("body", comment.body())
            .param("fingerprint", comment.fingerprint())
            .param("status", comment.status().name())
            .param("rule", comment.rule())
            .param("at", Timestamps.param(comment.at()))
            .param("readerId", comment.readerId(), Types.BIGINT)
            .param("replyToId", comment.replyToId(), Types.BIGINT)
            .update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    Optional<Comment> find(long id) {
        return db.sql("SELECT " + COLUMNS + " FROM comments WHERE id = :id")
            .param("id", id)
            .query(CommentStore::toComment)
            .optional();
    }

    List<Comment> find(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return db.sql("SELECT " + COLUMNS + " FROM comments WHERE id IN (:ids)")
            .param("ids", List.copyOf(ids))
            .query(CommentStore::toComment)
            .list();
    }

    int publishedCount(long articleId) {
        return db.sql("SELECT published FROM comment_counts WHERE article_id = :id")
            .param("id", articleId)
            .query(Integer.class)
            .optional()
            .orElse(0);
    }

    /** Published comments that are not replies, one page in the given order after the cursor. */
    List<Comment> topLevel(long articleId, CommentSort sort, Cursor after, int limit) {
        var statement = db.sql(topLevelSql(sort, after != null))
            .param("article", articleId)
            .param("limit", limit);
        if (after != null) {
            statement = statement.param("id", after.id());
            if (sort == CommentSort.MOST_LIKED) {
                statement = statement.param("likes", after.likes());
            }
        }
        return statement.query(CommentStore::toComment).list();
    }

    /** The keyset query for a page of threads; each order reads its own index (CommentQueryPlanTest). */
    static String topLevelSql(CommentSort sort, boolean afterCursor) {
        String order = switch (sort) {
            case NEWEST -> " ORDER BY id DESC";
            case OLDEST -> " ORDER BY id";
            case MOST_LIKED -> " ORDER BY likes DESC, id DESC";
        };
        String keyset = !afterCursor ? "" : switch (sort) {
            case NEWEST -> " AND id < :id";
            case OLDEST -> " AND id > :id";
            case MOST_LIKED -> " AND (likes < :likes OR (likes = :likes AND id < :id))";
        };
        return "SELECT " + COLUMNS + """
             FROM comments
            WHERE article_id = :article AND status = 'PUBLISHED' AND parent_id IS NULL""" + keyset + order
            + " LIMIT :limit";
    }

    /**
     * Published replies to these comments, by parent, oldest first. The order follows the
     * comments_replies index so that SQLite always reads that index, with or without statistics.
     */
    List<Comment> replies(Collection<Long> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return db.sql(REPLIES)
            .param("parents", List.copyOf(parentIds))
            .query(CommentStore::toComment)
            .list();
    }

    static final String REPLIES = "SELECT " + COLUMNS + """
         FROM comments
        WHERE parent_id IN (:parents) AND parent_id IS NOT NULL AND status = 'PUBLISHED'
        ORDER BY parent_id, id""";

    /** Changes the status; false when the comment is not (or no longer) in one of the expected states. */
    boolean decide(long id, Collection<CommentStatus> from, CommentStatus to, String by, String note, Instant at) {
        return db.sql("""
                UPDATE comments SET status = :to, decided_at = :at, decided_by = :by, decision_note = :note
                WHERE id = :id AND status IN (:from)
                """)
            .param("to", to.name())
            .param("at", Timestamps.param(at))
            .param("by", by)
            .param("note", note)
            .param("id", id)
            .param("from", from.stream().map(Enum::name).toList())
            .update() == 1;
    }

    /** Hides a published comment for a rule (too many reports) until a moderator decides. */
    boolean hideByRule(long id, String rule) {
        return db.sql("UPDATE comments SET status = 'HIDDEN', rule = :rule WHERE id = :id AND status = 'PUBLISHED'")
            .param("rule", rule)
            .param("id", id)
            .update() == 1;
    }

    /** A vote; the same vote again changes nothing, the other vote replaces it. True when something changed. */
    boolean vote(long commentId, String voter, int value, Instant at) {
        int inserted = db.sql("""
                INSERT INTO comment_votes (comment_id, voter, value, created_at)
                VALUES (:comment, :voter, :value, :at)
                ON CONFLICT (comment_id, voter) DO NOTHING
                """)
            .param("comment", commentId)
            .param("voter", voter)
            .param("value", value)
            .param("at", Timestamps.param(at))
            .update();
        if (inserted == 1) {
            return true;
        }
        return db.sql("UPDATE comment_votes SET value = :value WHERE comment_id = :comment AND voter = :voter AND value <> :value")
            .param("value", value)
            .param("comment", commentId)
            .param("voter", voter)
            .update() == 1;
    }

    /** One report per reader per comment: false when this reader reported it already. */
    boolean report(long commentId, String reporter, ReportReason reason, String note, Instant at) {
        return db.sql("""
                INSERT INTO comment_reports (comment_id, reporter, reason, note, created_at)
                VALUES (:comment, :reporter, :reason, :note, :at)
                ON CONFLICT (comment_id, reporter) DO NOTHING
                """)
            .param("comment", commentId)
            .param("reporter", reporter)
            .param("reason", reason.name())
            .param("note", note)
            .param("at", Timestamps.param(at))
            .update() == 1;
    }

    int openReports(long commentId) {
        return db.sql("SELECT COUNT(*) FROM comment_reports WHERE comment_id = :id AND resolved_at IS NULL")
            .param("id", commentId)
            .query(Integer.class)
            .single();
    }

    void resolveReports(long commentId, Instant at) {
        db.sql("UPDATE comment_reports SET resolved_at = :at WHERE comment_id = :id AND resolved_at IS NULL")
            .param("at", Timestamps.param(at))
            .param("id", commentId)
            .update();
    }

    int countByCommenter(String commenter, CommentStatus status) {
        return db.sql("SELECT COUNT(*) FROM comments WHERE commenter = :commenter AND status = :status")
            .param("commenter", commenter)
            .param("status", status.name())
            .query(Integer.class)
            .single();
    }

    int countByCommenterSince(String commenter, Instant since) {
        return db.sql("SELECT COUNT(*) FROM comments WHERE commenter = :commenter AND created_at >= :since")
            .param("commenter", commenter)
            .param("since", Timestamps.param(since))
            .query(Integer.class)
            .single();
    }

    /** The same text by this commenter under this story, in any state but rejected. */
    boolean postedBefore(String commenter, long articleId, String fingerprint) {
        return db.sql("""
                SELECT COUNT(*) FROM comments
                WHERE fingerprint = :fingerprint AND commenter = :commenter AND article_id = :article
                  AND status <> 'REJECTED'
                """)
            .param("fingerprint", fingerprint)
            .param("commenter", commenter)
            .param("article", articleId)
            .query(Integer.class)
            .single() > 0;
    }

    /** How often this text was posted since then by anyone (spam copied across stories). */
    int sameTextSince(String fingerprint, Instant since) {
        return db.sql("SELECT COUNT(*) FROM comments WHERE fingerprint = :fingerprint AND created_at >= :since")
            .param("fingerprint", fingerprint)
            .param("since", Timestamps.param(since))
            .query(Integer.class)
            .single();
    }

    /** A commenter's comments, newest first, for the moderator's view of their history. */
    List<Comment> byCommenter(String commenter, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM comments WHERE commenter = :commenter ORDER BY id DESC LIMIT :limit")
            .param("commenter", commenter)
            .param("limit", limit)
            .query(CommentStore::toComment)
            .list();
    }

    /** A reader's comments, newest first, for "Yorumlarım". */
    List<Comment> byReader(long readerId, int limit, int offset) {
        return db.sql("SELECT " + COLUMNS + " FROM comments WHERE reader_id = :reader ORDER BY id DESC LIMIT :limit OFFSET :offset")
            .param("reader", readerId)
            .param("limit", limit)
            .param("offset", offset)
            .query(CommentStore::toComment)
            .list();
    }

    int countByReader(long readerId) {
        return db.sql("SELECT COUNT(*) FROM comments WHERE reader_id = :reader")
            .param("reader", readerId)
            .query(Integer.class)
            .single();
    }

    static Comment toComment(ResultSet rs, int row) throws SQLException {
        long parent = rs.getLong("parent_id");
        Long parentId = rs.wasNull() ? null : parent;
        long reader = rs.getLong("reader_id");
        Long readerId = rs.wasNull() ? null : reader;
        long replyTo = rs.getLong("reply_to_id");
        Long replyToId = rs.wasNull() ? null : replyTo;
        return new Comment(rs.getLong("id"), rs.getLong("article_id"), parentId, rs.getString("commenter"),
            rs.getString("name"), rs.getString("email"), rs.getString("ip_hash"), rs.getString("body"),
            CommentStatus.valueOf(rs.getString("status")), rs.getString("rule"), Timestamps.read(rs, "created_at"),
            Timestamps.read(rs, "decided_at"), rs.getString("decided_by"), rs.getString("decision_note"),
            rs.getInt("likes"), rs.getInt("dislikes"), rs.getInt("reports"), readerId, replyToId);
    }

    static <T> List<T> page(List<T> rows, int size) {
        return rows.size() > size ? new ArrayList<>(rows.subList(0, size)) : rows;
    }
}
