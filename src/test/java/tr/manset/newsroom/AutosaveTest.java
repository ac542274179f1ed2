package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.Browser;
import tr.manset.Chromium;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.TestDatabase;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.NewsDesk;
import tr.manset.article.Revision;
import tr.manset.audit.AuditLog;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/** Saving the editor while its writer types, and reading what each save changed. */
@SiteTest
class AutosaveTest {

    // Tuesday 1 December 2026, 09:00 in Istanbul.
    static final Instant NINE = Instant.parse("2026-12-01T06:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(NINE);
        }
    }

    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Articles articles;
    @Autowired NewsDesk desk;
    @Autowired AuditLog audit;
    @Autowired MutableClock clock;
    @Autowired Browser http;

    Category economy;
    Author author;
    StaffMember chief;
    Newsroom.Session session;

    @BeforeEach
    void aChiefEditorSignedIn() {
        clock.set(NINE);
        economy = fixtures.category("Ekonomi");
        author = fixtures.author("Elif Tunçer", "Ekonomi Editörü");
        chief = newsroom.member(Role.EDITOR_IN_CHIEF);
        session = newsroom.signIn(chief);
    }

    Map<String, Object> form(String headline, int version) {
        Map<String, Object> form = new HashMap<>();
        form.put("headline", headline);
        form.put("spot", "Kısa özet.");
        form.put("body", "<p>Merkez bankası faizi sabit tuttu.</p><ul><li>Dolar</li><li>Euro</li></ul>");
        form.put("categoryId", economy.id());
        form.put("authorIds", List.of(author.id()));
        form.put("tags", "Faiz");
        form.put("source", "Manşet Haber Merkezi");
        form.put("commentMode", "OPEN");
        form.put("version", version);
        return form;
    }

    long create(Newsroom.Session writer, String headline) {
        Map<String, Object> fields = form(headline, 0);
        fields.remove("version");
        HttpResponse<String> response = writer.post("/yonetim/haberler", fields, "/yonetim/haberler/yeni");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** Posts with the session's CSRF token, read from a page every writer may open. */
    HttpResponse<String> autosave(Newsroom.Session writer, long id, Map<String, Object> fields) {
        return writer.post("/yonetim/haberler/" + id + "/otomatik-kayit", fields, "/yonetim/haberler/yeni");
    }

    static Map<?, ?> json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        return JSON.readValue(response.body(), Map.class);
    }

    Article stored(long id) {
        return articles.find(id).orElseThrow();
    }

    long autosaveAudits(long id) {
        return audit.find("article.autosave", null, 100, 0).stream().filter(e -> e.subject().equals("article:" + id)).count();
    }

    @Test
    void savesTheFormAndAnswersTheNewVersion() {
        long id = create(session, "Faiz kararı öncesi bekleyiş");
        clock.advance(Duration.ofMinutes(5));

        HttpResponse<String> response = autosave(session, id, form("Faiz kararı sonrası hareketlilik", 1));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response)).isEqualTo(Map.of("version", 2, "saved", "01.12.2026 09:05"));
        assertThat(stored(id).headline()).isEqualTo("Faiz kararı sonrası hareketlilik");
        assertThat(stored(id).version()).isEqualTo(2);
    }

    @Test
    void keepsOneRevisionPerPersonForEveryTwoMinutesOfTyping() {
        long id = create(session, "Birinci hali");
        clock.advance(Duration.ofMinutes(5));
        assertThat(autosave(session, id, form("İkinci hali", 1)).statusCode()).isEqualTo(200);
        clock.advance(Duration.ofSeconds(30));
        assertThat(autosave(session, id, form("Üçüncü hali", 2)).statusCode()).isEqualTo(200);

        List<Revision> revisions = desk.revisions(id, chief);
        assertThat(revisions).extracting(Revision::version).containsExactly(3, 1);
        assertThat(revisions.getFirst().content().headline()).isEqualTo("Üçüncü hali");
        assertThat(revisions.getFirst().savedAt()).isEqualTo(NINE.plus(Duration.ofMinutes(5)));
        assertThat(autosaveAudits(id)).isEqualTo(1);

        clock.advance(Duration.ofMinutes(2));
        assertThat(autosave(session, id, form("Dördüncü hali", 3)).statusCode()).isEqualTo(200);

        assertThat(desk.revisions(id, chief)).extracting(r -> r.content().headline())
            .containsExactly("Dördüncü hali", "Üçüncü hali", "Birinci hali");
        assertThat(autosaveAudits(id)).isEqualTo(2);
        assertThat(session.page("/yonetim/haberler/" + id + "/surumler").select("tbody tr").first().text()).contains("Şu anki");
    }

    @Test
    void startsANewRevisionWhenSomeoneElseSavedLast() {
        long id = create(session, "Masanın haberi");
        StaffMember editor = newsroom.member(Role.EDITOR, economy.id());
        Newsroom.Session other = newsroom.signIn(editor);

        assertThat(autosave(other, id, form("Editörün eklediği başlık", 1)).statusCode()).isEqualTo(200);

        assertThat(desk.revisions(id, chief)).extracting(Revision::version, Revision::staffId)
            .containsExactly(tuple(2, editor.id()), tuple(1, chief.id()));
    }

    @Test
    void unchangedContentMakesNoNewVersion() {
        long id = create(session, "Değişmeyen haber");

        HttpResponse<String> response = autosave(session, id, form("Değişmeyen haber", 1));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("version")).isEqualTo(1);
        assertThat(stored(id).version()).isEqualTo(1);
    }

    @Test
    void theEditorOffersAutosaveOnlyForAStoryThatCanBeChanged() {
        long id = create(session, "Düzenlenebilir haber");

        Document editor = session.page("/yonetim/haberler/" + id);
        assertThat(editor.select("form.nr-story").attr("data-autosave")).isEqualTo("/yonetim/haberler/" + id + "/otomatik-kayit");
        assertThat(editor.select("form.nr-story p.nr-autosave[role=status][aria-live=polite]")).hasSize(1);
        assertThat(editor.select("script[src*=autosave]")).hasSize(1);

        Document blank = session.page("/yonetim/haberler/yeni");
        assertThat(blank.select("form.nr-story").hasAttr("data-autosave")).isFalse();
        assertThat(blank.select(".nr-autosave")).isEmpty();
    }

    @Nested
    class WhenTheAutosaveIsRefused {

        @Test
        void aStaleVersionIsAConflictAndChangesNothing() {
            long id = create(session, "Ortak haber");
            Newsroom.Session other = newsroom.signIn(newsroom.member(Role.EDITOR, economy.id()));
            assertThat(autosave(other, id, form("Öteki editörün başlığı", 1)).statusCode()).isEqualTo(200);

            HttpResponse<String> response = autosave(session, id, form("Benim başlığım", 1));

            assertThat(response.statusCode()).isEqualTo(409);
            Map<?, ?> answer = json(response);
            assertThat(answer.get("code")).isEqualTo("conflict");
            assertThat(answer.get("version")).isEqualTo(2);
            assertThat((String) answer.get("message")).contains("başka biri kaydetti").contains("Kaydet");
            assertThat(stored(id).headline()).isEqualTo("Öteki editörün başlığı");
            assertThat(stored(id).version()).isEqualTo(2);
        }

        @Test
        void anEmptyHeadlineIsInvalidAndChangesNothing() {
            long id = create(session, "Başlığı silinecek haber");

            HttpResponse<String> response = autosave(session, id, form("", 1));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(json(response)).isEqualTo(Map.of("code", "invalid", "problems", Map.of("headline", "Başlık boş olamaz.")));
            assertThat(stored(id).headline()).isEqualTo("Başlığı silinecek haber");
            assertThat(stored(id).version()).isEqualTo(1);
        }

        @Test
        void aReporterMayNotAutosaveAStoryTheyCannotEdit() {
            long id = create(session, "Genel yayın yönetmeninin haberi");
            Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));

            HttpResponse<String> response = autosave(reporter, id, form("Muhabirin başlığı", 1));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(json(response).get("code")).isEqualTo("forbidden");
            assertThat(stored(id).headline()).isEqualTo("Genel yayın yönetmeninin haberi");
        }

        @Test
        void aReporterMayNotAutosaveTheirStoryOnceSubmitted() {
            Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
            long id = create(reporter, "Muhabirin gönderdiği haber");
            reporter.post("/yonetim/haberler/" + id + "/gonder", Map.of(), "/yonetim/haberler/" + id);
            int version = stored(id).version();

            HttpResponse<String> response = autosave(reporter, id, form("Sonradan değişen başlık", version));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(stored(id).headline()).isEqualTo("Muhabirin gönderdiği haber");
            assertThat(reporter.page("/yonetim/haberler/" + id).select("form.nr-story").hasAttr("data-autosave")).isFalse();
        }

        @Test
        void aPostWithoutTheCsrfTokenIsForbidden() {
            long id = create(session, "CSRF denemesi");

            HttpResponse<String> response = session.postRaw("/yonetim/haberler/" + id + "/otomatik-kayit",
                new ArrayList<Map.Entry<String, ?>>(form("Sahte başlık", 1).entrySet()));

            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(stored(id).headline()).isEqualTo("CSRF denemesi");
        }
    }

    @Nested
    class TheRevisionHistory {

        @Test
        void showsWhatASaveChangedWordByWord() {
            long id = create(session, "Faiz kararı öncesi piyasalarda bekleyiş");
            Map<String, Object> edit = form("Faiz kararı sonrası piyasalarda bekleyiş", 1);
            edit.put("body", "<p>Merkez bankası faizi sabit tuttu.</p><ul><li>Dolar</li><li>Sterlin</li><li>Euro</li></ul>");
            assertThat(session.post("/yonetim/haberler/" + id, edit, "/yonetim/haberler/" + id).statusCode()).isEqualTo(302);

            Document history = session.page("/yonetim/haberler/" + id + "/surumler");
            assertThat(history.select("tbody tr").first().select("a").attr("href"))
                .isEqualTo("/yonetim/haberler/" + id + "/surumler?karsilastir=2");
            assertThat(history.select("tbody tr").last().text()).contains("İlk sürüm");

            HttpResponse<String> page = session.get("/yonetim/haberler/" + id + "/surumler?karsilastir=2");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("<del>öncesi</del> <ins>sonrası</ins> piyasalarda bekleyiş");
            assertThat(page.body()).contains("• Dolar\n<ins>• Sterlin\n</ins>• Euro");
            Document diff = Jsoup.parse(page.body());
            assertThat(diff.select(".nr-diff dt").eachText()).containsExactly("Başlık", "Haber metni");
        }

        @Test
        void escapesWhatWasWritten() {
            long id = create(session, "Başlık <b>kalın</b>");
            assertThat(session.post("/yonetim/haberler/" + id, form("Başlık <script>alert(1)</script>", 1),
                "/yonetim/haberler/" + id).statusCode()).isEqualTo(302);

            String page = session.get("/yonetim/haberler/" + id + "/surumler?karsilastir=2").body();

            assertThat(page).contains("<del>&lt;b&gt;kalın&lt;/b&gt;</del>").doesNotContain("<script>alert(1)");
        }

        @Test
        void saysSoForTheFirstRevisionAndAnswers404ForAnUnknownOne() {
            long id = create(session, "Tek sürümlü haber");

            assertThat(session.page("/yonetim/haberler/" + id + "/surumler?karsilastir=1").select(".nr-diff").text())
                .contains("ilk sürümü");
            assertThat(session.get("/yonetim/haberler/" + id + "/surumler?karsilastir=9").statusCode()).isEqualTo(404);
        }

        @Test
        void restoringARevisionFoldedAwaySinceThePageOpenedSaysWhereItWentAndChangesNothing() {
            long id = create(session, "Birinci hali");
            clock.advance(Duration.ofMinutes(5));
            assertThat(autosave(session, id, form("İkinci hali", 1)).statusCode()).isEqualTo(200);
            // A workflow step moves the story on without a revision, so revision 2 is no longer the current one.
            assertThat(session.post("/yonetim/haberler/" + id + "/gonder", Map.of(), "/yonetim/haberler/" + id).statusCode())
                .isEqualTo(302);
            Document history = session.page("/yonetim/haberler/" + id + "/surumler");
            String restoreTwo = history.select("form[action$=/surumler/2/geri-yukle]").attr("action");
            assertThat(restoreTwo).isEqualTo("/yonetim/haberler/" + id + "/surumler/2/geri-yukle");

            clock.advance(Duration.ofSeconds(40));
            assertThat(autosave(session, id, form("Üçüncü hali", 3)).statusCode()).isEqualTo(200);
            assertThat(desk.revisions(id, chief)).extracting(Revision::version).containsExactly(4, 1);

            HttpResponse<String> response = session.post(restoreTwo, Map.of(), "/yonetim/haberler/" + id + "/surumler");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow())
                .endsWith("/yonetim/haberler/" + id + "/surumler?karsilastir=4");
            Document page = session.page("/yonetim/haberler/" + id + "/surumler?karsilastir=4");
            assertThat(page.select(".flash-error[role=alert]").text())
                .contains("2. sürüm artık ayrı durmuyor").contains("4. sürüme katıldı").contains("Hiçbir şey geri yüklenmedi");
            assertThat(page.select(".nr-diff h2").text()).isEqualTo("Sürüm 4: neler değişti");
            assertThat(stored(id).headline()).isEqualTo("Üçüncü hali");
            assertThat(stored(id).version()).isEqualTo(4);
            assertThat(desk.revisions(id, chief)).hasSize(2);
        }

        @Test
        void restoringARevisionTheStoryNeverHadSaysSo() {
            long id = create(session, "Tek sürümlü haber");

            HttpResponse<String> response = session.post("/yonetim/haberler/" + id + "/surumler/9/geri-yukle", Map.of(),
                "/yonetim/haberler/" + id + "/surumler");

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/haberler/" + id + "/surumler");
            assertThat(session.page("/yonetim/haberler/" + id + "/surumler").select(".flash-error").text())
                .contains("9. sürüm bu haberin sürümleri arasında yok");
            assertThat(stored(id).version()).isEqualTo(1);
        }

        @Test
        void isClosedToThoseWhoCannotSeeTheHistory() {
            long id = create(session, "Gizli taslak");
            Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));

            assertThat(reporter.get("/yonetim/haberler/" + id + "/surumler?karsilastir=1").statusCode()).isEqualTo(403);
        }
    }

    @Nested
    class InTheBrowser {

        @Test
        void savesWhileTypingAndTheSaveButtonStillWorks() {
            Assumptions.assumeFalse(TestDatabase.postgresql(), "browser tests run in the SQLite lane");
            long id = create(session, "Tarayıcıda yazılan haber");
            try (Chromium chromium = Chromium.launch(); BrowserContext context = chromium.browser().newContext()) {
                Page page = context.newPage();
                page.navigate(http.base() + "/yonetim");
                page.getByLabel("E-posta").fill(chief.email());
                page.getByLabel("Parola").fill(Newsroom.PASSWORD);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Giriş yap")).click();
                page.waitForURL(http.base() + "/yonetim");
                page.navigate(http.base() + "/yonetim/haberler/" + id);

                page.getByLabel("Başlık", new Page.GetByLabelOptions().setExact(true)).fill("Tarayıcıda otomatik kaydedilen haber");

                PlaywrightAssertions.assertThat(page.locator(".nr-autosave"))
                    .hasText("Otomatik kaydedildi: 09:00", new LocatorAssertions.HasTextOptions().setTimeout(10_000));
                assertThat(stored(id).headline()).isEqualTo("Tarayıcıda otomatik kaydedilen haber");
                assertThat(page.locator("input[name=version]").inputValue()).isEqualTo("2");

                page.locator(".editor-surface").click();
                page.keyboard().press("End");
                page.keyboard().type(" Piyasalar kararı olumlu karşıladı.");
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kaydet").setExact(true)).click();

                PlaywrightAssertions.assertThat(page.locator(".flash").first()).containsText("Değişiklikler kaydedildi.");
                assertThat(stored(id).body().toJson()).contains("Piyasalar kararı olumlu karşıladı.");
            }
        }
    }
}
