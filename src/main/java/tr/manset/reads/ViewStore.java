package tr.manset.reads;

import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tr.manset.system.storage.Timestamps;

/** The article_views table: views per story per hour. */
@Repository
class ViewStore {

    /** One story's views in one hour, as the counter hands them over. */
    record Bucket(long articleId, Instant hour) {}

    private static final String ADD = """
            INSERT INTO article_views (article_id, hour, views)
            VALUES (:articleId, :hour, :views)
            ON CONFLICT (article_id, hour) DO UPDATE SET views = article_views.views + excluded.views
            """;

    private final JdbcClient db;
    private final NamedParameterJdbcTemplate batch;

    ViewStore(JdbcClient db, NamedParameterJdbcTemplate batch) {
        this.db = db;
        this.batch = batch;
    }

    /** Adds views to their buckets, as one JDBC batch (JdbcClient has none); the caller holds the transaction. */
    void add(Map<Bucket, Long> views) {
        SqlParameterSource[] rows = views.entrySet().stream()
            .map(e -> new MapSqlParameterSource()
                .addValue("articleId", e.getKey().articleId())
                .addValue("hour", Timestamps.param(e.getKey().hour()), Types.TIMESTAMP)
                .addValue("views", e.getValue()))
            .toArray(SqlParameterSource[]::new);
        batch.batchUpdate(ADD, rows);
    }

    /** The most-read stories since the start of this hour: most views first, then the newer story id. */
    List<ArticleViews> top(Instant since, int limit) {
        return db.sql("""
                SELECT article_id, SUM(views) AS total
                FROM article_views
                WHERE hour >= :since
                GROUP BY article_id
                ORDER BY total DESC, article_id DESC
                LIMIT :limit
                """)
            .param("since", Timestamps.param(since), Types.TIMESTAMP)
            .param("limit", limit)
            .query((rs, row) -> new ArticleViews(rs.getLong("article_id"), rs.getLong("total")))
            .list();
    }
}
