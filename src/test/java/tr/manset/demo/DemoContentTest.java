package tr.manset.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.TestDatabase;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
@Tag("database")
class DemoContentTest {

    @Autowired Browser browser;
    @Autowired JdbcClient db;

    @Test
    void isHealthyWithoutAnSmtpServer() {
        // The demo runs with no MANSET_SMTP_HOST: mail waits in the outbox, and the site is up.
        var response = browser.get("/actuator/health");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void fillsAnEmptySiteWithIllustratedTurkishNews() {
        assertThat(count("SELECT COUNT(*) FROM articles WHERE status = 'PUBLISHED'")).isGreaterThanOrEqualTo(30);
        assertThat(count("SELECT COUNT(*) FROM categories")).isGreaterThanOrEqualTo(6);
        assertThat(count("SELECT COUNT(*) FROM authors WHERE photo_id IS NOT NULL AND bio <> ''")).isEqualTo(5);
        assertThat(count("SELECT COUNT(*) FROM articles WHERE updated_at IS NOT NULL")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT COUNT(*) FROM articles WHERE hero_image_id IS NULL")).isZero();
        assertThat(count("SELECT COUNT(*) FROM article_tags")).isGreaterThan(30);
        assertThat(count("SELECT COUNT(*) FROM articles WHERE body LIKE '%\"type\":\"figure\"%'")).isGreaterThanOrEqualTo(6);
    }

    @Test
    void servesEveryCategoryAndEveryDemoStory() {
        Document home = browser.page("/");
        assertThat(home.select(".manset-lead .teaser-headline")).hasSize(1);
        List<String> sections = home.select("nav.sections a").eachAttr("href");
        assertThat(sections).contains("/gundem", "/dunya", "/ekonomi", "/spor", "/teknoloji", "/kultur-sanat");
        for (String section : sections) {
            browser.page(section);
        }
        List<String> paths = db.sql("""
                SELECT '/' || c.slug || '/' || a.slug || '-' || a.id
                FROM articles a JOIN categories c ON c.id = a.category_id
                """).query(String.class).list();
        for (String path : paths) {
            Document story = browser.page(path);
            assertThat(story.select("h1")).as(path).hasSize(1);
            assertThat(story.select(".story-source").text()).as(path).startsWith("KAYNAK: ");
            assertThat(story.select(".author-box")).as(path).isNotEmpty();
        }
    }

    @Test
    void someStoriesAlreadyHaveAConversation() {
        String path = db.sql("""
                SELECT '/' || c.slug || '/' || a.slug || '-' || a.id
                FROM articles a JOIN categories c ON c.id = a.category_id
                WHERE a.headline LIKE 'Kira artışları yavaşladı%'
                """).query(String.class).single();
        Document story = browser.page(path);
        assertThat(story.select(".comment-count").text()).isEqualTo("4");
        assertThat(story.select("#yorum-listesi > .comment")).hasSize(2);
        assertThat(story.select(".comment-replies .comment")).hasSize(2);
        assertThat(story.select(".vote-up [data-likes]").eachText()).contains("22");
        // 19 imported; browser tests sharing this demo site may have added their own since.
        assertThat(count("SELECT COUNT(*) FROM comments WHERE status = 'PUBLISHED'")).isGreaterThanOrEqualTo(19);
    }

    @Test
    void theMostReadListsHaveSomethingToShowFromTheStart() {
        Document home = browser.page("/");
        assertThat(home.select("[aria-labelledby=cok-okunanlar-24-saat] .most-read-headline")).hasSize(5);
        assertThat(home.select("[aria-labelledby=cok-okunanlar-7-gun] .most-read-headline")).hasSize(5);
    }

    @Test
    void neverShipsTheReferencePagesText() {
        assertThat(count("SELECT COUNT(*) FROM articles WHERE body LIKE '%Majalla%' OR headline LIKE '%Putin%'")).isZero();
        assertThat(count("SELECT COUNT(*) FROM comments WHERE body LIKE '%moskof%' OR body LIKE '%sabatay%'")).isZero();
    }

    @Test
    void theImprintNamesTheDemosFictionalPublisher() {
        Document imprint = browser.page("/kunye");
        assertThat(imprint.select("[role=note]")).isEmpty();
        assertThat(imprint.select("dl").text()).contains("Manşet Örnek Medya Yayıncılık A.Ş. adına Derya Karaca",
            "Elif Tunçer", "00000-00000-00000", "Örnek Barındırma Hizmetleri A.Ş.");
        assertThat(browser.page("/iletisim").select("a[href=\"mailto:duzeltme@manset.example\"]")).hasSize(1);
    }

    private long count(String sql) {
        return db.sql(sql).query(Long.class).single();
    }
}
