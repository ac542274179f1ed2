package tr.manset.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tr.manset.MansetApplication;
import tr.manset.TestDatabase;
import tr.manset.article.Article;
import tr.manset.article.Block;
import tr.manset.article.Body;
import tr.manset.article.Content;
import tr.manset.article.NewsDesk;
import tr.manset.author.Authors;
import tr.manset.category.Categories;
import tr.manset.category.Category;
import tr.manset.comment.CommentMode;
import tr.manset.staff.Role;
import tr.manset.staff.StaffAccounts;
import tr.manset.staff.StaffMember;

/**
 * Two nodes of the application, each with its own data directory and search index, on one
 * PostgreSQL database: what is published, changed or withdrawn through node A is searchable (and
 * readable) on node B within two seconds.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTest {

    static final Duration WITHIN = Duration.ofSeconds(2);

    ConfigurableApplicationContext nodeA;
    ConfigurableApplicationContext nodeB;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    void startTwoNodes() throws IOException {
        assumeTrue(TestDatabase.postgresql(), "several nodes share a PostgreSQL database (the PostgreSQL lane)");
        String url = TestDatabase.newPostgresDatabase();
        nodeA = node(url);
        nodeB = node(url);
    }

    @AfterAll
    void stop() {
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
    }

    private static ConfigurableApplicationContext node(String url) throws IOException {
        // Arguments, not default properties: they must win over application.properties.
        return new SpringApplicationBuilder(MansetApplication.class).run(
            "--server.port=0", "--manset.demo=false", "--manset.scheduler.initial-delay=PT1H",
            "--manset.admin.password=first-admin-password",
            "--manset.data-dir=" + Files.createTempDirectory("manset-node-"),
            "--manset.db.url=" + url, "--manset.db.user=postgres", "--manset.db.password=");
    }

    @Test
    void whatNodeAPublishesIsSearchableOnNodeBWithinTwoSeconds() throws Exception {
        Category section = nodeA.getBean(Categories.class).create("İki Sunucu", "Deneme bölümü.", 1);
        long author = nodeA.getBean(Authors.class).create("Ece Ulu", "Muhabir", "Deneme yazarı.", null).id();
        StaffMember chief = nodeA.getBean(StaffAccounts.class)
            .create("sef@iki.test", "Şef", Role.EDITOR_IN_CHIEF, "uzun-bir-parola-1", Set.of());
        NewsDesk deskA = nodeA.getBean(NewsDesk.class);
        Article draft = deskA.create(new Content("Kuşadası limanında kruvaziyer sezonu açıldı", "İlk gemi yanaştı.",
            Body.of(new Block.Paragraph("Kuşadası limanı bu yıl 300 gemi bekliyor.")), section.id(), List.of(author),
            List.of(), "", null, null, CommentMode.OPEN), chief, "");

        Instant published = Instant.now();
        Article story = deskA.publish(draft.id(), chief, "");
        Duration took = until(nodeB, "/api/v1/search?q=kusadasi", body -> body.contains("\"id\":" + story.id()));
        assertThat(took).isLessThan(WITHIN);
        assertThat(get(nodeB, story.path(section.slug())).statusCode()).isEqualTo(200);
        assertThat(Duration.between(published, Instant.now())).isLessThan(WITHIN.plusSeconds(1));

        deskA.unpublish(story.id(), chief, "");
        Duration gone = until(nodeB, "/api/v1/search?q=kusadasi", body -> !body.contains("\"id\":" + story.id()));
        assertThat(gone).isLessThan(WITHIN);
        System.out.printf("two nodes: searchable on node B after %d ms, gone after %d ms%n", took.toMillis(), gone.toMillis());
        assertThat(get(nodeB, story.path(section.slug())).statusCode()).isEqualTo(410);
    }

    /** How long until node's answer to path satisfies the test; fails after twice the allowance. */
    private Duration until(ConfigurableApplicationContext node, String path, Predicate<String> test) throws Exception {
        Instant start = Instant.now();
        while (Duration.between(start, Instant.now()).compareTo(WITHIN.multipliedBy(2)) < 0) {
            if (test.test(get(node, path).body())) {
                return Duration.between(start, Instant.now());
            }
            Thread.sleep(50);
        }
        throw new AssertionError(path + " on the other node did not change within " + WITHIN.multipliedBy(2));
    }

    private HttpResponse<String> get(ConfigurableApplicationContext node, String path) throws Exception {
        String port = node.getEnvironment().getProperty("local.server.port");
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }
}
