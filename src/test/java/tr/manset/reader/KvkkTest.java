package tr.manset.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.ReaderBrowser.form;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tr.manset.Browser;
import tr.manset.Mailbox;
import tr.manset.Newsroom;
import tr.manset.ReaderBrowser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.staff.Role;

/** KVKK self-service: a copy of one's data, erasure with either choice for comments, withdrawn consent, and the newsroom's log. */
@SiteTest
class KvkkTest {

    static final String PASSWORD = "Kisisel-Veri-2026";
    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired SiteFixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired Newsroom newsroom;

    static String someone() {
        return "veri" + PEOPLE.incrementAndGet() + "@kvkk.example";
    }

    ReaderBrowser signedUp(String email, String name) {
        return ReaderBrowser.signedUp(browser, mailbox, email, name, PASSWORD);
    }

    Article story(String headline) {
        return fixtures.story(headline).in(fixtures.category("Kişisel Veri")).publish();
    }

    static long posted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll(".*/yorum/(\\d+)/durum.*", "$1"));
    }

    long comment(ReaderBrowser reader, Article article, Object... fields) {
        return posted(reader.post("/yorum/yaz/" + article.id(), form(fields)));
    }

    long readerId(String email) {
        return db.sql("SELECT id FROM readers WHERE email = :e").param("e", email).query(Long.class).single();
    }

    List<String> requests(long readerId) {
        return db.sql("SELECT kind || ':' || CASE WHEN done_at IS NULL THEN 'open' ELSE 'done' END FROM kvkk_requests WHERE reader_id = :r ORDER BY id")
            .param("r", readerId).query(String.class).list();
    }

    int count(String sql, Object id) {
        return db.sql(sql).param("id", id).query(Integer.class).single();
    }

    @Test
    void theDownloadHoldsTheAccountItsCommentsGuestCommentsWithTheSameAddressAndConsents() throws Exception {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Veri Sahibi");
        reader.postSignedIn("/hesap/bildirimler", form("yanitlar", "evet"), "/hesap");
        Article article = story("Verilerimi indir");
        long mine = comment(reader, article, "metin", "Hesabımla yazdım.");
        long asGuest = comment(new ReaderBrowser(browser), article, "ad", "Takma Ad", "eposta", email.toUpperCase(java.util.Locale.ROOT),
            "metin", "Misafirken aynı adresle yazdım.");
        long stranger = comment(new ReaderBrowser(browser), article, "ad", "Yabancı", "eposta", someone(), "metin", "Başkasının yorumu.");

        HttpResponse<String> download = reader.postSignedIn("/hesap/verilerim/indir", form(), "/hesap/verilerim");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).isEqualTo("attachment; filename=\"verilerim.json\"");
        assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        JsonNode data = JSON.readTree(download.body());
        assertThat(data.propertyNames()).startsWith("site", "hazirlanma", "aciklama", "hesap", "onaylar")
            .contains("yorumlar", "abonelikler");
        assertThat(data.get("hesap").get("e-posta").asString()).isEqualTo(email);
        assertThat(data.get("hesap").get("gorunen_ad").asString()).isEqualTo("Veri Sahibi");
        assertThat(data.get("hesap").get("yanit_bildirimleri").asBoolean()).isTrue();
        assertThat(data.get("hesap").get("aydinlatma_metni_surumu").asString()).isEqualTo("2026-12");
        assertThat(data.get("hesap").get("acik_oturumlar")).hasSize(1);
        assertThat(download.body()).doesNotContain("bcrypt}$").doesNotContain("$2a$");
        JsonNode consent = data.get("onaylar").get("hesap").get(0);
        assertThat(consent.get("konu").asString()).isEqualTo("Yorumlarıma gelen cevapların e-postayla bildirilmesi");
        assertThat(consent.get("metin_surumu").asString()).isEqualTo("yanit-bildirimi-1");
        assertThat(consent.get("geri_alinma").isNull()).isTrue();
        JsonNode comments = data.get("yorumlar").get("liste");
        assertThat(comments.findValuesAsString("metin")).containsExactly("Hesabımla yazdım.", "Misafirken aynı adresle yazdım.");
        assertThat(comments.get(0).get("id").asLong()).isEqualTo(mine);
        assertThat(comments.get(0).get("hesapla").asBoolean()).isTrue();
        assertThat(comments.get(0).get("durum").asString()).isEqualTo("Yayında");
        assertThat(comments.get(0).get("haber").asString()).isEqualTo("Verilerimi indir");
        assertThat(comments.get(0).get("adres").asString()).isEqualTo("http://localhost:8080" + article.path("kisisel-veri") + "#yorum-" + mine);
        assertThat(comments.get(1).get("id").asLong()).isEqualTo(asGuest);
        assertThat(comments.get(1).get("ad").asString()).isEqualTo("Takma Ad");
        assertThat(download.body()).doesNotContain("Başkasının yorumu").doesNotContain(Long.toString(stranger) + ",");

        long id = readerId(email);
        assertThat(requests(id)).containsExactly("EXPORT:done");
    }

    @Test
    void deletingTheAccountWithAnonymisedCommentsKeepsTheirTextWithoutTheReader() throws Exception {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Giden Okur");
        ReaderBrowser laptop = new ReaderBrowser(browser);
        laptop.post("/giris", form("eposta", email, "parola", PASSWORD));
        Article article = story("Anonim kalan yorumlar");
        long mine = comment(reader, article, "metin", "Kalacak ama adsız.");
        long id = readerId(email);

        HttpResponse<String> wrong = reader.postSignedIn("/hesap/sil", form("parola", "yanlis-parola-1", "yorumlar", "anonim"), "/hesap/verilerim");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select(".form-error").text()).isEqualTo("Parolanız doğru değil.");
        HttpResponse<String> noChoice = reader.postSignedIn("/hesap/sil", form("parola", PASSWORD), "/hesap/verilerim");
        assertThat(noChoice.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noChoice.body()).select(".form-error").text()).startsWith("Lütfen yorumlarınıza ne olacağını seçin");
        assertThat(count("SELECT COUNT(*) FROM readers WHERE id = :id", id)).isEqualTo(1);

        HttpResponse<String> deleted = reader.postSignedIn("/hesap/sil", form("parola", PASSWORD, "yorumlar", "anonim"), "/hesap/verilerim");
        assertThat(deleted.statusCode()).isEqualTo(303);
        assertThat(deleted.headers().firstValue("Location").orElseThrow()).endsWith("/hesap-silindi");
        assertThat(deleted.headers().allValues("Set-Cookie").getFirst()).contains("Max-Age=0");
        assertThat(reader.page("/hesap-silindi").text()).contains("Hesabınız ve ona bağlı veriler silindi");

        assertThat(count("SELECT COUNT(*) FROM readers WHERE id = :id", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM reader_sessions WHERE reader_id = :id", id)).isZero();
        assertThat(laptop.get("/hesap/durum").body()).as("every session ended").isEqualTo("{\"girisYapildi\":false}");
        Element kept = browser.page(article.path("kisisel-veri")).selectFirst("#yorum-" + mine);
        assertThat(kept.select(".comment-author").text()).isEqualTo("Anonim");
        assertThat(kept.select(".comment-body").text()).isEqualTo("Kalacak ama adsız.");
        assertThat(count("SELECT COUNT(*) FROM comments WHERE id = :id AND reader_id IS NULL AND commenter LIKE 'anonim:%'", mine)).isEqualTo(1);
        assertThat(mailbox.to(email).getLast().getSubject()).isEqualTo("Hesabınız silindi");
        assertThat(requests(id)).containsExactly("ERASURE:done");
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", email, "parola", PASSWORD)).statusCode()).isEqualTo(400);
    }

    @Test
    void deletingTheAccountWithItsCommentsKeepsOnlyTheAnswersOfOthers() {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Silen Okur");
        Article article = story("Silinen yorumlar");
        long alone = comment(reader, article, "metin", "Kimse cevap vermedi.");
        long answered = comment(reader, article, "metin", "Buna cevap geldi.");
        long ownReply = comment(reader, article, "metin", "Kendi ekim.", "ust", answered);
        long answer = comment(new ReaderBrowser(browser), article, "ad", "Cevaplayan", "eposta", someone(), "metin", "Katılmıyorum.", "ust", answered);

        assertThat(reader.postSignedIn("/hesap/sil", form("parola", PASSWORD, "yorumlar", "sil"), "/hesap/verilerim").statusCode()).isEqualTo(303);

        assertThat(count("SELECT COUNT(*) FROM comments WHERE id = :id", alone)).isZero();
        assertThat(count("SELECT COUNT(*) FROM comments WHERE id = :id", ownReply)).isZero();
        Document page = browser.page(article.path("kisisel-veri"));
        assertThat(page.select("#yorum-" + answered + " > .comment-body").text()).isEqualTo("Bu yorum, yazarının isteğiyle kaldırıldı.");
        assertThat(page.select("#yorum-" + answered + " > .comment-meta .comment-author").text()).isEqualTo("Anonim");
        assertThat(page.select("#yorum-" + answer + " .comment-body").text()).isEqualTo("Katılmıyorum.");
        assertThat(page.text()).doesNotContain("Silen Okur").doesNotContain("Buna cevap geldi.");
    }

    @Test
    void withdrawingConsentStopsReplyNoticesAndNewslettersAndIsLogged() {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Rıza Veren");
        reader.postSignedIn("/hesap/bildirimler", form("yanitlar", "evet"), "/hesap");
        long id = readerId(email);
        // The same person subscribed to the daily digest with the same address.
        ReaderBrowser subscriber = new ReaderBrowser(browser);
        assertThat(subscriber.post("/abone-ol", form("eposta", email, "liste", "gunun-ozeti", "onay", "evet")).statusCode()).isEqualTo(200);
        String confirm = ReaderBrowser.linkIn(mailbox.to(email).getLast(), "/abonelik/onay");
        assertThat(subscriber.post("/abonelik/onay", form("t", ReaderBrowser.tokenOf(confirm))).statusCode()).isEqualTo(200);
        assertThat(subscription(email)).isEqualTo("CONFIRMED");

        HttpResponse<String> withdrawn = reader.postSignedIn("/hesap/riza-geri-al", form(), "/hesap/verilerim");
        assertThat(withdrawn.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(withdrawn.body()).select(".flash").text()).isEqualTo("Açık rızanızı geri aldınız. Yorum cevabı "
            + "bildirimleri kapatıldı; e-posta bülteni aboneliği sona erdi. Talebiniz kayda geçti.");
        assertThat(reader.page("/hesap").select("input[name=yanitlar]").hasAttr("checked")).isFalse();
        assertThat(count("SELECT COUNT(*) FROM reader_consents WHERE reader_id = :id AND withdrawn_at IS NULL", id)).isZero();
        assertThat(count("SELECT COUNT(*) FROM reader_consents WHERE reader_id = :id AND withdrawn_at IS NOT NULL", id)).isEqualTo(1);
        assertThat(subscription(email)).isEqualTo("UNSUBSCRIBED");
        assertThat(requests(id)).containsExactly("WITHDRAWAL:done");
        assertThat(db.sql("SELECT detail FROM kvkk_requests WHERE reader_id = :r").param("r", id).query(String.class).single())
            .isEqualTo("Yorum cevabı bildirimleri kapatıldı; e-posta bülteni aboneliği sona erdi.");

        HttpResponse<String> again = reader.postSignedIn("/hesap/riza-geri-al", form(), "/hesap/verilerim");
        assertThat(Jsoup.parse(again.body()).select(".flash").text()).contains("Yürürlükte bir açık rızanız yoktu.");
    }

    String subscription(String email) {
        return db.sql("SELECT status FROM subscribers WHERE email = :e").param("e", email).query(String.class).single();
    }

    @Test
    void adminsSeeEveryRequestWithItsTimeDeadlineAndAnswer() {
        String email = "talep@log" + PEOPLE.incrementAndGet() + ".example";
        ReaderBrowser reader = signedUp(email, "Kayıtlı Talep");
        reader.postSignedIn("/hesap/verilerim/indir", form(), "/hesap/verilerim");
        reader.postSignedIn("/hesap/sil", form("parola", PASSWORD, "yorumlar", "sil"), "/hesap/verilerim");

        Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
        Document log = admin.page("/yonetim/kvkk");
        String masked = "ta***" + email.substring(email.indexOf('@'));
        List<Element> rows = log.select("table.nr-table tbody tr").stream().filter(row -> row.text().contains(masked)).toList();
        assertThat(rows).hasSize(2);
        assertThat(log.text()).doesNotContain(email);
        Element erasure = rows.stream().filter(row -> row.text().contains("Hesabın ve verilerin silinmesi")).findFirst().orElseThrow();
        List<String> cells = erasure.select("td").eachText();
        assertThat(cells.get(3)).matches("\\d{2}\\.\\d{2}\\.\\d{4} \\d{2}:\\d{2}");
        java.time.LocalDateTime requested = java.time.LocalDateTime.parse(cells.get(3), java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        java.time.LocalDateTime due = java.time.LocalDateTime.parse(cells.get(4), java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm"));
        assertThat(due).isEqualTo(requested.plusDays(30));
        assertThat(cells.get(5)).isEqualTo(cells.get(3));
        assertThat(cells.get(6)).isEqualTo("Hesap silindi, yorumlar silindi");
        assertThat(log.select("nav.sections a[href=/yonetim/kvkk]").text()).isEqualTo("KVKK talepleri");

        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        assertThat(moderator.get("/yonetim/kvkk").statusCode()).isEqualTo(403);
        assertThat(moderator.page("/yonetim").select("a[href=/yonetim/kvkk]")).isEmpty();
    }
}
