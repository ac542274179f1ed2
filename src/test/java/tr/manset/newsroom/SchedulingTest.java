package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import tr.manset.Browser;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.NewsDesk;
import tr.manset.article.Status;
import tr.manset.audit.AuditLog;
import tr.manset.category.Category;
import tr.manset.staff.Role;

@SiteTest
@Import(SchedulingTest.FixedClock.class)
class SchedulingTest {

    // Monday 1 December 2026, 09:00 in Istanbul.
    static final Instant MONDAY_0900 = Instant.parse("2026-12-01T06:00:00Z");

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(MONDAY_0900);
        }
    }

    @Autowired MutableClock clock;
    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Articles articles;
    @Autowired NewsDesk desk;
    @Autowired Browser browser;
    @Autowired AuditLog audit;

    @Test
    void publishesAScheduledStoryWhenItsTimeComesAndOnlyOnce() {
        clock.set(MONDAY_0900);
        Category category = fixtures.category("Gündem");
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long id = create(chief, category);

        chief.post("/yonetim/haberler/" + id + "/zamanla", Map.of("zaman", "2026-12-01T10:30"), "/yonetim/haberler/" + id);
        Article scheduled = articles.find(id).orElseThrow();
        assertThat(scheduled.status()).isEqualTo(Status.SCHEDULED);
        assertThat(scheduled.scheduledAt()).isEqualTo(Instant.parse("2026-12-01T07:30:00Z"));

        clock.advance(Duration.ofMinutes(89));
        assertThat(desk.publishDue()).isZero();
        assertThat(browser.get(scheduled.path("gundem")).statusCode()).isEqualTo(404);

        clock.advance(Duration.ofMinutes(2));
        // Two nodes (here: two threads) run the scheduler at once: exactly one publishes.
        CompletableFuture<Integer> one = CompletableFuture.supplyAsync(desk::publishDue);
        CompletableFuture<Integer> two = CompletableFuture.supplyAsync(desk::publishDue);
        assertThat(one.join() + two.join()).isEqualTo(1);
        assertThat(desk.publishDue()).isZero();

        Article published = articles.find(id).orElseThrow();
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.firstPublishedAt()).isEqualTo(MONDAY_0900.plus(Duration.ofMinutes(91)));
        Document page = browser.page(published.path("gundem"));
        assertThat(page.select(".story-meta").text()).contains("GİRİŞ 01.12.2026 10:31");
        assertThat(audit.find("article.publish", "Zamanlayıcı", 100, 0))
            .filteredOn(entry -> entry.subject().equals("article:" + id)).hasSize(1);
    }

    @Test
    void refusesASchedulInThePast() {
        clock.set(MONDAY_0900);
        Category category = fixtures.category("Gündem");
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long id = create(chief, category);

        chief.post("/yonetim/haberler/" + id + "/zamanla", Map.of("zaman", "2026-12-01T08:00"), "/yonetim/haberler/" + id);

        assertThat(articles.find(id).orElseThrow().status()).isEqualTo(Status.DRAFT);
        assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text()).isNotEmpty();
    }

    private long create(Newsroom.Session session, Category category) {
        var response = session.post("/yonetim/haberler", Map.of(
            "headline", "Zamanlanmış haber " + System.nanoTime(),
            "body", "<p>Metin</p>",
            "categoryId", category.id(),
            "authorIds", List.of(fixtures.author("Derya Karaca", "Editör").id())), "/yonetim/haberler/yeni");
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
