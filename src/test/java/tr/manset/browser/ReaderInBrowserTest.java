package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.TestDatabase;

/** The demo site as a reader's phone and desktop browser show it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderInBrowserTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    @Autowired Browser http;

    Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void articleReadsOnAPhoneWithoutSidewaysScrollOrForeignRequests() {
        try (BrowserContext phone = phone(ColorScheme.LIGHT)) {
            Page page = phone.newPage();
            List<String> requested = new CopyOnWriteArrayList<>();
            page.onRequest(request -> requested.add(request.url()));

            page.navigate(http.base() + firstArticle());
            page.waitForLoadState();

            assertThat(page.locator("h1").count()).isEqualTo(1);
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
            assertThat(page.locator("figure.figure-lead img").boundingBox().width).isGreaterThan(300);
            // The hero is loaded eagerly and decoded: a real picture, not a grey box.
            page.waitForFunction("document.querySelector('figure.figure-lead img').complete");
            assertThat((Number) page.evaluate("document.querySelector('figure.figure-lead img').naturalWidth"))
                .satisfies(width -> assertThat(width.intValue()).isGreaterThan(300));
            assertThat(requested).isNotEmpty().allSatisfy(url -> assertThat(url).startsWith(http.base()));
            // The reading is counted by a beacon to this host, since the page itself may come from a cache.
            assertThat(requested).anySatisfy(url -> assertThat(url).matches(".*/okunma/\\d+"));
        }
    }

    @Test
    void articlePassesAccessibilityChecksInLightAndDarkSchemes() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext phone = phone(scheme)) {
                Page page = phone.newPage();
                page.navigate(http.base() + firstArticle());
                assertNoViolations(page, scheme + " article");
            }
        }
    }

    @Test
    void homeAndListingsPassAccessibilityChecksOnADesktop() {
        try (BrowserContext desktop = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("tr-TR"))) {
            Page page = desktop.newPage();
            for (String path : List.of("/", "/dunya", "/yazar/derya-karaca", "/abone-ol", "/olmayan-sayfa", "/arama",
                    "/arama?q=f%C4%B1nd%C4%B1k&sirala=tarih", "/arama?q=yokboylebirkelime")) {
                page.navigate(http.base() + path);
                assertNoViolations(page, path);
            }
        }
    }

    @Test
    void worksWithJavaScriptTurnedOff() {
        try (BrowserContext noScript = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(390, 844))) {
            Page page = noScript.newPage();
            page.navigate(http.base() + "/");
            page.locator(".manset-lead .teaser-headline a").click();
            page.waitForLoadState();
            assertThat(page.locator(".story-headline").isVisible()).isTrue();
            page.locator(".story-category").click();
            page.waitForLoadState();
            assertThat(page.locator(".listing .teaser").count()).isGreaterThan(0);
        }
    }

    @Test
    void theSearchBoxSuggestsHeadlinesWhileTyping() {
        try (BrowserContext phone = phone(ColorScheme.LIGHT)) {
            Page page = phone.newPage();
            page.navigate(http.base() + "/");
            page.locator(".search-link").click();
            page.waitForLoadState();
            page.locator("#arama-q").pressSequentially("kira art", new com.microsoft.playwright.Locator.PressSequentiallyOptions().setDelay(40));
            page.locator("#arama-onerileri option").first().waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                .setState(com.microsoft.playwright.options.WaitForSelectorState.ATTACHED));
            assertThat((String) page.evaluate("document.querySelector('#arama-onerileri option').value"))
                .startsWith("Kira artışları");
            page.locator("#arama-q").press("Enter");
            page.waitForLoadState();
            assertThat(page.locator(".search-hit").count()).isGreaterThan(0);
            assertThat(page.locator(".search-hit mark").first().textContent()).isNotBlank();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        }
    }

    @Test
    void categoryBarScrollsSidewaysOnAPhone() {
        try (BrowserContext phone = phone(ColorScheme.LIGHT)) {
            Page page = phone.newPage();
            page.setViewportSize(320, 700);
            page.navigate(http.base() + "/");
            assertThat((Boolean) page.evaluate(
                "(() => { const bar = document.querySelector('.sections ul'); return bar.scrollWidth > bar.clientWidth; })()"))
                .isTrue();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        }
    }

    private BrowserContext phone(ColorScheme scheme) {
        return chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(390, 844)
            .setDeviceScaleFactor(2)
            .setIsMobile(true)
            .setHasTouch(true)
            .setLocale("tr-TR")
            .setColorScheme(scheme));
    }

    private String firstArticle() {
        return http.page("/").select(".manset-lead .teaser-headline a").attr("href");
    }

    private static void assertNoViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        assertThat(results.getViolations())
            .as(what + ": " + results.getViolations().stream().map(ReaderInBrowserTest::describe).toList())
            .isEmpty();
    }

    private static String describe(Rule rule) {
        return rule.getId() + " " + rule.getNodes().stream().limit(3).map(n -> n.getHtml()).toList();
    }
}
