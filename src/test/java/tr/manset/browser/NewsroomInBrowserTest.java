package tr.manset.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
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
import tr.manset.article.HeroImage;
import tr.manset.article.NewsDesk;
import tr.manset.category.Category;
import tr.manset.media.Image;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * A Muhabir writes a story with a captioned image in the editor, picks its hero image from the
 * media library, and submits it; an Editör
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
        Image hero = fixtures.image(1200, 800);
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
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Görsel").setExact(true)).click();
            page.locator("dialog.media-picker button[data-image-id='" + photo.id() + "']").click();
            page.getByLabel("Alt yazı", new Page.GetByLabelOptions().setExact(true)).last().fill("Limana bağlanan tekneler");
            page.getByLabel("Fotoğraf hakkı").last().fill("Fotoğraf: Manşet");
            page.getByLabel("Alternatif metin").last().fill("Limanda bağlı balıkçı tekneleri");
            page.locator("dialog.media-picker").getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ekle")).click();
            // The hero image comes from the same picker: the library's alt text is offered, this story's words are kept.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Görsel seç").setExact(true)).click();
            var picker = page.locator("dialog.media-picker");
            assertThat(picker.locator("h2").textContent()).isEqualTo("Ana görsel seç");
            picker.locator("button[data-image-id='" + hero.id() + "']").click();
            assertThat(page.getByLabel("Alternatif metin").last().inputValue()).isEqualTo("Deneme görseli");
            page.getByLabel("Alt yazı", new Page.GetByLabelOptions().setExact(true)).last().fill("Sabah saatlerinde dalgalar mendireği aştı");
            page.getByLabel("Fotoğraf hakkı").last().fill("Fotoğraf: Manşet Arşivi");
            page.getByLabel("Alternatif metin").last().fill("Mendireğin üzerinden aşan yüksek dalgalar");
            picker.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Ana görsel yap")).click();
            assertThat(page.locator("dialog.media-picker").count()).isZero();
            assertThat(page.getByLabel("Görsel numarası").inputValue()).isEqualTo(String.valueOf(hero.id()));
            assertThat(page.locator("#heroAlt").inputValue()).isEqualTo("Mendireğin üzerinden aşan yüksek dalgalar");
            assertThat(page.locator("#heroCaption").inputValue()).isEqualTo("Sabah saatlerinde dalgalar mendireği aştı");
            assertThat(page.locator("#heroCredit").inputValue()).isEqualTo("Fotoğraf: Manşet Arşivi");
            var thumbnail = page.locator(".nr-hero-preview img");
            PlaywrightAssertions.assertThat(thumbnail).isVisible();
            assertThat(thumbnail.getAttribute("src")).startsWith("/medya/");
            page.waitForFunction("() => { const img = document.querySelector('.nr-hero-preview img'); "
                + "return img.complete && img.naturalWidth > 0; }");
            // Opened again, the picker shows the chosen image with what this story says about it.
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Görsel seç").setExact(true)).click();
            PlaywrightAssertions.assertThat(picker.locator("button[data-image-id='" + hero.id() + "']"))
                .hasAttribute("aria-pressed", "true");
            assertThat(page.getByLabel("Alternatif metin").last().inputValue()).isEqualTo("Mendireğin üzerinden aşan yüksek dalgalar");
            picker.getByRole(AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Vazgeç")).click();
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
        assertThat(stored.hero()).isEqualTo(new HeroImage(hero.id(), "Sabah saatlerinde dalgalar mendireği aştı",
            "Fotoğraf: Manşet Arşivi", "Mendireğin üzerinden aşan yüksek dalgalar"));

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
            var lead = reader.locator("figure.figure-lead");
            assertThat(lead.locator("img").getAttribute("src")).isEqualTo(hero.urlFor(800));
            assertThat(lead.locator("img").getAttribute("alt")).isEqualTo("Mendireğin üzerinden aşan yüksek dalgalar");
            assertThat(lead.locator(".caption").textContent()).isEqualTo("Sabah saatlerinde dalgalar mendireği aştı");
            assertThat(lead.locator(".credit").textContent()).isEqualTo("Fotoğraf: Manşet Arşivi");
            assertThat((Boolean) lead.locator("img").evaluate("img => img.complete && img.naturalWidth > 0")).isTrue();

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
