package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.LoadState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Axe;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.DemoPages;
import tr.manset.TestDatabase;

/** The demo site as a reader's phone and desktop browser show it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReaderInBrowserTest {

    /** Pages beyond the seven kinds: the empty search form, a search with no hit, subscribe, not found. */
    static final List<String> MORE_PAGES = List.of("/arama", "/arama?q=yokboylebirkelime", "/abone-ol", "/olmayan-sayfa");

    @Autowired Browser http;
    @Autowired JdbcClient db;

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
        try (BrowserContext phone = chromium.phone(ColorScheme.LIGHT, 390)) {
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

    static List<Arguments> screens() {
        return List.of(
            Arguments.of("phone", ColorScheme.LIGHT), Arguments.of("phone", ColorScheme.DARK),
            Arguments.of("desktop", ColorScheme.LIGHT), Arguments.of("desktop", ColorScheme.DARK));
    }

    /** axe-core over every kind of reader page; the less varied pages on one screen only. */
    @ParameterizedTest(name = "{0}, {1}")
    @MethodSource("screens")
    void readerPagesPassAccessibilityChecks(String screen, ColorScheme scheme) {
        List<String> paths = new ArrayList<>(DemoPages.of(http, db).values());
        if (screen.equals("desktop") && scheme == ColorScheme.LIGHT) {
            paths.addAll(MORE_PAGES);
        }
        try (BrowserContext context = screen.equals("phone") ? chromium.phone(scheme, 390) : chromium.desktop(scheme)) {
            Page page = context.newPage();
            for (String path : paths) {
                page.navigate(http.base() + path);
                Axe.assertNoSeriousViolations(page, screen + " " + scheme + " " + path);
            }
        }
    }

    @Test
    void nothingMovesWhilePicturesLoad() {
        try (BrowserContext phone = chromium.phone(ColorScheme.LIGHT, 390)) {
            Page page = phone.newPage();
            for (String path : List.of("/", firstArticle(), "/dunya")) {
                page.navigate(http.base() + path);
                // To the end and back, so every lazily loaded picture arrives.
                page.evaluate("window.scrollTo(0, document.documentElement.scrollHeight)");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                page.evaluate("window.scrollTo(0, 0)");
                page.waitForLoadState(LoadState.NETWORKIDLE);
                Number shifted = (Number) page.evaluate("""
                    new Promise(resolve => {
                        let total = 0;
                        new PerformanceObserver(list => list.getEntries().forEach(shift => total += shift.hadRecentInput ? 0 : shift.value))
                            .observe({type: 'layout-shift', buffered: true});
                        setTimeout(() => resolve(total), 300);
                    })""");
                assertThat(shifted.doubleValue()).as("layout shift on " + path).isLessThan(0.01);
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
        try (BrowserContext phone = chromium.phone(ColorScheme.LIGHT, 390)) {
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
        try (BrowserContext phone = chromium.phone(ColorScheme.LIGHT, 390)) {
            Page page = phone.newPage();
            page.setViewportSize(320, 700);
            page.navigate(http.base() + "/");
            assertThat((Boolean) page.evaluate(
                "(() => { const bar = document.querySelector('.sections ul'); return bar.scrollWidth > bar.clientWidth; })()"))
                .isTrue();
            assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth")).isTrue();
        }
    }

    @Test
    void theCurrentSectionIsScrolledIntoTheCategoryBar() {
        try (BrowserContext phone = chromium.phone(ColorScheme.LIGHT, 390)) {
            Page page = phone.newPage();
            page.setViewportSize(320, 700);
            String last = http.page("/").select(".sections li:last-child a").attr("href");
            page.navigate(http.base() + last);
            page.waitForLoadState(LoadState.LOAD);
            // The bar starts at the home link; the script moves it so the reader sees where they are.
            page.waitForCondition(() -> ((Number) page.evaluate("document.querySelector('.sections ul').scrollLeft")).intValue() > 0);
            assertThat((Boolean) page.evaluate("""
                (() => {
                    const link = document.querySelector('.sections a[aria-current="page"]').getBoundingClientRect();
                    return link.left >= 0 && link.right <= window.innerWidth;
                })()""")).isTrue();

            page.navigate(http.base() + "/");
            page.waitForLoadState(LoadState.LOAD);
            assertThat(((Number) page.evaluate("document.querySelector('.sections ul').scrollLeft")).intValue()).isZero();
        }
    }

    private String firstArticle() {
        return http.page("/").select(".manset-lead .teaser-headline a").attr("href");
    }
}
