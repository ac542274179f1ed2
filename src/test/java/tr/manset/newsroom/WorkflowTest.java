package tr.manset.newsroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Status;
import tr.manset.audit.AuditLog;
import tr.manset.author.Author;
import tr.manset.category.Category;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;
import tr.manset.system.time.TurkishTime;

@SiteTest
class WorkflowTest {

    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Articles articles;
    @Autowired Browser browser;
    @Autowired AuditLog audit;
    @Autowired JdbcClient db;

    Category economy;
    Category sport;
    Author author;

    @BeforeEach
    void newsroomWithTwoDesks() {
        economy = fixtures.category("Ekonomi");
        sport = fixtures.category("Spor");
        author = fixtures.author("Elif Tunçer", "Ekonomi Editörü");
    }

    Map<String, Object> story(String headline, Category category) {
        Map<String, Object> form = new HashMap<>();
        form.put("headline", headline);
        form.put("spot", "Kısa özet.");
        form.put("body", "<p>İlk paragraf <b>kalın</b>.</p><h2>Ara başlık</h2><ul><li>bir</li><li>iki</li></ul>");
        form.put("categoryId", category.id());
        form.put("authorIds", List.of(author.id()));
        form.put("tags", "Faiz, Piyasalar");
        form.put("source", "Manşet Haber Merkezi");
        form.put("commentMode", "OPEN");
        return form;
    }

    long create(Newsroom.Session session, Map<String, Object> form) {
        HttpResponse<String> response = session.post("/yonetim/haberler", form, "/yonetim/haberler/yeni");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    HttpResponse<String> act(Newsroom.Session session, long id, String action) {
        return session.post("/yonetim/haberler/" + id + "/" + action, Map.of(), "/yonetim/haberler/" + id);
    }

    Article stored(long id) {
        return articles.find(id).orElseThrow();
    }

    @Test
    void aReporterWritesAndSubmitsAndAnEditorOfTheCategoryPublishes() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
        long id = create(reporter, story("Faiz kararı öncesi piyasalarda bekleyiş", economy));
        assertThat(stored(id).status()).isEqualTo(Status.DRAFT);
        assertThat(stored(id).body().blocks()).hasSize(3);

        assertThat(act(reporter, id, "gonder").statusCode()).isEqualTo(302);
        assertThat(stored(id).status()).isEqualTo(Status.IN_REVIEW);
        Document readOnly = reporter.page("/yonetim/haberler/" + id);
        assertThat(readOnly.select(".nr-readonly").text()).contains("İncelemede");
        assertThat(readOnly.select("form.nr-story button[type=submit]")).isEmpty();
        assertThat(reporter.post("/yonetim/haberler/" + id, Map.of("headline", "Sonradan değiştirme", "version", stored(id).version()),
            "/yonetim/haberler/" + id).statusCode()).isEqualTo(403);

        Newsroom.Session editor = newsroom.signIn(newsroom.member(Role.EDITOR, economy.id()));
        Document dashboard = editor.page("/yonetim");
        assertThat(dashboard.select("section[aria-labelledby=inceleme] a").eachText()).contains("Faiz kararı öncesi piyasalarda bekleyiş");

        assertThat(act(editor, id, "yayimla").statusCode()).isEqualTo(302);
        Article published = stored(id);
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);
        assertThat(published.firstPublishedAt()).isNotNull();
        assertThat(browser.get(published.path("ekonomi")).statusCode()).isEqualTo(200);
        assertThat(audit.find("article.publish", null, 50, 0)).anySatisfy(entry -> assertThat(entry.subject()).isEqualTo("article:" + id));
    }

    @Test
    void theStoryListFiltersByStatusCategoryAuthorAndTurkishText() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long wanted = create(chief, story("GÖRÜŞMELER sürüyor: İzmir'de uzlaşma arayışı", economy));
        create(chief, story("Başka bir ekonomi taslağı", economy));
        long elsewhere = create(chief, story("Görüşmeler spor masasında", sport));

        Document list = chief.page("/yonetim/haberler?durum=DRAFT&kategori=" + economy.id() + "&yazar=" + author.id()
            + "&ara=" + java.net.URLEncoder.encode("görüşme", java.nio.charset.StandardCharsets.UTF_8));

        assertThat(list.select(".nr-table tbody a").eachAttr("href"))
            .contains("/yonetim/haberler/" + wanted).doesNotContain("/yonetim/haberler/" + elsewhere);
        assertThat(list.select(".nr-table tbody a").eachText()).allSatisfy(text -> assertThat(text).containsIgnoringCase("görüşme"));
    }

    @Test
    void theMansetFlagPutsAStoryAtTheTopOfTheHomePage() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        Map<String, Object> form = story("Editörlerin seçtiği manşet", economy);
        form.put("leadRank", 1);
        long chosen = create(chief, form);
        act(chief, chosen, "yayimla");
        long newer = create(chief, story("Daha yeni ama manşette olmayan haber", economy));
        act(chief, newer, "yayimla");

        Document home = browser.page("/");
        assertThat(home.select(".manset-lead .teaser-headline").text()).isEqualTo("Editörlerin seçtiği manşet");
        assertThat(home.select(".manset-secondary .teaser-headline").eachText()).contains("Daha yeni ama manşette olmayan haber");
        // Other tests share this database and expect the newest story to lead.
        act(chief, chosen, "yayindan-kaldir");
    }

    @Test
    void markingAnUpdateShowsGuncellemeAndKeepsGiris() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long id = create(chief, story("Enflasyon verisi açıklandı", economy));
        act(chief, id, "yayimla");
        Article first = stored(id);
        assertThat(browser.page(first.path("ekonomi")).select(".story-meta").text()).doesNotContain("GÜNCELLEME");

        act(chief, id, "guncelle");

        Article updated = stored(id);
        assertThat(updated.firstPublishedAt()).isEqualTo(first.firstPublishedAt());
        assertThat(updated.updatedAt()).isNotNull();
        assertThat(browser.page(first.path("ekonomi")).select(".story-meta").text()).contains("GÜNCELLEME");
    }

    @Test
    void unpublishedStoriesAnswerGoneNeverTheOldText() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long id = create(chief, story("Yayından kaldırılacak haber", economy));
        act(chief, id, "yayimla");
        String path = stored(id).path("ekonomi");

        act(chief, id, "yayindan-kaldir");

        HttpResponse<String> response = browser.get(path);
        assertThat(response.statusCode()).isEqualTo(410);
        assertThat(response.body()).contains("Bu haber yayından kaldırıldı").doesNotContain("İlk paragraf");
    }

    @Test
    void keepsARevisionOfEverySaveAndRestoresAny() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long id = create(chief, story("İlk başlık", economy));
        Map<String, Object> edit = story("İkinci başlık", economy);
        edit.put("version", stored(id).version());
        assertThat(chief.post("/yonetim/haberler/" + id, edit, "/yonetim/haberler/" + id).statusCode()).isEqualTo(302);
        assertThat(stored(id).headline()).isEqualTo("İkinci başlık");

        Document history = chief.page("/yonetim/haberler/" + id + "/surumler");
        assertThat(history.select("tbody tr")).hasSize(2);

        chief.post("/yonetim/haberler/" + id + "/surumler/1/geri-yukle", Map.of(), "/yonetim/haberler/" + id + "/surumler");
        assertThat(stored(id).headline()).isEqualTo("İlk başlık");
        assertThat(chief.page("/yonetim/haberler/" + id + "/surumler").select("tbody tr")).hasSize(3);
    }

    @Test
    void theHeroImageIsChosenByItsNumberWithoutJavaScriptAndShownInTheForm() {
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        long image = fixtures.image(1200, 800).id();
        Map<String, Object> form = story("Ana görseli numarayla seçilen haber", economy);
        form.put("heroImageId", image);
        form.put("heroAlt", "Limanda bekleyen tekneler");
        form.put("heroCaption", "Tekneler limanda");
        long id = create(chief, form);

        assertThat(stored(id).hero().imageId()).isEqualTo(image);
        Document editor = chief.page("/yonetim/haberler/" + id);
        assertThat(editor.select("fieldset[data-hero-picker]").attr("data-media-search")).isEqualTo("/yonetim/medya/ara");
        assertThat(editor.select(".nr-hero-preview img").attr("src")).isEqualTo("/medya/by-id/" + image);
        assertThat(editor.select("input[name=heroImageId]").val()).isEqualTo(String.valueOf(image));
        assertThat(chief.get("/medya/by-id/" + image).statusCode()).isEqualTo(302);

        Map<String, Object> missing = story("Olmayan görselle kaydedilen haber", economy);
        missing.put("heroImageId", 987654);
        missing.put("heroAlt", "Yok");
        HttpResponse<String> refused = chief.post("/yonetim/haberler", missing, "/yonetim/haberler/yeni");
        assertThat(refused.statusCode()).isEqualTo(400);
        Document page = Jsoup.parse(refused.body());
        assertThat(page.select(".field-error").text()).contains("Bu numarada bir görsel yok.");
        assertThat(page.select(".nr-hero-preview")).isEmpty();
    }

    @Test
    void previewShowsUnpublishedWorkToStaffOnly() {
        Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
        long id = create(reporter, story("Önizlenecek taslak", economy));

        Document preview = reporter.page("/yonetim/haberler/" + id + "/onizleme");
        assertThat(preview.select("h1").text()).isEqualTo("Önizlenecek taslak");
        assertThat(preview.select(".preview-banner").text()).contains("Önizleme");
        assertThat(preview.select("meta[name=robots]").attr("content")).isEqualTo("noindex");

        HttpResponse<String> stranger = newsroom.anonymous().get("/yonetim/haberler/" + id + "/onizleme");
        assertThat(stranger.statusCode()).isEqualTo(302);
        assertThat(stranger.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris");
        assertThat(browser.get(stored(id).path("ekonomi")).statusCode()).isEqualTo(404);
    }

    /** Stories readers never saw can be deleted, after a confirmation; published ones stay. */
    @Nested
    class DeletingAStory {

        HttpResponse<String> delete(Newsroom.Session session, long id, Integer version) {
            Map<String, Object> form = version == null ? Map.of() : Map.of("version", version);
            // The form page read for the CSRF token is the editor, as for the workflow steps.
            return session.post("/yonetim/haberler/" + id + "/sil", form, "/yonetim/haberler/" + id);
        }

        long revisionsOf(long id) {
            return db.sql("SELECT COUNT(*) FROM article_revisions WHERE article_id = :id").param("id", id).query(Long.class).single();
        }

        @Test
        void aDraftGoesWithItsRevisionsAfterAConfirmationAndTheAuditLogSaysWho() {
            StaffMember member = newsroom.member(Role.EDITOR_IN_CHIEF);
            Newsroom.Session chief = newsroom.signIn(member);
            long id = create(chief, story("Silinecek taslak", economy));
            Map<String, Object> edit = story("Silinecek taslağın ikinci hali", economy);
            edit.put("version", stored(id).version());
            chief.post("/yonetim/haberler/" + id, edit, "/yonetim/haberler/" + id);
            assertThat(revisionsOf(id)).isEqualTo(2);

            assertThat(chief.page("/yonetim/haberler/" + id).select("a[href=/yonetim/haberler/" + id + "/sil]").text())
                .isEqualTo("Haberi sil");
            Document confirmation = chief.page("/yonetim/haberler/" + id + "/sil");
            assertThat(confirmation.select("h2").text()).isEqualTo("Silinecek taslağın ikinci hali");
            assertThat(confirmation.text()).contains("geri alınamaz");
            assertThat(confirmation.select("form[action=/yonetim/haberler/" + id + "/sil] input[name=version]").val()).isEqualTo("2");
            assertThat(stored(id).status()).isEqualTo(Status.DRAFT);

            HttpResponse<String> response = delete(chief, id, 2);

            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/haberler");
            assertThat(articles.find(id)).isEmpty();
            assertThat(revisionsOf(id)).isZero();
            assertThat(chief.page("/yonetim/haberler").select(".flash").text())
                .isEqualTo("Haber sürümleriyle birlikte silindi: Silinecek taslağın ikinci hali");
            assertThat(audit.find("article.delete", null, 50, 0)).anySatisfy(entry -> {
                assertThat(entry.subject()).isEqualTo("article:" + id);
                assertThat(entry.staffId()).isEqualTo(member.id());
            });
            assertThat(chief.get("/yonetim/haberler/" + id).statusCode()).isEqualTo(404);
        }

        @Test
        void deletingAScheduledStoryUnschedulesIt() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("Zamanlanmış ama vazgeçilen haber", economy));
            String tomorrow = TurkishTime.iso(Instant.now().plus(1, ChronoUnit.DAYS)).substring(0, 16);
            chief.post("/yonetim/haberler/" + id + "/zamanla", Map.of("zaman", tomorrow), "/yonetim/haberler/" + id);
            assertThat(stored(id).status()).isEqualTo(Status.SCHEDULED);

            assertThat(chief.page("/yonetim/haberler/" + id + "/sil").text()).contains("zamanlanmıştı; silinirse yayımlanmaz");
            assertThat(delete(chief, id, stored(id).version()).statusCode()).isEqualTo(302);

            assertThat(articles.find(id)).isEmpty();
        }

        @Test
        void aPublishedOrUnpublishedStoryStaysAndTheEditorSaysToUnpublishInstead() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("Okurların gördüğü haber", economy));
            act(chief, id, "yayimla");
            Article published = stored(id);
            assertThat(chief.page("/yonetim/haberler/" + id).select("a[href$=/sil]")).isEmpty();

            HttpResponse<String> confirmation = chief.get("/yonetim/haberler/" + id + "/sil");
            assertThat(confirmation.statusCode()).isEqualTo(302);
            assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text()).contains("yayından kaldırabilirsiniz");
            assertThat(delete(chief, id, null).statusCode()).isEqualTo(302);
            assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text())
                .isEqualTo("Yayımlanmış bir haber silinemez: okurlar onu gördü. Bunun yerine yayından kaldırabilirsiniz.");
            assertThat(stored(id).version()).isEqualTo(published.version());

            act(chief, id, "yayindan-kaldir");
            assertThat(delete(chief, id, null).statusCode()).isEqualTo(302);
            assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text()).contains("Bir kez yayımlanmış bir haber silinemez");
            assertThat(stored(id).status()).isEqualTo(Status.UNPUBLISHED);
            assertThat(browser.get(published.path("ekonomi")).statusCode()).isEqualTo(410);
        }

        @Test
        void aReporterDeletesTheirOwnDraftButNotOnceSubmitted() {
            Newsroom.Session reporter = newsroom.signIn(newsroom.member(Role.REPORTER));
            long draft = create(reporter, story("Muhabirin vazgeçtiği taslak", economy));
            long submitted = create(reporter, story("Muhabirin gönderdiği haber", economy));
            act(reporter, submitted, "gonder");

            assertThat(reporter.page("/yonetim/haberler/" + draft).select("a[href$=/sil]")).hasSize(1);
            assertThat(delete(reporter, draft, null).statusCode()).isEqualTo(302);
            assertThat(articles.find(draft)).isEmpty();

            assertThat(reporter.page("/yonetim/haberler/" + submitted).select("a[href$=/sil]")).isEmpty();
            assertThat(reporter.get("/yonetim/haberler/" + submitted + "/sil").statusCode()).isEqualTo(403);
            assertThat(delete(reporter, submitted, null).statusCode()).isEqualTo(403);
            assertThat(stored(submitted).status()).isEqualTo(Status.IN_REVIEW);
        }

        @Test
        void aConfirmationOfAnOlderVersionDeletesNothing() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("Silinirken değişen haber", economy));
            int confirmed = Integer.parseInt(chief.page("/yonetim/haberler/" + id + "/sil").select("input[name=version]").val());
            Newsroom.Session editor = newsroom.signIn(newsroom.member(Role.EDITOR, economy.id()));
            Map<String, Object> edit = story("Editörün son anda düzelttiği haber", economy);
            edit.put("version", confirmed);
            assertThat(editor.post("/yonetim/haberler/" + id, edit, "/yonetim/haberler/" + id).statusCode()).isEqualTo(302);

            assertThat(delete(chief, id, confirmed).statusCode()).isEqualTo(302);

            assertThat(stored(id).headline()).isEqualTo("Editörün son anda düzelttiği haber");
            assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text()).contains("silinmedi");
        }
    }

    @Nested
    class WhenTwoPeopleEditTheSameStory {

        @Test
        void theStaleSaveGetsAConflictScreenAndChangesNothing() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            Newsroom.Session editor = newsroom.signIn(newsroom.member(Role.EDITOR, economy.id()));
            long id = create(chief, story("Ortak haber", economy));
            int base = stored(id).version();

            Map<String, Object> first = story("Birinci kişinin başlığı", economy);
            first.put("version", base);
            assertThat(chief.post("/yonetim/haberler/" + id, first, "/yonetim/haberler/" + id).statusCode()).isEqualTo(302);

            Map<String, Object> second = story("İkinci kişinin başlığı", economy);
            second.put("version", base);
            HttpResponse<String> conflict = editor.post("/yonetim/haberler/" + id, second, "/yonetim/haberler/" + id);

            assertThat(conflict.statusCode()).isEqualTo(409);
            Document page = Jsoup.parse(conflict.body());
            assertThat(page.select(".nr-conflict").text()).contains("Birinci kişinin başlığı");
            assertThat(page.select("input[name=headline]").attr("value")).isEqualTo("İkinci kişinin başlığı");
            assertThat(stored(id).headline()).isEqualTo("Birinci kişinin başlığı");
        }
    }

    @Nested
    class WhenTheInputIsBad {

        @Test
        void anEmptyHeadlineIsRefusedWithATurkishMessage() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            Map<String, Object> form = story("", economy);
            HttpResponse<String> response = chief.post("/yonetim/haberler", form, "/yonetim/haberler/yeni");
            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Jsoup.parse(response.body()).select(".field-error").text()).contains("Başlık boş olamaz.");
        }

        @Test
        void scriptsInTheBodyNeverReachTheStory() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            Map<String, Object> form = story("Temizlenecek metin", economy);
            form.put("body", "<p onclick=\"steal()\">Metin<script>alert(1)</script><a href=\"javascript:alert(2)\">bağ</a></p>");
            long id = create(chief, form);
            assertThat(stored(id).body().toJson()).doesNotContain("script").doesNotContain("onclick").doesNotContain("javascript");
        }

        @Test
        void aFormWithoutItsCsrfTokenIsForbiddenAndChangesNothing() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("CSRF deneme", economy));
            HttpResponse<String> response = chief.postRaw("/yonetim/haberler/" + id + "/yayimla", List.of());
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(stored(id).status()).isEqualTo(Status.DRAFT);
        }

        @Test
        void aReporterCannotPublish() {
            StaffMember reporter = newsroom.member(Role.REPORTER);
            Newsroom.Session session = newsroom.signIn(reporter);
            long id = create(session, story("Muhabirin haberi", economy));
            assertThat(act(session, id, "yayimla").statusCode()).isEqualTo(403);
            assertThat(stored(id).status()).isEqualTo(Status.DRAFT);
        }

        @Test
        void anEditorCannotPublishInAnotherDesksCategory() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("Spor masasının haberi", sport));
            Newsroom.Session economyEditor = newsroom.signIn(newsroom.member(Role.EDITOR, economy.id()));
            assertThat(act(economyEditor, id, "yayimla").statusCode()).isEqualTo(403);
            assertThat(stored(id).status()).isEqualTo(Status.DRAFT);
        }

        @Test
        void publishingTwiceSaysSoAndChangesNothing() {
            Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
            long id = create(chief, story("İki kez yayımlanmak istenen", economy));
            act(chief, id, "yayimla");
            Article once = stored(id);
            assertThat(act(chief, id, "yayimla").statusCode()).isEqualTo(302);
            assertThat(chief.page("/yonetim/haberler/" + id).select(".flash-error").text()).contains("şu anki durumunda yapılamaz");
            assertThat(stored(id).version()).isEqualTo(once.version());
        }
    }
}
