package tr.manset.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.SiteTest;

/**
 * The queries behind every article page read their index ranges, with and without SQLite's
 * statistics: a full scan here made a story's page slow once another story had 100,000 comments
 * (bench/comments-page.sh measures the pages themselves).
 */
@SiteTest
class CommentQueryPlanTest {

    @Autowired JdbcClient db;

    @Test
    void articlePageQueriesUseTheirIndexesOnSqlite() {
        assumeFalse("postgresql".equals(System.getProperty("manset.test.db")), "EXPLAIN QUERY PLAN is SQLite's");
        List<String> pages = java.util.Arrays.stream(CommentSort.values())
            .flatMap(sort -> java.util.stream.Stream.of(CommentStore.topLevelSql(sort, false), CommentStore.topLevelSql(sort, true)))
            .map(sql -> sql.replace(":article", "1").replace(":limit", "11").replace(":likes", "3").replace(":id", "500"))
            .toList();
        String replies = CommentStore.REPLIES.replace(":parents", "1, 2, 3");
        for (String page : pages) {
            assertThat(plan(page)).as(page).contains("comments_thread").doesNotContain("SCAN");
        }
        assertThat(plan(replies)).contains("comments_replies").doesNotContain("SCAN");

        db.sql("ANALYZE").update();
        try {
            for (String page : pages) {
                assertThat(plan(page)).as(page).contains("comments_thread").doesNotContain("SCAN");
            }
            assertThat(plan(replies)).contains("comments_replies").doesNotContain("SCAN");
        } finally {
            db.sql("DELETE FROM sqlite_stat1").update();
        }
    }

    private String plan(String sql) {
        List<String> steps = db.sql("EXPLAIN QUERY PLAN " + sql).query((rs, row) -> rs.getString("detail")).list();
        return String.join(" | ", steps);
    }
}
