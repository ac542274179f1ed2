package tr.manset.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.DemoPages;
import tr.manset.TestDatabase;

/**
 * What makes reader pages fast on a phone, read from the demo site's markup: one small stylesheet
 * under a content-hashed address, deferred scripts, images with their size reserved, the first
 * image fetched first and the rest only when scrolled to. Markup does not depend on the
 * database, so this runs in the SQLite lane only.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
class PageWeightTest {

    @Autowired Browser http;
    @Autowired JdbcClient db;

    @Test
    void everyPageBlocksRenderingOnOneSmallHashedStylesheetOnly() {
        for (String path : DemoPages.of(http, db).values()) {
            Document page = http.page(path);
            Elements stylesheets = page.select("link[rel=stylesheet]");
            assertThat(stylesheets).as(path).hasSize(1);
            String stylesheet = stylesheets.attr("href");
            assertThat(stylesheet).as(path).matches("/assets/site-[0-9a-f]{32}\\.css");
            assertThat(page.select("script[src]")).as(path).isNotEmpty()
                .allSatisfy(script -> assertThat(script.hasAttr("defer") || script.hasAttr("async")).as(path + " " + script).isTrue());
            assertThat(page.select("head script:not([src]):not([type=application/ld+json])")).as(path).isEmpty();
            assertThat(http.get(stylesheet).body().length()).as("uncompressed size of " + stylesheet).isLessThan(30_000);
        }
    }

    @Test
    void theSiteUsesTheReadersOwnFonts() {
        String stylesheet = http.get(http.page("/").select("link[rel=stylesheet]").attr("href")).body();
        assertThat(stylesheet).doesNotContain("@font-face").doesNotContain("@import").doesNotContain("url(http");
    }

    @Test
    void everyImageHasItsSizeReservedAndOnlyTheFirstIsFetchedAtOnce() {
        Map<String, String> pages = DemoPages.of(http, db);
        for (String path : pages.values()) {
            for (Element image : http.page(path).select("main img")) {
                assertThat(image.attr("width")).as(path + " " + image).matches("\\d+");
                assertThat(image.attr("height")).as(path + " " + image).matches("\\d+");
                if (image.hasAttr("srcset")) {
                    assertThat(image.attr("sizes")).as(path + " " + image).isNotBlank();
                }
            }
        }
        assertThat(http.page("/").select("main img[loading=lazy]")).hasSizeGreaterThan(10);
        assertFirstImageFirst(http.page("/"), ".manset-lead img");
        assertFirstImageFirst(http.page(pages.get("category")), ".listing .teaser:first-child img");
        assertFirstImageFirst(http.page(pages.get("tag")), ".listing .teaser:first-child img");
        assertFirstImageFirst(http.page(pages.get("article")), "figure.figure-lead img");
    }

    /** The page's likely largest paint loads eagerly and first; every other picture waits until it is near. */
    private static void assertFirstImageFirst(Document page, String first) {
        Element lead = page.selectFirst(first);
        assertThat(lead).as(page.location() + " " + first).isNotNull();
        assertThat(lead.attr("loading")).as(page.location()).isEqualTo("eager");
        assertThat(lead.attr("fetchpriority")).as(page.location()).isEqualTo("high");
        List<Element> others = page.select("main img").stream()
            .filter(image -> image != lead && !image.hasClass("author-photo") && !image.hasClass("read-pixel"))
            .toList();
        assertThat(others).as(page.location())
            .allSatisfy(image -> assertThat(image.attr("loading")).as(page.location() + " " + image).isEqualTo("lazy"));
    }
}
