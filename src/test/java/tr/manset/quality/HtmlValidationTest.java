package tr.manset.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.DemoPages;
import tr.manset.TestDatabase;

/**
 * The demo site's pages, as served, are valid HTML to the Nu Html Checker: no errors. Markup does
 * not depend on the database, so this runs in the SQLite lane only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlValidationTest {

    @Autowired Browser http;
    @Autowired JdbcClient db;

    HtmlChecker checker;

    @BeforeAll
    void startChecker() {
        checker = new HtmlChecker();
    }

    @Test
    void theCheckerReportsInvalidMarkup() {
        HtmlChecker.Report report = checker.html("broken", """
            <!DOCTYPE html><html lang="tr"><head><title>x</title></head>
            <body><h1>Başlık</h1><h3>Atlanan düzey</h3><img src="a.jpg"><a href="/x"><button>İç içe</button></a></body></html>""");
        assertThat(report.errors()).hasSize(3).allSatisfy(error -> assertThat(error).startsWith("broken:2:"));
        assertThat(checker.css("broken.css", "a { colr: red; }").errors()).hasSize(1);
    }

    @Test
    void everyKindOfReaderPageIsValid() {
        List<String> paths = new ArrayList<>(DemoPages.of(http, db).values());
        paths.addAll(List.of("/arama", "/arama?q=yokboylebirkelime", "/arama?q=kira&sirala=tarih", "/abone-ol",
            "/yorum-kurallari", "/kunye", "/iletisim", "/yayin-ilkeleri", "/kvkk-aydinlatma-metni", "/cerez-politikasi",
            "/giris", "/kayit", "/sifremi-unuttum"));
        assertValid(paths.stream().map(path -> page(path, 200)).toList());
    }

    @Test
    void everyCategoryPageAndTheirFurtherPagesAreValid() {
        List<Page> pages = new ArrayList<>();
        for (String category : http.page("/").select("nav.sections a").eachAttr("href")) {
            pages.add(page(category, 200));
            String next = http.page(category).select("a[rel=next]").attr("href");
            if (!next.isEmpty()) {
                pages.add(page(next, 200));
            }
        }
        assertThat(pages).hasSizeGreaterThan(7);
        assertValid(pages);
    }

    @Test
    void everyDemoStoryAndItsCommentsPageAreValid() {
        List<String> stories = db.sql("""
                SELECT '/' || c.slug || '/' || a.slug || '-' || a.id
                FROM articles a JOIN categories c ON c.id = a.category_id
                WHERE a.status = 'PUBLISHED'
                """).query(String.class).list();
        assertThat(stories).hasSizeGreaterThanOrEqualTo(30);
        List<Page> pages = new ArrayList<>();
        for (String story : stories) {
            pages.add(page(story, 200));
            pages.add(page(story + "/yorumlar", 200));
        }
        assertValid(pages);
    }

    @Test
    void theErrorPageAndTheNewsroomSignInAreValid() {
        assertValid(List.of(page("/olmayan-sayfa", 404), page("/yonetim/giris", 200)));
    }

    @Test
    void theStylesheetsAreValidCss() {
        for (String stylesheet : List.of("site.css", "newsroom.css")) {
            HtmlChecker.Report report = checker.css(stylesheet, resource("static/assets/" + stylesheet));
            assertThat(report.errors()).as(report.describe()).isEmpty();
        }
    }

    private record Page(String path, String html) {}

    private Page page(String path, int status) {
        HttpResponse<String> response = http.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        return new Page(path, response.body());
    }

    private void assertValid(List<Page> pages) {
        Map<String, HtmlChecker.Report> invalid = new java.util.LinkedHashMap<>();
        for (Page page : pages) {
            HtmlChecker.Report report = checker.html(page.path(), page.html());
            if (!report.errors().isEmpty()) {
                invalid.put(page.path(), report);
            }
        }
        assertThat(invalid).as(() -> String.join("\n", invalid.values().stream().map(HtmlChecker.Report::describe).toList())).isEmpty();
    }

    private static String resource(String name) {
        try (InputStream in = HtmlValidationTest.class.getClassLoader().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
