package tr.manset.comment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tr.manset.system.web.Paged;

/**
 * The moderators' queues: waiting, reported (most reports and most severe reasons first),
 * approved, rejected and hidden; site-wide or for one story, each comment with its context.
 */
@Service
public class ModerationQueue {

    public enum Queue {
        PENDING("bekleyen", "Bekleyen"),
        REPORTED("sikayet", "Şikayet edilen"),
        PUBLISHED("onaylanan", "Onaylanan"),
        REJECTED("reddedilen", "Reddedilen"),
        HIDDEN("gizlenen", "Gizlenen");

        private final String param;
        private final String label;

        Queue(String param, String label) {
            this.param = param;
            this.label = label;
        }

        public String param() {
            return param;
        }

        public String label() {
            return label;
        }

        public static Queue parse(String value) {
            for (Queue queue : values()) {
                if (queue.param.equals(value)) {
                    return queue;
                }
            }
            return PENDING;
        }
    }

    /** A commenter's record: how many of their comments are in each state. */
    public record History(int published, int pending, int rejected, int hidden) {

        public int total() {
            return published + pending + rejected + hidden;
        }
    }

    public record ReportSummary(int open, List<String> reasons, List<String> notes) {}

    /** One comment in a queue with what a moderator needs to decide. */
    public record Item(Comment comment, CommentedArticle article, Comment parent, History history,
                       ReportSummary reports) {

        public String html() {
            return CommentText.html(comment.body());
        }
    }

    private static final String SEVERITY = """
        CASE reason WHEN 'ILLEGAL' THEN 7 WHEN 'PERSONAL_DATA' THEN 6 WHEN 'HATE' THEN 5 WHEN 'INSULT' THEN 4
                    WHEN 'FALSE_INFORMATION' THEN 3 WHEN 'SPAM' THEN 2 ELSE 1 END""";

    private final JdbcClient db;
    private final CommentStore store;
    private final CommentedArticles articles;

    ModerationQueue(JdbcClient db, CommentStore store, CommentedArticles articles) {
        this.db = db;
        this.store = store;
        this.articles = articles;
    }

    public Map<Queue, Integer> counts(Long articleId) {
        Map<Queue, Integer> counts = new HashMap<>();
        db.sql("SELECT status, COUNT(*) AS n FROM comments WHERE (:article IS NULL OR article_id = :article) GROUP BY status")
            .param("article", articleId, java.sql.Types.BIGINT)
            .query((rs, row) -> Map.entry(CommentStatus.valueOf(rs.getString("status")), rs.getInt("n")))
            .list()
            .forEach(e -> counts.put(Queue.valueOf(e.getKey().name()), e.getValue()));
        counts.put(Queue.REPORTED, db.sql("""
                SELECT COUNT(DISTINCT r.comment_id) FROM comment_reports r JOIN comments c ON c.id = r.comment_id
                WHERE r.resolved_at IS NULL AND (:article IS NULL OR c.article_id = :article)
                """)
            .param("article", articleId, java.sql.Types.BIGINT)
            .query(Integer.class)
            .single());
        return counts;
    }

    public Paged<Item> page(Queue queue, Long articleId, int page, int size) {
        List<Long> ids = switch (queue) {
            case REPORTED -> db.sql("""
                    SELECT r.comment_id FROM comment_reports r JOIN comments c ON c.id = r.comment_id
                    WHERE r.resolved_at IS NULL AND (:article IS NULL OR c.article_id = :article)
                    GROUP BY r.comment_id
                    ORDER BY COUNT(*) DESC, MAX(""" + SEVERITY + """
                    ) DESC, r.comment_id
                    LIMIT :limit OFFSET :offset
                    """)
                .param("article", articleId, java.sql.Types.BIGINT)
                .param("limit", size)
                .param("offset", Paged.offset(page, size))
                .query(Long.class)
                .list();
            default -> db.sql("SELECT id FROM comments WHERE status = :status AND (:article IS NULL OR article_id = :article)"
                    + (queue == Queue.PENDING ? " ORDER BY id" : " ORDER BY id DESC") + " LIMIT :limit OFFSET :offset")
                .param("status", queue.name())
                .param("article", articleId, java.sql.Types.BIGINT)
                .param("limit", size)
                .param("offset", Paged.offset(page, size))
                .query(Long.class)
                .list();
        };
        int total = counts(articleId).getOrDefault(queue, 0);
        return new Paged<>(items(ids), page, size, total);
    }

    /** A commenter's comments, newest first, in context. */
    public List<Item> byCommenter(String commenter, int limit) {
        return items(store.byCommenter(commenter, limit).stream().map(Comment::id).toList());
    }

    public History history(String commenter) {
        return histories(List.of(commenter)).getOrDefault(commenter, new History(0, 0, 0, 0));
    }

    private List<Item> items(List<Long> ids) {
        Map<Long, Comment> comments = new HashMap<>();
        store.find(ids).forEach(c -> comments.put(c.id(), c));
        List<Comment> ordered = ids.stream().map(comments::get).filter(c -> c != null).toList();
        Map<Long, Comment> parents = new HashMap<>();
        store.find(ordered.stream().map(Comment::parentId).filter(p -> p != null).distinct().toList())
            .forEach(p -> parents.put(p.id(), p));
        Map<Long, CommentedArticle> stories = articles.find(ordered.stream().map(Comment::articleId).toList());
        Map<String, History> histories = histories(ordered.stream().map(Comment::commenter).distinct().toList());
        Map<Long, ReportSummary> reports = reports(ids);
        List<Item> items = new ArrayList<>();
        for (Comment comment : ordered) {
            items.add(new Item(comment, stories.get(comment.articleId()),
                comment.parentId() == null ? null : parents.get(comment.parentId()),
                histories.getOrDefault(comment.commenter(), new History(0, 0, 0, 0)),
                reports.getOrDefault(comment.id(), new ReportSummary(0, List.of(), List.of()))));
        }
        return items;
    }

    private Map<String, History> histories(Collection<String> commenters) {
        Map<String, int[]> counts = new HashMap<>();
        if (!commenters.isEmpty()) {
            db.sql("SELECT commenter, status, COUNT(*) AS n FROM comments WHERE commenter IN (:commenters) GROUP BY commenter, status")
                .param("commenters", List.copyOf(commenters))
                .query((rs, row) -> new Object[] {rs.getString("commenter"), rs.getString("status"), rs.getInt("n")})
                .list()
                .forEach(row -> counts.computeIfAbsent((String) row[0], k -> new int[4])
                    [CommentStatus.valueOf((String) row[1]).ordinal()] = (Integer) row[2]);
        }
        Map<String, History> histories = new HashMap<>();
        counts.forEach((commenter, n) -> histories.put(commenter, new History(
            n[CommentStatus.PUBLISHED.ordinal()], n[CommentStatus.PENDING.ordinal()],
            n[CommentStatus.REJECTED.ordinal()], n[CommentStatus.HIDDEN.ordinal()])));
        return histories;
    }

    private Map<Long, ReportSummary> reports(List<Long> ids) {
        Map<Long, ReportSummary> summaries = new HashMap<>();
        if (ids.isEmpty()) {
            return summaries;
        }
        db.sql("""
                SELECT comment_id, reason, note FROM comment_reports
                WHERE comment_id IN (:ids) AND resolved_at IS NULL ORDER BY id
                """)
            .param("ids", ids)
            .query((rs, row) -> new Object[] {rs.getLong("comment_id"), rs.getString("reason"), rs.getString("note")})
            .list()
            .forEach(row -> {
                long id = (Long) row[0];
                ReportSummary before = summaries.getOrDefault(id, new ReportSummary(0, List.of(), List.of()));
                List<String> reasons = new ArrayList<>(before.reasons());
                reasons.add(ReportReason.valueOf((String) row[1]).label());
                List<String> notes = new ArrayList<>(before.notes());
                if (!((String) row[2]).isBlank()) {
                    notes.add((String) row[2]);
                }
                summaries.put(id, new ReportSummary(before.open() + 1, reasons, notes));
            });
        return summaries;
    }
}
