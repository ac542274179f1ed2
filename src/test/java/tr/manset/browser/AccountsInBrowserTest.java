package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.SameSiteAttribute;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Axe;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.Mailbox;
import tr.manset.ReaderBrowser;
import tr.manset.SiteFixtures;
import tr.manset.TestDatabase;
import tr.manset.TestMailServer;
import tr.manset.article.Article;
import tr.manset.category.Category;

/**
 * Reader accounts as a person uses them in Chromium: signing up and following the mailed link,
 * signing in and out, and commenting as a signed-in reader with and without JavaScript.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"manset.demo=false", "manset.scheduler.initial-delay=PT1H",
        "manset.comments.posts-per-client-per-minute=100000", "manset.comments.posts-per-article-per-minute=100000",
        "manset.readers.sign-ups-per-client-per-hour=100000"})
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import({Browser.class, SiteFixtures.class, Mailbox.class})
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountsInBrowserTest {

    static final String PASSWORD = "Tarayici-Parola-2026";
    static final String MARK = "window.__samePage = true";
    static final String MARKED = "window.__samePage === true";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser http;
    @Autowired SiteFixtures fixtures;
    @Autowired Mailbox mailbox;
    @Autowired JdbcClient db;

    Chromium chromium;
    Category category;
    final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        category = fixtures.category("Okur Masası");
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        scriptErrors.clear();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(scriptErrors).isEmpty();
    }

    static String someone() {
        return "tarayici" + PEOPLE.incrementAndGet() + "@hesap.example";
    }

    @Test
    void aReaderSignsUpFollowsTheMailedLinkAndCommentsWithoutTypingAName() {
        String email = someone();
        Article article = fixtures.story("Hesapla yorum, betikle").in(category).publish();
        try (BrowserContext context = browser(true, 1024)) {
            Page page = page(context);
            page.navigate(http.base() + "/");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("GİRİŞ")).click();
            page.waitForURL(http.base() + "/giris");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kayıt olun")).click();
            page.waitForURL(http.base() + "/kayit");
            assertAccessible(page, "sign-up form");
            page.getByLabel("E-posta adresiniz").fill(email);
            page.getByLabel("Adınız").fill("Gökçe Şenyurt");
            page.getByLabel("Parola").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kayıt ol")).click();
            page.waitForURL(http.base() + "/kayit/gonderildi");
            expect(page.locator("h1")).hasText("E-postanızı kontrol edin");
            assertThat(context.cookies()).isEmpty();

            String link = ReaderBrowser.linkIn(mailbox.only(email), "/e-posta-dogrula");
            page.navigate(http.base() + ReaderBrowser.pathOf(link));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Adresimi doğrula ve hesabımı aç")).click();
            page.waitForURL(http.base() + "/hesap?tamam=hosgeldiniz");
            expect(page.locator(".flash")).containsText("Hesabınız açıldı");
            expect(page.locator("a.account-link")).hasText("HESABIM");
            assertAccessible(page, "account page");
            Cookie cookie = context.cookies().stream().filter(c -> c.name.equals("manset_okur")).findFirst().orElseThrow();
            assertThat(cookie.httpOnly).isTrue();
            assertThat(cookie.sameSite).isEqualTo(SameSiteAttribute.LAX);
            assertThat(cookie.path).isEqualTo("/");

            page.navigate(http.base() + article.path(category.slug()));
            page.evaluate(MARK);
            // The page is the one everybody gets; the script shows who is reading.
            expect(page.locator("a.account-link")).hasText("HESABIM");
            Locator form = page.locator("#yorumlar > form.comment-form");
            expect(form.locator(".comment-as")).hasText("Yorumunuz Gökçe Şenyurt adıyla yayımlanır.");
            expect(form.getByLabel("Adınız")).isHidden();
            expect(form.getByLabel("E-posta")).isHidden();
            form.getByLabel("Yorumunuz").fill("Hesabımla, adımı yazmadan gönderdim.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            Locator mine = page.locator("#yorum-listesi > .comment").first();
            expect(mine.locator(".comment-body")).hasText("Hesabımla, adımı yazmadan gönderdim.");
            expect(mine.locator(".comment-author")).hasText("Gökçe Şenyurt");
            expect(form.locator(".form-status")).containsText("Yorumunuz yayımlandı");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
        }
        assertThat(db.sql("""
                SELECT c.name FROM comments c JOIN readers r ON r.id = c.reader_id WHERE r.email = :email""")
            .param("email", email).query(String.class).list()).containsExactly("Gökçe Şenyurt");
        assertThat(http.page(article.path(category.slug())).select("#yorum-listesi .comment-author").text()).isEqualTo("Gökçe Şenyurt");
    }

    @Test
    void withoutJavaScriptAReaderSignsInAndCommentsUnderTheAccountName() {
        String email = someone();
        ReaderBrowser.signedUp(http, mailbox, email, "Betiksiz Okur", PASSWORD);
        Article article = fixtures.story("Hesapla yorum, betiksiz").in(category).publish();
        try (BrowserContext context = browser(false, 1024)) {
            Page page = page(context);
            page.navigate(http.base() + "/giris");
            page.getByLabel("E-posta adresiniz").fill(email);
            page.getByLabel("Parola").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
            page.waitForURL(http.base() + "/hesap");
            expect(page.locator("a.account-link")).hasText("HESABIM");

            page.navigate(http.base() + article.path(category.slug()));
            Locator form = page.locator("#yorumlar > form.comment-form");
            expect(form.getByLabel("Adınız")).isVisible();
            form.getByLabel("Yorumunuz").fill("Betik olmadan, hesabımla yazdım.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
            page.waitForURL(Pattern.compile(".*/yorum/\\d+/durum\\?k=.+"));
            expect(page.locator(".flash")).containsText("Yorumunuz yayımlandı");
            expect(page.locator(".comment-preview figcaption")).containsText("Betiksiz Okur");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Habere dön"))).click();
            page.waitForURL(Pattern.compile(".*#yorum-\\d+"));
            expect(page.locator("#yorum-listesi .comment-author")).hasText("Betiksiz Okur");

            page.navigate(http.base() + "/hesap/yorumlarim");
            expect(page.locator(".my-comment .comment-state")).hasText("yayında");
            expect(page.locator(".my-comment a")).hasText("Hesapla yorum, betiksiz");
        }
    }

    @Test
    void signingOutShowsTheGuestFormsAgain() {
        String email = someone();
        ReaderBrowser.signedUp(http, mailbox, email, "Çıkan Okur", PASSWORD);
        Article article = fixtures.story("Çıkıştan sonra").in(category).publish();
        try (BrowserContext context = browser(true, 1024)) {
            Page page = page(context);
            page.navigate(http.base() + "/giris?devam=/hesap/verilerim");
            page.getByLabel("E-posta adresiniz").fill(email);
            page.getByLabel("Parola").fill(PASSWORD);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
            page.waitForURL(http.base() + "/hesap/verilerim");
            assertAccessible(page, "KVKK page");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Çıkış yap")).click();
            page.waitForURL(http.base() + "/giris?cikis");
            expect(page.locator(".flash")).hasText("Oturumunuz kapatıldı.");

            page.navigate(http.base() + article.path(category.slug()));
            Locator form = page.locator("#yorumlar > form.comment-form");
            expect(form.getByLabel("Adınız")).isVisible();
            assertThat(form.locator(".comment-as").count()).isZero();
            expect(page.locator("a.account-link")).hasText("GİRİŞ");
        }
    }

    @Test
    void theMastheadAndAccountFormsFitAPhone() {
        Article article = fixtures.story("Telefonda giriş bağlantısı").in(category).publish();
        try (BrowserContext context = browser(true, 360)) {
            Page page = page(context);
            for (String path : List.of("/", article.path(category.slug()), "/kayit", "/giris")) {
                page.navigate(http.base() + path);
                expect(page.locator("a.account-link")).isVisible();
                Object wider = page.evaluate("""
                    Array.from(document.querySelectorAll('body *'))
                        .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                        .map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 5)""");
                assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
                    .as(path + " is wider than the phone: " + wider).isTrue();
            }
        }
    }

    private BrowserContext browser(boolean javaScript, int width) {
        BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setJavaScriptEnabled(javaScript).setViewportSize(width, 800).setIsMobile(width < 600).setLocale("tr-TR"));
        context.setDefaultTimeout(10_000);
        return context;
    }

    private Page page(BrowserContext context) {
        Page page = context.newPage();
        page.onPageError(error -> scriptErrors.add(error));
        return page;
    }

    private static void assertAccessible(Page page, String what) {
        Axe.assertNoViolations(page, what);
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }
}
