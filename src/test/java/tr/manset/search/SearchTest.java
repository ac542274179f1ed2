package tr.manset.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Block;
import tr.manset.article.NewsDesk;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/** Searching published stories in Turkish over real HTTP, with the index following the database. */
@SiteTest
class SearchTest {

    /** The follower polls every half second; a change must be searchable well within this. */
    static final Duration SEARCHABLE_WITHIN = Duration.ofSeconds(2);

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired Search search;
    @Autowired NewsDesk desk;
    @Autowired Newsroom newsroom;
    @Autowired IndexFeed feed;

    Article publish(String headline, String spot, String body) {
        return fixtures.story(headline).spot(spot).in(fixtures.category("Arama Masası"))
            .body(new Block.Paragraph(body)).publish();
    }

    List<Long> ids(String query) {
        return search.search(SearchRequest.of(query)).hits().stream().map(SearchResults.Hit::id).toList();
    }

    static void eventually(BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(SEARCHABLE_WITHIN);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + " did not happen within " + SEARCHABLE_WITHIN);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void turkishWordsAreFoundInflectedCapitalisedAndWithoutTurkishLetters() {
        Article story = publish("Zeytinova'da görüşme yarın başlıyor", "Taraflar masaya oturuyor.",
            "Heyetler görüşmelerde su ve enerji başlıklarını ele alacak. Işıklı Vadisi'nin geleceği de konuşulacak.");
        eventually(() -> ids("Zeytinova").contains(story.id()), "indexing");

        for (String query : List.of("görüşme", "GÖRÜŞME", "gorusme", "görüşmelerde", "gorusmelerde", "Zeytinova'da",
                "zeytinovada", "ZEYTİNOVA", "ışıklı vadisi", "ISIKLI", "\"su ve enerji\"")) {
            assertThat(ids(query)).as(query).contains(story.id());
        }
        assertThat(ids("\"enerji ve su\"")).doesNotContain(story.id());
    }

    @Test
    void theHeadlineOutweighsAPassingMention() {
        Article mention = publish("Kırlangıç koyunda temizlik günü", "Gönüllüler sahili temizledi.",
            "Temizliğe katılanlar arasında Balamir Kooperatifi üyeleri de vardı.");
        Article about = publish("Balamir Kooperatifi ihracat rekoru kırdı", "Kooperatif yıl sonu hedefini aştı.",
            "Üyeler üretimi iki katına çıkardı.");
        eventually(() -> ids("Balamir").containsAll(List.of(mention.id(), about.id())), "indexing");
        assertThat(ids("Balamir kooperatifi").getFirst()).isEqualTo(about.id());
    }

    @Test
    void thePageShowsHighlightedSnippetsFiltersAndPages() {
        Article story = publish("Tepecikli çiftçilere <b>yeni</b> destek & kredi", "Tepecik ovasında hasat başladı.",
            "Tepecikli üreticiler hasadın verimli geçtiğini söyledi.");
        eventually(() -> ids("Tepecikli").contains(story.id()), "indexing");

        Document page = browser.page("/arama?q=tepecikli");
        assertThat(page.select(".search-hit")).hasSize(1);
        assertThat(page.select(".search-headline a").attr("href")).endsWith("-" + story.id());
        assertThat(page.select(".search-headline mark").text()).isEqualToIgnoringCase("Tepecikli");
        assertThat(page.select(".search-headline").text()).contains("<b>yeni</b> destek & kredi");
        assertThat(page.select(".search-headline b")).isEmpty();
        assertThat(page.select(".search-snippet mark")).isNotEmpty();
        assertThat(page.select(".search-count").text()).contains("1 sonuç");

        assertThat(browser.page("/arama?q=tepecikli&kategori=arama-masasi").select(".search-hit")).hasSize(1);
        assertThat(browser.page("/arama?q=tepecikli&kategori=spor").select(".search-hit")).isEmpty();
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Istanbul")).toString();
        assertThat(browser.page("/arama?q=tepecikli&baslangic=" + today).select(".search-hit")).hasSize(1);
        assertThat(browser.page("/arama?q=tepecikli&bitis=2020-01-01").select(".search-hit")).isEmpty();
        assertThat(browser.page("/arama?q=tepecikli&baslangic=dün").select(".flash").text()).contains("yyyy-aa-gg");
    }

    @Test
    void resultsArePagedAndSortedByRelevanceOrDate() {
        for (int i = 1; i <= 12; i++) {
            fixtures.story("Narlıdere fuarı gün " + i).spot("Fuarın " + i + ". günü.").in(fixtures.category("Arama Masası"))
                .publishedAt(Instant.now().minus(Duration.ofHours(20 - i))).publish();
        }
        eventually(() -> search.search(SearchRequest.of("Narlıdere")).total() == 12, "indexing");
        SearchResults second = search.search(new SearchRequest("Narlıdere", "", "", null, null, true, 2));
        assertThat(second.hits()).hasSize(2);
        assertThat(second.hits().getFirst().headline()).contains("gün 2");
        Document page = browser.page("/arama?q=narl%C4%B1dere&sirala=tarih");
        assertThat(page.select(".search-headline").first().text()).isEqualTo("Narlıdere fuarı gün 12");
        assertThat(page.select("a[rel=next]").attr("href")).isEqualTo("/arama?q=narl%C4%B1dere&sirala=tarih&sayfa=2");
    }

    @Test
    void publishingUpdatingAndUnpublishingReachSearch() {
        StaffMember chief = newsroom.member(Role.EDITOR_IN_CHIEF);
        Article story = publish("Karaçam barajında su seviyesi yükseldi", "Yağışlar sürüyor.", "Baraj dolmak üzere.");
        eventually(() -> ids("Karaçam").contains(story.id()), "publishing");

        Article unpublished = desk.unpublish(story.id(), chief, "");
        assertThat(unpublished.published()).isFalse();
        eventually(() -> !ids("Karaçam").contains(story.id()), "unpublishing");

        Article draft = fixtures.story("Karaçam taslağı görünmez").in(fixtures.category("Arama Masası")).saveAsDraft();
        feed.follow();
        assertThat(ids("Karaçam taslağı")).doesNotContain(draft.id());
    }

    @Test
    void oddInputAnswersSensiblyNeverWithAnError() {
        for (String query : List.of("", " ", "?!.,;", "title:(", "*", "\"", "\"\"", "AND OR NOT", "a".repeat(10_000),
                "((((", "\\", "~1", "'", "İ".repeat(300), "kelime ".repeat(500))) {
            HttpResponse<String> page = browser.get("/arama?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(page.statusCode()).as(query.length() > 20 ? query.substring(0, 20) : query).isEqualTo(200);
            HttpResponse<String> api = browser.get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
            assertThat(api.statusCode()).isEqualTo(200);
        }
        assertThat(browser.page("/arama?q=%3F%21").select(".flash").text()).contains("en az bir harf ya da rakam");
        assertThat(browser.get("/arama?q=x&sayfa=abc").statusCode()).isEqualTo(200);
        assertThat(browser.get("/arama?q=x&sayfa=-5").statusCode()).isEqualTo(200);
    }

    @Test
    void theApiAnswersJsonWithoutAToken() {
        Article story = publish("Sarıkamış kayak merkezinde sezon açıldı", "Pistler hazır.", "Kayakseverler akın etti.");
        eventually(() -> ids("Sarıkamış").contains(story.id()), "indexing");
        HttpResponse<String> api = browser.get("/api/v1/search?q=sarikamis");
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(api.body()).contains("\"total\":1").contains("\"id\":" + story.id()).contains("<mark>");
    }

    @Test
    void suggestionsCompleteTheLastWord() {
        Article story = publish("Yıldırımtepe rasathanesi yeniden açıldı", "Gözlemler başladı.", "Rasathane ziyaretçilere açık.");
        eventually(() -> ids("Yıldırımtepe").contains(story.id()), "indexing");
        HttpResponse<String> found = browser.get("/arama/oneri?q=yildirimte");
        assertThat(found.body()).contains("Yıldırımtepe rasathanesi yeniden açıldı");
        assertThat(browser.get("/arama/oneri?q=yıldırımtepe%20ras").body()).contains("Yıldırımtepe rasathanesi");
        assertThat(browser.get("/arama/oneri?q=y").body()).isEqualTo("[]");
    }

    @Test
    void relatedStoriesAreAlikeNeverTheStoryItselfOrUnpublishedOnes() {
        Article one = publish("Akçakoca'da fındık hasadı rekor kırdı", "Üreticiler memnun.",
            "Akçakoca fındık üreticileri bu yıl rekor hasat bildirdi. Fındık fiyatları da yükseldi.");
        Article two = publish("Fındık fiyatları Akçakoca borsasında yükseldi", "Rekor hasadın ardından.",
            "Akçakoca borsasında fındık fiyatları hasatla birlikte yükseldi; üreticiler rekor bekliyor.");
        Article other = publish("Uzay ajansı yeni uydu fırlattı", "Uydu yörüngede.", "Fırlatma başarılı geçti.");
        eventually(() -> ids("Akçakoca").containsAll(List.of(one.id(), two.id())), "indexing");

        assertThat(search.related(one.id(), 6)).contains(two.id()).doesNotContain(one.id(), other.id());
        Document page = browser.page("/arama-masasi/" + one.slug() + "-" + one.id());
        assertThat(page.select(".related .teaser-headline a").eachText()).contains(two.headline());
    }

    @Test
    void aRebuildPutsEveryPublishedStoryBack() {
        Article story = publish("Gümüşsuyu köprüsü trafiğe açıldı", "Köprü tamamlandı.", "Açılış töreni yapıldı.");
        eventually(() -> ids("Gümüşsuyu").contains(story.id()), "indexing");
        feed.rebuild();
        IndexStatus status = feed.status();
        assertThat(status.rebuilding()).isFalse();
        assertThat(status.documents()).isEqualTo((int) status.total());
        assertThat(ids("Gümüşsuyu")).contains(story.id());

        Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
        assertThat(admin.page("/yonetim/arama").text()).contains("Dizindeki haber");
        assertThat(admin.post("/yonetim/arama/yeniden-olustur", Map.of(), "/yonetim/arama").statusCode()).isEqualTo(302);
        Newsroom.Session editor = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        assertThat(editor.get("/yonetim/arama").statusCode()).isEqualTo(403);
    }
}
