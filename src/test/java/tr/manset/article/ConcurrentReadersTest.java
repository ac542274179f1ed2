package tr.manset.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.TestDatabase;

/**
 * With the smallest pool, a page that ever holds two connections at once waits for itself and
 * fails: every reader page must be served one query at a time.
 */
@SiteTest
class ConcurrentReadersTest {

    /** Flyway needs two connections on PostgreSQL; there the many-readers test does the catching. */
    @DynamicPropertySource
    static void smallestPool(DynamicPropertyRegistry registry) {
        registry.add("manset.db.pool-size", () -> TestDatabase.postgresql() ? 2 : 1);
    }

    static final int READERS = 48;

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;

    @Test
    void servesEveryReaderPageWithOneDatabaseConnection() {
        Article story = fixtures.story("Tek bağlantıyla okunan haber").tagged("Yoğun ilgi").publish();
        for (String path : List.of("/", "/gundem", story.path("gundem"), "/etiket/yogun-ilgi", "/yazar/deniz-yilmaz",
                "/rss.xml", "/gundem/rss.xml", "/abone-ol", "/olmayan")) {
            assertThat(browser.get(path).statusCode()).as(path).isIn(200, 404);
        }
        assertThat(browser.get(story.path("gundem")).statusCode()).isEqualTo(200);
    }

    @Test
    void servesManyReadersOfOneStoryAtOnce() {
        Article story = fixtures.story("Aynı anda okunan haber").publish();
        URI uri = URI.create(browser.base() + story.path("gundem"));
        try (HttpClient client = HttpClient.newHttpClient()) {
            List<CompletableFuture<HttpResponse<String>>> responses = IntStream.range(0, READERS)
                .mapToObj(i -> client.sendAsync(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
            assertThat(responses.stream().map(CompletableFuture::join).map(HttpResponse::statusCode))
                .hasSize(READERS)
                .containsOnly(200);
        }
    }
}
