package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ColorScheme;
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
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.TestDatabase;
import tr.manset.article.Article;
import tr.manset.category.Category;
import tr.manset.comment.CommentMode;
import tr.manset.comment.Commenting;
import tr.manset.comment.ModerationSettings;
import tr.manset.comment.SettingsStore;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * Reader comments as a person uses them in Chromium: with JavaScript everything happens in place,
 * without it every action is a plain form or link; a moderator approves a waiting comment with
 * the mouse and with the keyboard; the section passes accessibility checks and fits a phone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"manset.demo=false", "manset.scheduler.initial-delay=PT1H",
        // Every request comes from 127.0.0.1: rate limits are tested on their own (RateLimitTest).
        "manset.comments.posts-per-client-per-minute=100000", "manset.comments.posts-per-article-per-minute=100000",
        "manset.comments.actions-per-client-per-minute=100000"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({Browser.class, SiteFixtures.class, Newsroom.class})
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommentsInBrowserTest {

    /** Set on the page before acting: still there afterwards means no navigation happened. */
    static final String MARK = "window.__samePage = true";
    static final String MARKED = "window.__samePage === true";

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser http;
    @Autowired SiteFixtures fixtures;
    @Autowired Newsroom newsroom;
    @Autowired Commenting commenting;
    @Autowired SettingsStore settings;
    @Autowired JdbcClient db;

    Chromium chromium;
    Category category;
    /** Script errors on any page of the test: there must be none. */
    final List<String> scriptErrors = new CopyOnWriteArrayList<>();

    @BeforeAll
    void launch() {
        chromium = Chromium.launch();
        category = fixtures.category("Yorum Masası");
    }

    @AfterAll
    void close() {
        if (chromium != null) {
            chromium.close();
        }
    }

    @BeforeEach
    void setUp() {
        settings.save(ModerationSettings.DEFAULTS);
        scriptErrors.clear();
    }

    @AfterEach
    void noScriptErrors() {
        assertThat(scriptErrors).isEmpty();
    }

    // With JavaScript: everything in place, no page loads.

    @Test
    void aPostedCommentAppearsAtOnceWithoutAReload() {
        Article article = story("Yorum anında görünür");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, "Nilüfer Şahin", "Bu haberi büyük bir ilgiyle okudum, emeğinize sağlık.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            Locator mine = page.locator("#yorum-listesi > .comment").first();
            expect(mine.locator(".comment-body")).hasText("Bu haberi büyük bir ilgiyle okudum, emeğinize sağlık.");
            assertThat(mine.locator(".comment-author").textContent()).isEqualTo("Nilüfer Şahin");
            assertThat(mine.textContent()).doesNotContain("onay bekliyor");
            expect(form.locator(".form-status")).containsText("Yorumunuz yayımlandı");
            expect(page.locator(".comment-count")).hasText("1");
            assertThat(form.getByLabel("Yorumunuz").inputValue()).isEmpty();
            assertThat(page.evaluate(MARKED)).isEqualTo(true);

            // Another reader sees it too.
            assertThat(http.page(path(article)).select("#" + mine.getAttribute("id"))).hasSize(1);
        }
    }

    @Test
    void aHeldCommentAppearsAtOnceMarkedAsWaiting() {
        Article article = fixtures.story("Ön moderasyonlu haber").in(category).comments(CommentMode.PREMODERATED).publish();
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, "Kemal Öztürk", "Moderatörlerin onayını bekleyecek bir yorum.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            Locator mine = page.locator("#yorum-listesi > .comment").first();
            expect(mine).containsText("Moderatörlerin onayını bekleyecek bir yorum.");
            expect(mine.locator(".comment-meta")).containsText("onay bekliyor");
            expect(form.locator(".form-status")).containsText("Yorumunuz onay bekliyor");
            expect(page.locator(".comment-count")).hasText("0");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
            assertThat(http.page(path(article)).select("#yorum-listesi > .comment")).isEmpty();
        }
    }

    @Test
    void aRejectedCommentIsNotShownAsWaiting() {
        Article article = story("Reddedilen yorum");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, "Ali", "Bu ne biçim iş amk");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            expect(form.locator(".form-status")).containsText("yorum kurallarımıza uymadığı için yayımlanmadı");
            expect(form.locator(".form-status")).hasClass(Pattern.compile("form-error"));
            assertThat(page.locator("#yorum-listesi > .comment").count()).isZero();
            assertThat(page.getByText("onay bekliyor").count()).isZero();
            expect(page.locator(".comment-count")).hasText("0");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
        }
    }

    @Test
    void replyOpensAFormInPlaceAndTheReplyAppearsUnderItsParent() {
        Article article = story("Cevap yerinde görünür");
        long parent = seed(article, "Adil", "Tespit doğru, ama eksik.");
        long other = seed(article, "Rmz", "Başka bir görüş.");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator thread = page.locator("#yorum-" + parent);
            thread.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cevapla")).click();
            Locator form = thread.locator("form.comment-form");
            expect(form).isVisible();
            expect(form.getByLabel("Adınız")).isFocused();
            assertThat(form.locator("input[name=ust]").inputValue()).isEqualTo(Long.toString(parent));
            assertThat(page.locator("#yorum-" + other + " form.comment-form").count()).isZero();

            fillComment(form, "Kenan Yusuf", "Eksik olan ne peki?");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cevabı gönder")).click();

            Locator reply = thread.locator(".comment-replies > .comment");
            expect(reply).hasCount(1);
            expect(reply.locator(".comment-body")).hasText("Eksik olan ne peki?");
            // The form that had the focus is gone; the new reply has it.
            expect(reply).isFocused();
            expect(thread.locator("form.comment-form")).hasCount(0);
            expect(page.locator(".comment-count")).hasText("3");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
            assertThat(http.page(path(article)).select("#yorum-" + parent + " .comment-replies > .comment .comment-body").text())
                .isEqualTo("Eksik olan ne peki?");
        }
    }

    @Test
    void aReplyToAReplyJoinsTheThreadAsTheServerShowsIt() {
        Article article = story("Cevaba cevap");
        long parent = seed(article, "Adil", "İlk görüş.");
        long reply = reply(article, parent, "Kenan", "Cevap.");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator answer = page.locator("#yorum-" + reply);
            answer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cevapla")).click();
            Locator form = answer.locator("form.comment-form");
            fillComment(form, "Adil", "Teşekkürler.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Cevabı gönder")).click();

            Locator replies = page.locator("#yorum-" + parent + " > .comment-replies > .comment");
            expect(replies).hasCount(2);
            expect(replies.last().locator(".comment-body")).hasText("Teşekkürler.");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
        }
    }

    @Test
    void likingChangesTheCountInPlaceAndShowsTheButtonPressed() {
        Article article = story("Beğeni yerinde değişir");
        long id = seed(article, "Vatandaş", "Beğenilecek bir yorum.");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator comment = page.locator("#yorum-" + id);
            Locator like = comment.locator("button.vote-up");
            Locator dislike = comment.locator("button.vote-down");
            expect(like).hasAttribute("aria-pressed", "false");

            like.click();
            expect(like.locator("[data-likes]")).hasText("1");
            expect(like).hasAttribute("aria-pressed", "true");
            expect(like).hasAccessibleName(Pattern.compile("Beğen.*1"));
            expect(dislike).hasAttribute("aria-pressed", "false");

            dislike.click();
            expect(dislike.locator("[data-dislikes]")).hasText("1");
            expect(like.locator("[data-likes]")).hasText("0");
            expect(dislike).hasAttribute("aria-pressed", "true");
            expect(like).hasAttribute("aria-pressed", "false");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);

            // The pressed state is remembered on the next visit.
            page.reload();
            expect(page.locator("#yorum-" + id + " button.vote-down")).hasAttribute("aria-pressed", "true");
        }
    }

    @Test
    void reportOpensTheReasonsInPlaceAndConfirms() {
        Article article = story("Şikayet yerinde");
        long id = seed(article, "Vatandaş", "Şikayet edilecek yorum.");
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator comment = page.locator("#yorum-" + id);
            comment.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Şikayet Et")).click();
            Locator form = comment.locator("form.report-form");
            expect(form).isVisible();
            form.getByLabel("Hakaret").check();
            form.getByLabel("Açıklama").fill("Kişiye hakaret var.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Şikayet et")).click();

            expect(comment.locator(".flash")).containsText("Şikayetiniz alındı");
            expect(comment.locator(".flash")).isFocused();
            expect(comment.locator("form.report-form")).hasCount(0);
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
            assertThat(reports(id)).isEqualTo(1);
        }
    }

    @Test
    void moreCommentsAreAppendedInPlaceUntilTheEnd() {
        Article article = story("Daha fazla yorum yerinde");
        for (int i = 1; i <= 23; i++) {
            seed(article, "Okur " + i, "Yorum numarası " + i);
        }
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            Locator list = page.locator("#yorum-listesi > .comment");
            Locator more = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daha fazla yorum görüntüle"));
            assertThat(list.count()).isEqualTo(10);

            more.click();
            expect(list).hasCount(20);
            expect(more).hasCount(1);
            expect(list.nth(10)).isFocused();
            assertThat(list.nth(10).locator(".comment-body").textContent()).isEqualTo("Yorum numarası 13");
            more.click();
            expect(list).hasCount(23);
            expect(more).hasCount(0);
            assertThat(list.last().locator(".comment-body").textContent()).isEqualTo("Yorum numarası 1");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
            // Loaded comments act in place too.
            list.last().locator("button.vote-up").click();
            expect(list.last().locator("[data-likes]")).hasText("1");
            assertThat(page.evaluate(MARKED)).isEqualTo(true);
        }
    }

    // Without JavaScript: plain forms and links.

    @Test
    void withoutJavaScriptAPostShowsTheReceiptAndLeadsBackToTheStory() {
        Article article = story("Betiksiz yorum");
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, "Hülya Çelik", "JavaScript olmadan yazılmış bir yorum.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            page.waitForURL(Pattern.compile(".*/yorum/\\d+/durum\\?k=.+"));
            expect(page.locator(".flash")).containsText("Yorumunuz yayımlandı");
            expect(page.locator(".comment-preview")).containsText("JavaScript olmadan yazılmış bir yorum.");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Habere dön"))).click();

            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + ".*#yorum-\\d+"));
            expect(page.locator("#yorum-listesi .comment-body")).hasText("JavaScript olmadan yazılmış bir yorum.");
            expect(page.locator(".comment-count")).hasText("1");
        }
    }

    @Test
    void withoutJavaScriptAHeldPostSaysItWaits() {
        Article article = fixtures.story("Betiksiz bekleyen yorum").in(category).comments(CommentMode.PREMODERATED).publish();
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, "Hülya Çelik", "Onay bekleyecek betiksiz yorum.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
            page.waitForURL(Pattern.compile(".*/yorum/\\d+/durum\\?k=.+"));
            expect(page.locator(".flash")).containsText("Yorumunuz onay bekliyor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Habere dön"))).click();
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + "#yorumlar"));
            expect(page.locator("#yorum-listesi > .comment")).hasCount(0);
        }
    }

    @Test
    void withoutJavaScriptReplyGoesThroughTheReplyPage() {
        Article article = story("Betiksiz cevap");
        long parent = seed(article, "Adil", "Cevaplanacak yorum.");
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            page.locator("#yorum-" + parent).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cevapla")).click();
            page.waitForURL(http.base() + "/yorum/" + parent + "/cevapla");
            expect(page.locator("h1")).hasText("Adil adlı okurun yorumuna cevap");
            expect(page.locator(".comment-quote")).containsText("Cevaplanacak yorum.");
            Locator form = page.locator("form.comment-form");
            fillComment(form, "Kenan Yusuf", "Betiksiz bir cevap.");
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();

            page.waitForURL(Pattern.compile(".*/yorum/\\d+/durum\\?k=.+"));
            expect(page.locator(".flash")).containsText("Yorumunuz yayımlandı");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^Habere dön"))).click();
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + ".*#yorum-\\d+"));
            expect(page.locator("#yorum-" + parent + " .comment-replies .comment-body")).hasText("Betiksiz bir cevap.");
        }
    }

    @Test
    void withoutJavaScriptLikingReturnsToTheStoryWithTheNewCount() {
        Article article = story("Betiksiz beğeni");
        long id = seed(article, "Vatandaş", "Beğenilecek betiksiz yorum.");
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            page.locator("#yorum-" + id + " button.vote-up").click();
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + ".*#yorum-" + id));
            expect(page.locator("#yorum-" + id + " [data-likes]")).hasText("1");
            page.locator("#yorum-" + id + " button.vote-down").click();
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + ".*#yorum-" + id));
            expect(page.locator("#yorum-" + id + " [data-likes]")).hasText("0");
            expect(page.locator("#yorum-" + id + " [data-dislikes]")).hasText("1");
        }
    }

    @Test
    void withoutJavaScriptReportGoesThroughTheReportPage() {
        Article article = story("Betiksiz şikayet");
        long id = seed(article, "Vatandaş", "Şikayet edilecek betiksiz yorum.");
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            page.locator("#yorum-" + id).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Şikayet Et")).click();
            page.waitForURL(http.base() + "/yorum/" + id + "/sikayet");
            expect(page.locator("h1")).hasText("Yorumu şikayet et");
            page.getByLabel("Spam").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Şikayet et")).click();
            expect(page.locator(".flash")).containsText("Şikayetiniz alındı");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Geri dön")).click();
            page.waitForURL(Pattern.compile(".*" + Pattern.quote(path(article)) + ".*#yorum-" + id));
            assertThat(reports(id)).isEqualTo(1);
        }
    }

    @Test
    void withoutJavaScriptMoreCommentsArePlainPages() {
        Article article = story("Betiksiz daha fazla yorum");
        for (int i = 1; i <= 23; i++) {
            seed(article, "Okur " + i, "Sayfalı yorum " + i);
        }
        try (BrowserContext context = reader(false)) {
            Page page = open(context, article);
            Locator more = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Daha fazla yorum görüntüle"));
            more.click();
            page.waitForURL(Pattern.compile(".*sonra=.*"));
            Locator bodies = page.locator("#yorum-listesi > .comment > .comment-body");
            expect(bodies).hasCount(10);
            assertThat(bodies.first().textContent()).isEqualTo("Sayfalı yorum 13");
            more.click();
            page.waitForLoadState();
            expect(bodies).hasCount(3);
            assertThat(bodies.last().textContent()).isEqualTo("Sayfalı yorum 1");
            expect(more).hasCount(0);
        }
    }

    // The moderator.

    @Test
    void aModeratorApprovesAWaitingCommentWithTheButtonAndTheReaderSeesIt() {
        Article article = story("Moderatör onaylar");
        long waiting = seed(article, "Vatandaş", "Putin tam bir alçaktır..");
        StaffMember moderator = newsroom.member(Role.MODERATOR);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, moderator);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Moderasyon").setExact(true)).first().click();
            page.waitForURL(Pattern.compile(".*/yonetim/moderasyon.*"));
            Locator item = page.locator("#m-" + waiting);
            expect(item).containsText("Putin tam bir alçaktır..");
            expect(item.locator(".mod-rule")).containsText("Şüpheli kelime");
            expect(item.locator(".mod-rule")).containsText("alçak");
            assertNoSidewaysScroll(page, "moderation queue");

            item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Onayla").setExact(true)).click();
            page.waitForLoadState();
            expect(page.locator(".flash")).containsText("1 yorum: onayla işlemi yapıldı");
            expect(page.locator("#m-" + waiting)).hasCount(0);
        }
        assertShownToAReader(article, waiting, "Putin tam bir alçaktır..");
    }

    @Test
    void aModeratorApprovesWithTheKeyboard() {
        Article article = fixtures.story("Klavyeyle onay").in(category).comments(CommentMode.PREMODERATED).publish();
        long waiting = seed(article, "Okur", "Klavyeyle onaylanacak yorum.");
        StaffMember moderator = newsroom.member(Role.MODERATOR);
        try (BrowserContext context = chromium.browser().newContext()) {
            Page page = signIn(context, moderator);
            page.navigate(http.base() + "/yonetim/moderasyon");
            page.locator("#m-" + waiting).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("bu haberin kuyruğu")).click();
            page.waitForURL(Pattern.compile(".*haber=" + article.id() + ".*"));
            Locator item = page.locator("#m-" + waiting);
            expect(item.locator(".mod-rule")).containsText("Ön moderasyon");

            page.keyboard().press("j");
            expect(item).isFocused();
            page.keyboard().press("a");
            page.waitForURL(Pattern.compile(".*haber=" + article.id() + ".*"));
            expect(page.locator(".flash")).containsText("1 yorum: onayla işlemi yapıldı");
            expect(page.locator("#m-" + waiting)).hasCount(0);
        }
        assertShownToAReader(article, waiting, "Klavyeyle onaylanacak yorum.");
    }

    // Accessibility and the phone layout.

    @Test
    void theCommentSectionPassesAccessibilityChecksInLightAndDarkSchemes() {
        Article article = story("Erişilebilir yorumlar");
        long first = seed(article, "Abdülbaki", "İlk satır\nİkinci satır, https://ornek.example/haber bağlantısıyla.");
        reply(article, first, "Kenan Yusuf", "Katılıyorum.");
        seed(article, "Adil", "Osmanlı’yı tasviye projesidir. Tespit doğru.");
        seed(article, "Paşa Port", "Düne kadar övgü diziyordunuz noldu hayırdır……");
        for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
            try (BrowserContext context = chromium.phone(scheme, 390)) {
                Page page = open(context, article);
                Locator like = page.locator("#yorum-" + first + " > .comment-actions button.vote-up");
                like.click();
                expect(like).hasAttribute("aria-pressed", "true");
                Axe.assertNoViolations(page, scheme + " article with comments");

                // With a reply form and a report form open in place, and a comment just posted.
                page.locator("#yorum-" + first + " > .comment-actions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cevapla")).click();
                page.locator("#yorum-" + first + " > .comment-actions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Şikayet Et")).click();
                expect(page.locator("#yorum-" + first + " form.report-form")).isVisible();
                Locator form = page.locator("#yorumlar > form.comment-form");
                fillComment(form, "Nilüfer", "Erişilebilirlik denetiminden önce yazılan yorum " + scheme + ".");
                form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
                expect(form.locator(".form-status")).containsText("Yorumunuz yayımlandı");
                Axe.assertNoViolations(page, scheme + " article with forms open");
            }
        }
    }

    @Test
    void theModerationQueuePassesAccessibilityChecks() {
        Article article = story("Erişilebilir kuyruk");
        long parent = seed(article, "Okur", "Yayındaki yorum.");
        reply(article, parent, "Vatandaş", "Putin tam bir alçaktır..");
        seed(article, "Bir Başkası", "Bakın https://a.example/1 ve https://b.example/2 ve www.c.example");
        StaffMember moderator = newsroom.member(Role.MODERATOR);
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setViewportSize(1280, 900).setLocale("tr-TR"))) {
            Page page = signIn(context, moderator);
            page.navigate(http.base() + "/yonetim/moderasyon?kuyruk=bekleyen&haber=" + article.id());
            expect(page.locator(".mod-item")).hasCount(2);
            Axe.assertNoViolations(page, "moderation queue");
            page.keyboard().press("j");
            Axe.assertNoViolations(page, "moderation queue with an item focused");
        }
    }

    @Test
    void aLongUnbrokenWordDoesNotScrollAPhoneSideways() {
        Article article = story("Uzun kelime");
        String word = "Çoooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooooook";
        String name = "Muhammedmustafaabdurrahmanmehmetalihüseyinzeynelabidinoğlu";
        long id = seed(article, name, word + word + " güzel bir haber " + word);
        reply(article, id, name, word);
        try (BrowserContext context = chromium.phone(ColorScheme.LIGHT, 360)) {
            Page page = open(context, article);
            assertNoSidewaysScroll(page, "article page");
            page.locator("#yorum-" + id + " > .comment-actions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Cevapla")).click();
            page.locator("#yorum-" + id + " > .comment-actions").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Şikayet Et")).click();
            expect(page.locator("#yorum-" + id + " > form.report-form")).isVisible();
            assertNoSidewaysScroll(page, "article page with forms open");

            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, name, word + " " + word);
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
            expect(form.locator(".form-status")).containsText("Yorumunuz yayımlandı");
            assertNoSidewaysScroll(page, "article page with a comment just posted");
        }
        try (BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
                .setJavaScriptEnabled(false).setViewportSize(360, 780).setIsMobile(true).setLocale("tr-TR"))) {
            context.setDefaultTimeout(10_000);
            Page page = open(context, article);
            Locator form = page.locator("#yorumlar > form.comment-form");
            fillComment(form, name, word + "?" + word);
            form.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Yorumu gönder")).click();
            page.waitForURL(Pattern.compile(".*/yorum/\\d+/durum\\?k=.+"));
            assertNoSidewaysScroll(page, "the receipt");
            for (String plain : List.of("/yorum/" + id + "/cevapla", "/yorum/" + id + "/sikayet", path(article) + "/yorumlar")) {
                page.navigate(http.base() + plain);
                assertNoSidewaysScroll(page, plain);
            }
        }
    }

    // Helpers.

    private Article story(String headline) {
        return fixtures.story(headline).in(category).publish();
    }

    private String path(Article article) {
        return article.path(category.slug());
    }

    /** A comment from a reader elsewhere, each with their own address so no pace rule applies. */
    private long seed(Article article, String name, String text) {
        return reply(article, null, name, text);
    }

    private long reply(Article article, Long parent, String name, String text) {
        int n = PEOPLE.incrementAndGet();
        return commenting.post(new Commenting.Submission(article.id(), parent, name, "tohum" + n + "@example.com", text, ""),
            new Commenting.Client("198.51." + (n / 250) + "." + (n % 250 + 1))).comment().id();
    }

    private int reports(long id) {
        return db.sql("SELECT reports FROM comments WHERE id = :id").param("id", id).query(Integer.class).single();
    }

    /** Fills a comment form as a person would, by its labels; each reader gives their own address. */
    private static void fillComment(Locator form, String name, String text) {
        form.getByLabel("Adınız").fill(name);
        form.getByLabel("E-posta").fill("okur" + PEOPLE.incrementAndGet() + "@example.com");
        form.getByLabel("Yorumunuz").fill(text);
    }

    private BrowserContext reader(boolean javaScript) {
        BrowserContext context = chromium.browser().newContext(new com.microsoft.playwright.Browser.NewContextOptions()
            .setJavaScriptEnabled(javaScript).setViewportSize(1024, 800).setLocale("tr-TR"));
        context.setDefaultTimeout(10_000);
        return context;
    }

    private Page open(BrowserContext context, Article article) {
        Page page = context.newPage();
        page.onPageError(error -> scriptErrors.add(error));
        page.navigate(http.base() + path(article));
        page.waitForLoadState();
        page.evaluate(MARK);
        return page;
    }

    private Page signIn(BrowserContext context, StaffMember member) {
        context.setDefaultTimeout(10_000);
        Page page = context.newPage();
        page.onPageError(error -> scriptErrors.add(error));
        page.navigate(http.base() + "/yonetim");
        page.getByLabel("E-posta").fill(member.email());
        page.getByLabel("Parola").fill(Newsroom.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
        page.waitForURL(http.base() + "/yonetim");
        return page;
    }

    private void assertShownToAReader(Article article, long id, String text) {
        try (BrowserContext context = reader(true)) {
            Page page = open(context, article);
            expect(page.locator("#yorum-" + id + " .comment-body")).hasText(text);
            expect(page.locator(".comment-count")).hasText("1");
        }
    }

    private static void assertNoSidewaysScroll(Page page, String what) {
        // On a phone a page too wide for the screen widens the window itself (window.innerWidth
        // grows), so the page is measured against the layout viewport (the root's clientWidth).
        Object wider = page.evaluate("""
            Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
                .map(e => e.tagName.toLowerCase() + '.' + e.className).slice(0, 5)""");
        assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= document.documentElement.clientWidth"))
            .as(what + " has elements wider than the screen: " + wider).isTrue();
    }

    private static com.microsoft.playwright.assertions.LocatorAssertions expect(Locator locator) {
        return PlaywrightAssertions.assertThat(locator);
    }
}
