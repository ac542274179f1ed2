package tr.manset.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.TestDatabase;
import tr.manset.staff.Role;
import tr.manset.staff.StaffAccounts;

/**
 * The site pages in a real browser on the demo site: readable and accessible, reachable from the
 * footer, no cookie for a reader who reads, comments and votes, and the imprint form for admins.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "manset.demo=true")
@ContextConfiguration(initializers = TestDatabase.class)
@Import(Browser.class)
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SitePagesInBrowserTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final List<String> PAGES = List.of("/kunye", "/iletisim", "/yayin-ilkeleri", "/kvkk-aydinlatma-metni",
        "/cerez-politikasi");

    @Autowired Browser http;
    @Autowired JdbcClient db;
    @Autowired StaffAccounts accounts;

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
    void sitePagesPassAccessibilityChecksOnAPhoneInLightAndDarkSchemes() {
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext phone = phone(scheme)) {
                Page page = phone.newPage();
                for (String path : PAGES) {
                    page.navigate(http.base() + path);
                    assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                        .as(path + " fits the phone's width").isTrue();
                    assertNoViolations(page, scheme + " " + path);
                }
            }
        }
    }

    @Test
    void aReaderWhoReadsCommentsAndVotesHasNoCookieAndOnlyTheirVotesInStorage() {
        String story = db.sql("""
                SELECT '/' || c.slug || '/' || a.slug || '-' || a.id
                FROM articles a JOIN categories c ON c.id = a.category_id
                WHERE EXISTS (SELECT 1 FROM comments m WHERE m.article_id = a.id AND m.status = 'PUBLISHED')
                ORDER BY a.id
                LIMIT 1
                """).query(String.class).single();
        try (BrowserContext phone = phone(ColorScheme.LIGHT)) {
            Page page = phone.newPage();
            page.navigate(http.base() + "/");
            page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Künye")).click();
            assertThat(page.locator("h1")).hasText("Künye");
            page.locator("footer").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Çerez Politikası")).click();
            assertThat(page.locator("h1")).hasText("Çerez Politikası");

            page.navigate(http.base() + story);
            Locator form = page.locator("#yorumlar > form.comment-form");
            form.getByLabel("Adınız").fill("Çerezsiz Okur");
            form.getByLabel("Yorumunuz").fill("Bu yorumu yazarken tarayıcıma hiçbir çerez bırakılmamalı.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
            assertThat(form.locator(".form-status")).containsText("Yorumunuz");
            Locator like = page.locator("#yorum-listesi .comment button.vote-up").last();
            like.click();
            assertThat(like).hasAttribute("aria-pressed", "true");

            assertThat(phone.cookies()).isEmpty();
            assertThat(page.evaluate("Object.keys(localStorage)")).isEqualTo(List.of("manset-votes"));
        }
    }

    @Test
    void anAdminFillsInTheImprintAndReadersSeeIt() {
        String email = "sayfa-yoneticisi@manset.test";
        accounts.create(email, "Sayfa Yöneticisi", Role.ADMIN, "sayfa-parolasi-1", Set.of());
        try (BrowserContext desktop = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("tr-TR"))) {
            Page page = desktop.newPage();
            page.navigate(http.base() + "/yonetim/giris");
            page.getByLabel("E-posta").fill(email);
            page.getByLabel("Parola").fill("sayfa-parolasi-1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Sayfalar")).click();
            assertThat(page.locator("h1")).hasText("Künye, iletişim ve site sayfaları");
            assertNoViolations(page, "/yonetim/sayfalar");

            page.getByLabel("Telefon").fill("+90 212 999 99 99");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaydet")).click();
            assertThat(page.locator("[role=status]")).hasText("Künye ve iletişim bilgileri kaydedildi.");

            page.getByLabel("Sorumlu yazı işleri müdürü").fill("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaydet")).click();
            assertThat(page.locator("#responsibleEditor-error")).hasText("Sorumlu yazı işleri müdürünün adını yazın.");
            assertNoViolations(page, "/yonetim/sayfalar with a problem");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("KVKK Aydınlatma Metni")).click();
            assertThat(page.locator("h1")).hasText("KVKK Aydınlatma Metni");
            assertNoViolations(page, "/yonetim/sayfalar/kvkk-aydinlatma-metni");
        }
        assertThat(http.page("/kunye").select("a[href=\"tel:+902129999999\"]").text()).isEqualTo("+90 212 999 99 99");
    }

    private BrowserContext phone(ColorScheme scheme) {
        return chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setViewportSize(390, 844).setDeviceScaleFactor(2).setIsMobile(true).setHasTouch(true)
            .setColorScheme(scheme).setLocale("tr-TR"));
    }

    private static void assertNoViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        assertThat(results.getViolations())
            .as(what + ": " + results.getViolations().stream()
                .map(rule -> rule.getId() + " " + rule.getNodes().stream().limit(3).map(n -> n.getHtml()).toList()).toList())
            .isEmpty();
    }
}
