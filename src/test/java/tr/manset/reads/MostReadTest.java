package tr.manset.reads;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Browser;
import tr.manset.MutableClock;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.MostReadLists;
import tr.manset.article.MostReadStories;
import tr.manset.article.Teaser;
import tr.manset.category.Category;

@SiteTest
@Import(MostReadTest.FixedClock.class)
class MostReadTest {

    // Monday 7 December 2026, 09:20 in Istanbul. Each test starts at its own day, far from the
    // others, so no test sees another's lists (they are kept for a minute of this clock).
    static final Instant START = Instant.parse("2026-12-07T06:20:00Z");
    static final String PHONE = "Mozilla/5.0 (Linux; Android 14; SM-A546B) AppleWebKit/537.36 (KHTML, like Gecko) "
        + "Chrome/131.0.0.0 Mobile Safari/537.36";

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(START);
        }
    }

    @Autowired MutableClock clock;
    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired ViewCounter counter;
    @Autowired MostReadStories mostRead;
    @Autowired JdbcClient db;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void nothingCountedYet() {
        counter.flush();
        db.sql("DELETE FROM article_views").update();
    }

    @Test
    void beaconsAndPixelsAreCountedInMemoryAndWrittenByAFlush() {
        clock.set(START);
        Article story = fixtures.story("Kent merkezinde yeni park açıldı").publish();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> beacon = beacon(story.id());
            assertThat(beacon.statusCode()).isEqualTo(204);
            assertThat(beacon.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(beacon.body()).isEmpty();
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<byte[]> pixel = pixel(story.id(), PHONE);
            assertThat(pixel.statusCode()).isEqualTo(200);
            assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
            assertThat(pixel.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(new String(pixel.body(), 0, 6, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("GIF89a");
        }
        // A HEAD request for the pixel is no reading.
        assertThat(send(HttpRequest.newBuilder(URI.create(browser.base() + "/okunma/" + story.id() + ".gif"))
            .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("User-Agent", PHONE), HttpResponse.BodyHandlers.discarding())
            .statusCode()).isEqualTo(200);

        assertThat(rows()).as("no database write per view").isZero();

        assertThat(counter.flush()).isEqualTo(5);
        assertThat(views(story.id())).isEqualTo(5);
        assertThat(rows()).isEqualTo(1);

        beacon(story.id());
        beacon(story.id());
        clock.advance(Duration.ofMinutes(10));
        beacon(story.id());
        assertThat(counter.flush()).isEqualTo(3);
        assertThat(views(story.id())).isEqualTo(8);
        assertThat(rows()).as("the same hour's bucket grows").isEqualTo(1);

        clock.advance(Duration.ofHours(1));
        beacon(story.id());
        assertThat(counter.flush()).isEqualTo(1);
        assertThat(rows()).as("a new hour, a new bucket").isEqualTo(2);

        assertThat(counter.flush()).as("what was written is not written again").isZero();
        assertThat(views(story.id())).isEqualTo(9);
    }

    @Test
    void robotsAndUnknownOrUnpublishedStoriesCountNothing() {
        clock.set(START.plus(Duration.ofDays(20)));
        Article story = fixtures.story("Robotların okumadığı haber").publish();
        Article draft = fixtures.story("Henüz yayımlanmamış haber").saveAsDraft();

        for (String robot : List.of(
                "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
                "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
                "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
                "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/131.0.0.0 Safari/537.36",
                "Mozilla/5.0 (compatible; Yahoo! Slurp; http://help.yahoo.com/help/us/ysearch/slurp)",
                "Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)",
                "")) {
            assertThat(beacon(story.id(), robot).statusCode()).as(robot).isEqualTo(204);
            assertThat(pixel(story.id(), robot).statusCode()).as(robot).isEqualTo(200);
        }
        assertThat(beacon(987_654_321L).statusCode()).isEqualTo(204);
        assertThat(pixel(987_654_321L, PHONE).statusCode()).isEqualTo(200);
        assertThat(beacon(draft.id()).statusCode()).isEqualTo(204);

        assertThat(counter.flush()).isZero();
        assertThat(rows()).isZero();
        assertThat(counter.flush()).as("the unknown ids left memory with the first flush").isZero();
    }

    @Test
    void aBeaconFromAnotherSiteIsRefused() {
        clock.set(START.plus(Duration.ofDays(40)));
        Article story = fixtures.story("Başka siteden sayılmayan haber").publish();

        HttpResponse<String> forged = beacon(story.id(), PHONE, "Origin", "https://kotu.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(beacon(story.id(), PHONE, "Sec-Fetch-Site", "cross-site").statusCode()).isEqualTo(403);
        assertThat(beacon(story.id(), PHONE, "Origin", browser.base(), "Sec-Fetch-Site", "same-origin").statusCode())
            .isEqualTo(204);

        assertThat(counter.flush()).isEqualTo(1);
        assertThat(views(story.id())).isEqualTo(1);
    }

    @Test
    void listsTheLast24HoursAndTheLast7DaysMostReadFirstAndTheNewerStoryOnATie() {
        Instant start = START.plus(Duration.ofDays(60));
        Category category = fixtures.category("Okunanlar Pencere");
        // Made in this order so that the newer story has the smaller id: a tie is settled by
        // publication time, not by id.
        Article newer = fixtures.story("Pencerede yeni haber").in(category).publishedAt(start.minus(Duration.ofDays(2))).publish();
        Article older = fixtures.story("Pencerede eski haber").in(category).publishedAt(start.minus(Duration.ofDays(10))).publish();
        Article weekly = fixtures.story("Haftanın haberi").in(category).publishedAt(start.minus(Duration.ofDays(9))).publish();

        clock.set(start.minus(Duration.ofDays(3)));
        read(weekly, 5);
        counter.flush();
        clock.set(start);
        read(older, 3);
        read(newer, 3);
        counter.flush();

        assertThat(ids(mostRead.lists().day())).containsExactly(newer.id(), older.id());
        assertThat(ids(mostRead.lists().week())).containsExactly(weekly.id(), newer.id(), older.id());

        // The lists are kept for a minute.
        read(older, 1);
        counter.flush();
        clock.advance(Duration.ofSeconds(59));
        assertThat(ids(mostRead.lists().day())).containsExactly(newer.id(), older.id());
        clock.advance(Duration.ofSeconds(1));
        assertThat(ids(mostRead.lists().day())).containsExactly(older.id(), newer.id());

        // 23 hours on, the views of this hour still count for the last 24 hours; an hour later no longer.
        clock.set(start.plus(Duration.ofHours(23)));
        assertThat(ids(mostRead.lists().day())).containsExactly(older.id(), newer.id());
        clock.set(start.plus(Duration.ofHours(24)));
        MostReadLists dayLater = mostRead.lists();
        assertThat(dayLater.day()).isEmpty();
        assertThat(ids(dayLater.week())).containsExactly(weekly.id(), older.id(), newer.id());

        // The weekly story's views were three days before the start: seven days after them they are gone.
        clock.set(start.plus(Duration.ofDays(4)));
        assertThat(ids(mostRead.lists().week())).containsExactly(older.id(), newer.id());
        clock.set(start.plus(Duration.ofDays(7)));
        assertThat(mostRead.lists().empty()).isTrue();
    }

    @Test
    void homeAndArticlePagesShowBothListsInOrder() {
        Instant start = START.plus(Duration.ofDays(80));
        clock.set(start.minus(Duration.ofDays(3)));
        Category category = fixtures.category("Okunanlar Sayfa");
        Article first = fixtures.story("Çok okunan ilk haber").in(category).publishedAt(start.minus(Duration.ofDays(4))).publish();
        Article second = fixtures.story("Çok okunan ikinci haber").in(category).publishedAt(start.minus(Duration.ofDays(4))).publish();
        Article third = fixtures.story("Çok okunan üçüncü haber").in(category).publishedAt(start.minus(Duration.ofDays(4))).publish();
        Article lastWeek = fixtures.story("Geçen haftanın haberi").in(category).publishedAt(start.minus(Duration.ofDays(4))).publish();
        read(lastWeek, 6);
        counter.flush();
        clock.set(start);
        read(first, 4);
        read(second, 2);
        read(third, 1);
        counter.flush();

        Document home = browser.page("/");
        assertThat(home.select("#cok-okunanlar").text()).isEqualTo("Çok Okunanlar");
        assertThat(home.select("#cok-okunanlar-24-saat").text()).isEqualTo("Son 24 saat");
        assertThat(home.select("#cok-okunanlar-7-gun").text()).isEqualTo("Son 7 gün");
        assertThat(hrefs(home, "cok-okunanlar-24-saat")).containsExactly(path(first), path(second), path(third));
        assertThat(hrefs(home, "cok-okunanlar-7-gun")).containsExactly(path(lastWeek), path(first), path(second), path(third));

        Document page = browser.page(path(first));
        assertThat(page.select("article.story").attr("data-article-id")).isEqualTo(Long.toString(first.id()));
        assertThat(page.select("article.story noscript").html()).contains("/okunma/" + first.id() + ".gif");
        assertThat(hrefs(page, "cok-okunanlar-24-saat")).as("a story does not list itself").containsExactly(path(second), path(third));
        assertThat(hrefs(page, "cok-okunanlar-7-gun")).containsExactly(path(lastWeek), path(second), path(third));
    }

    @Test
    void theLastViewsAreWrittenWhenTheApplicationStopsAndOnlyOnce() {
        clock.set(START.plus(Duration.ofDays(100)));
        Article story = fixtures.story("Kapanırken sayılan haber").publish();
        read(story, 2);
        assertThat(rows()).isZero();

        counter.stop();
        try {
            assertThat(counter.isRunning()).isFalse();
            assertThat(views(story.id())).isEqualTo(2);
            assertThat(counter.flush()).as("nothing is left to write twice after a restart").isZero();
            assertThat(views(story.id())).isEqualTo(2);
        } finally {
            counter.start();
        }
        assertThat(counter.isRunning()).isTrue();
    }

    private void read(Article story, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(beacon(story.id()).statusCode()).isEqualTo(204);
        }
    }

    private HttpResponse<String> beacon(long articleId) {
        return beacon(articleId, PHONE, "Origin", browser.base());
    }

    private HttpResponse<String> beacon(long articleId, String userAgent, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(browser.base() + "/okunma/" + articleId))
            .POST(HttpRequest.BodyPublishers.noBody())
            .header("User-Agent", userAgent);
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request, HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> pixel(long articleId, String userAgent) {
        return send(HttpRequest.newBuilder(URI.create(browser.base() + "/okunma/" + articleId + ".gif"))
            .header("User-Agent", userAgent), HttpResponse.BodyHandlers.ofByteArray());
    }

    private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(20)).build(), body);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long rows() {
        return db.sql("SELECT COUNT(*) FROM article_views").query(Long.class).single();
    }

    private long views(long articleId) {
        return db.sql("SELECT COALESCE(SUM(views), 0) FROM article_views WHERE article_id = :id")
            .param("id", articleId).query(Long.class).single();
    }

    private static List<Long> ids(List<Teaser> teasers) {
        return teasers.stream().map(Teaser::id).toList();
    }

    private static List<String> hrefs(Document page, String window) {
        return new ArrayList<>(page.select("[aria-labelledby=" + window + "] .most-read-headline").eachAttr("href"));
    }

    private static String path(Article story) {
        return story.path("okunanlar-sayfa");
    }
}
