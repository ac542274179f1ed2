package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
import tr.manset.Mailbox;
import tr.manset.SiteFixtures;
import tr.manset.TestDatabase;
import tr.manset.TestMailServer;

/**
 * Subscribing as a person does it in Chromium: ABONE OL in the masthead, the form, the answer
 * page, the link from the mail the SMTP server received, the confirm button, the preferences; and
 * not one cookie in the browser at the end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"manset.demo=false", "manset.scheduler.initial-delay=PT1H"})
@ContextConfiguration(initializers = {TestDatabase.class, TestMailServer.class})
@Import({Browser.class, SiteFixtures.class, Mailbox.class})
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscribeInBrowserTest {

    static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final Pattern CONFIRM_LINK = Pattern.compile("https?://\\S+?(/abonelik/onay\\?t=[A-Za-z0-9_%.-]+)");

    @Autowired Browser http;
    @Autowired SiteFixtures fixtures;
    @Autowired Mailbox mailbox;

    Chromium chromium;

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        fixtures.category("Ekonomi");
        fixtures.story("Bülten denemesi için ana sayfa haberi").in(fixtures.category("Ekonomi")).publish();
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void aReaderSubscribesFromTheMastheadAndConfirmsThroughTheMailedLink() {
        String email = "tarayici-abone@abonelik.example";
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(390, 844).setLocale("tr-TR"))) {
            Page page = context.newPage();
            page.navigate(http.base() + "/");
            page.locator("header a.subscribe-button").click();
            page.waitForURL(http.base() + "/abone-ol");
            expect(page.locator("h1")).hasText("Abone ol");
            assertNoViolations(page, "subscription form");

            // Forgetting the consent brings the form back with what was typed and a message.
            page.getByLabel("E-posta adresiniz").fill(email);
            page.locator("input[name=liste][value=son-dakika]").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abone ol")).click();
            expect(page.locator(".form-error")).containsText("onay kutusunu işaretlemeniz gerekiyor");
            assertThat(page.getByLabel("E-posta adresiniz").inputValue()).isEqualTo(email);
            assertNoViolations(page, "subscription form with an error");

            page.locator("input[name=onay]").check();
            page.locator("input[name=liste][value=gunun-ozeti]").uncheck();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Abone ol")).click();
            expect(page.locator("h1")).hasText("E-postanızı kontrol edin");
            expect(page.locator("main")).containsText("E-posta adresinize bir onay bağlantısı gönderdik");

            String link = confirmationLink(email);
            page.navigate(http.base() + link);
            expect(page.locator("main")).containsText("Son Dakika");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aboneliğimi onayla")).click();
            expect(page.locator("h1")).hasText("Aboneliğiniz onaylandı");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tercihlerim")).click();
            expect(page.locator("h1")).hasText("Bülten tercihleri");
            assertThat(page.locator("input[name=liste][value=son-dakika]").isChecked()).isTrue();
            assertThat(page.locator("input[name=liste][value=gunun-ozeti]").isChecked()).isFalse();
            assertNoViolations(page, "preferences");

            assertThat(context.cookies()).isEmpty();
        }
    }

    private String confirmationLink(String email) {
        Matcher matcher = CONFIRM_LINK.matcher(Mailbox.text(mailbox.only(email)));
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private static void assertNoViolations(Page page, String what) {
        AxeResults results = new AxeBuilder(page).withTags(WCAG).analyze();
        assertThat(results.getViolations())
            .as(what + ": " + results.getViolations().stream().map(rule -> rule.getId() + " " + rule.getNodes().stream()
                .limit(3).map(node -> node.getHtml()).toList()).toList())
            .isEmpty();
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }
}
