package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.TestDatabase;
import tr.manset.article.Articles;
import tr.manset.article.NewsDesk;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * A Muhabir writes a story with a captioned image in the editor and submits it; an Editör
 * schedules it; it appears at its time with the right GİRİŞ; a marked update shows GÜNCELLEME.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {"manset.demo=false", "manset.scheduler.initial-delay=PT1H"})
@ContextConfiguration(initializers = TestDatabase.class)
@Import({Browser.class, SiteFixtures.class, Newsroom.class, NewsroomInBrowserTest.FixedClock.class})
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NewsroomInBrowserTest {

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

    @Autowired Browser http;
    @Autowired SiteFixtures fixtures;
    @Autowired Newsroom newsroom;
    @Autowired NewsDesk desk;
    @Autowired Articles articles;
    @Autowired MutableClock clock;

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
    void fromTheReportersDraftToTheReadersPage() {
        Category world = fixtures.category("Dünya");
        fixtures.author("Selin Aydınlı", "Muhabir");
        Image photo = fixtures.image(1600, 900);
        StaffMember reporter = newsroom.member(Role.REPORTER);
        StaffMember editor = newsroom.member(Role.EDITOR, world.id());

        try (BrowserContext reporterBrowser = chromium.browser().newContext()) {
            Page page = signIn(reporterBrowser, reporter);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Yeni haber").setExact(true)).first().click();
            page.getByLabel("Başlık", new Page.GetByLabelOptions().setExact(true)).fill("Liman kentinde fırtına alarmı: \"Tekneler limanda kalsın\"");
            page.getByLabel("Özet (spot)").fill("Meteoroloji uyarısının ardından balıkçı tekneleri limandan çıkmadı.");
            var surface = page.locator(".editor-surface");
            surface.click();
            page.keyboard().type("Fırtına gece yarısından sonra etkisini artırdı.");
            page.keyboard().press("Enter");
            page.keyboard().type("Limanda son durum");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ara başlık")).click();
            page.keyboard().press("End");
            page.keyboard().press("Enter");
            // The image comes from the media library's picker, with this story's caption, credit and alt text.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Görsel")).click();
            page.locator("dialog.media-picker button[data-image-id='" + photo.id() + "']").click();
            page.getByLabel("Alt yazı", new Page.GetByLabelOptions().setExact(true)).last().fill("Limana bağlanan tekneler");
            page.getByLabel("Fotoğraf hakkı").last().fill("Fotoğraf: Manşet");
            page.getByLabel("Alternatif metin").last().fill("Limanda bağlı balıkçı tekneleri");
            page.locator("dialog.media-picker").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ekle")).click();
            page.getByLabel("Kategori").selectOption(String.valueOf(world.id()));
            page.getByLabel("Selin Aydınlı").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Taslak olarak kaydet")).click();
            page.waitForURL(java.util.regex.Pattern.compile(".*/yonetim/haberler/\\d+$"));
            assertThat(page.locator(".flash").first().textContent()).contains("taslak olarak kaydedildi");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("İncelemeye gönder")).click();
            page.waitForLoadState();
            assertThat(page.locator(".flash").first().textContent()).contains("incelemeye gönderildi");
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Şimdi yayımla")).count()).isZero();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaydet")).count()).isZero();
        }

        long id = articles.forDesk(tr.manset.article.DeskQuery.of(tr.manset.article.Status.IN_REVIEW, reporter.id(), 5))
            .items().getFirst().id();
        var stored = articles.find(id).orElseThrow();
        assertThat(stored.body().toJson()).contains("\"type\":\"heading\"").contains("Limanda son durum")
            .contains("\"type\":\"figure\"").contains("Limana bağlanan tekneler");

        try (BrowserContext editorBrowser = chromium.browser().newContext()) {
            Page page = signIn(editorBrowser, editor);
            page.locator("section[aria-labelledby=inceleme] a").first().click();
            page.getByLabel("Yayın zamanı (TSİ)").fill("2026-12-01T10:30");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Zamanla")).click();
            page.waitForLoadState();
            assertThat(page.locator(".flash").first().textContent()).contains("01.12.2026 10:30");

            String path = stored.path("dunya");
            clock.advance(Duration.ofMinutes(89));
            desk.publishDue();
            assertThat(http.get(path).statusCode()).isEqualTo(404);
            clock.advance(Duration.ofMinutes(1));
            assertThat(desk.publishDue()).isEqualTo(1);

            Page reader = editorBrowser.newPage();
            reader.navigate(http.base() + path);
            assertThat(reader.locator("h1").textContent()).isEqualTo("Liman kentinde fırtına alarmı: \"Tekneler limanda kalsın\"");
            assertThat(reader.locator(".story-meta").textContent()).contains("GİRİŞ 01.12.2026 10:30").doesNotContain("GÜNCELLEME");
            assertThat(reader.locator(".story-body figure figcaption").textContent()).contains("Limana bağlanan tekneler");

            clock.advance(Duration.ofMinutes(45));
            page.reload();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Güncelle (GÜNCELLEME işaretle)")).click();
            reader.reload();
            assertThat(reader.locator(".story-meta").textContent()).contains("GİRİŞ 01.12.2026 10:30").contains("GÜNCELLEME 01.12.2026 11:15");
        }
    }

    private Page signIn(BrowserContext context, StaffMember member) {
        Page page = context.newPage();
        page.navigate(http.base() + "/yonetim");
        page.getByLabel("E-posta").fill(member.email());
        page.getByLabel("Parola").fill(Newsroom.PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
        page.waitForURL(http.base() + "/yonetim");
        return page;
    }
}
