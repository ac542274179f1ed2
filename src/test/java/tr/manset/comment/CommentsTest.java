package tr.manset.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Browser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;

/** Readers post, reply, like and report comments over real HTTP, without JavaScript. */
@SiteTest
class CommentsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired SettingsStore settings;
    @Autowired RateLimits limits;

    Reader reader;

    @BeforeEach
    void setUp() {
        reader = new Reader(browser);
        settings.save(ModerationSettings.DEFAULTS);
        limits.clear();
    }

    /** A different commenter each time, so rules about one commenter's pace never interfere. */
    static String someone() {
        return "okur" + PEOPLE.incrementAndGet() + "@example.com";
    }

    Article story(String headline) {
        return fixtures.story(headline).in(fixtures.category("Yorum Dünyası")).publish();
    }

    static long idOf(HttpResponse<String> posted) {
        String location = posted.headers().firstValue("Location").orElseThrow();
        return Long.parseLong(location.replaceAll(".*/yorum/(\\d+)/durum.*", "$1"));
    }

    CommentStatus status(long id) {
        return CommentStatus.valueOf(db.sql("SELECT status FROM comments WHERE id = :id").param("id", id).query(String.class).single());
    }

    @Test
    void aPostedCommentAppearsOnTheArticlePageWithItsCount() {
        Article article = story("Yorumlar sayfada görünür");
        HttpResponse<String> posted = reader.comment(article.id(), "Abdülbaki", someone(), "İlk satır\nİkinci satır");

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches(".*/yorum/\\d+/durum\\?k=.+");
        Document receipt = browser.page(location.replaceFirst("^https?://[^/]+", ""));
        assertThat(receipt.text()).contains("Yorumunuz yayımlandı");

        Document page = browser.page(articlePath(article));
        assertThat(page.select(".comment-count").text()).isEqualTo("1");
        Element comment = page.selectFirst("#yorum-" + idOf(posted));
        assertThat(comment.select(".comment-author").text()).isEqualTo("Abdülbaki");
        assertThat(comment.select("time").text()).isEqualTo("az önce");
        assertThat(comment.select("time").attr("datetime")).endsWith("+03:00");
        assertThat(comment.select(".comment-body br")).hasSize(1);
        assertThat(comment.select(".comment-body").text()).isEqualTo("İlk satır İkinci satır");
        assertThat(page.select("a.comments-all").attr("href")).isEqualTo(articlePath(article) + "/yorumlar");
        assertThat(page.html()).doesNotContain("@example.com");
    }

    @Test
    void theReceiptPageOpensOnlyWithItsSignature() {
        Article article = story("Makbuz yalnızca gönderene açılır");
        long id = idOf(reader.comment(article.id(), "Paşa Port", someone(), "Düne kadar övgü diziyordunuz noldu hayırdır……"));
        assertThat(browser.get("/yorum/" + id + "/durum?k=yanlis").statusCode()).isEqualTo(404);
        assertThat(browser.get("/yorum/" + id + "/durum").statusCode()).isEqualTo(404);
    }

    @Test
    void heldCommentsWaitAndAreNotCounted() {
        Article article = story("Bekleyen yorumlar sayılmaz");
        settings.save(new ModerationSettings(CommentMode.PREMODERATED, 2, 30, 2, 3));
        HttpResponse<String> posted = reader.comment(article.id(), "Rmz", someone(), "Küfür tek millettir.");

        long id = idOf(posted);
        assertThat(status(id)).isEqualTo(CommentStatus.PENDING);
        Document receipt = browser.page(posted.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", ""));
        assertThat(receipt.text()).contains("Yorumunuz onay bekliyor");
        Document page = browser.page(articlePath(article));
        assertThat(page.select(".comment-count").text()).isEqualTo("0");
        assertThat(page.select("#yorum-" + id)).isEmpty();
    }

    @Test
    void theJsonAnswerSaysWhetherTheCommentWaits() {
        Article article = story("JSON yanıtı");
        HttpResponse<String> published = reader.commentJson(article.id(), "Vatandaş", someone(), "Gayet açıklayıcı bir haber olmuş.");
        assertThat(published.statusCode()).isEqualTo(201);
        assertThat(published.body()).contains("\"durum\":\"PUBLISHED\"").contains("Yorumunuz yayımlandı");

        HttpResponse<String> refused = reader.commentJson(article.id(), "Vatandaş", someone(), "");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("Yorumunuz boş olamaz");
    }

    @Test
    void repliesAreShownUnderTheirParentAndAnswersToAnswersJoinTheThread() {
        Article article = story("Cevaplar yorumun altında");
        long parent = idOf(reader.comment(article.id(), "Adil", someone(), "Tespit doğru."));
        long reply = idOf(reader.reply(article.id(), parent, "Kenan Yusuf", someone(), "Katılıyorum."));
        long answerToAnswer = idOf(reader.reply(article.id(), reply, "Adil", someone(), "Teşekkürler."));

        Document page = browser.page(articlePath(article));
        Element thread = page.selectFirst("#yorum-" + parent);
        assertThat(thread.select(".comment-replies > .comment").eachAttr("id"))
            .containsExactly("yorum-" + reply, "yorum-" + answerToAnswer);
        assertThat(page.select("#yorum-listesi > .comment")).hasSize(1);
        assertThat(page.select(".comment-count").text()).isEqualTo("3");
        Long stored = db.sql("SELECT parent_id FROM comments WHERE id = :id").param("id", answerToAnswer).query(Long.class).single();
        assertThat(stored).isEqualTo(parent);
    }

    @Test
    void theReplyFormWorksWithoutJavaScript() {
        Article article = story("Cevap formu");
        long parent = idOf(reader.comment(article.id(), "Adil", someone(), "Bir görüş."));
        Document form = browser.page("/yorum/" + parent + "/cevapla");
        assertThat(form.select("form.comment-form").attr("action")).isEqualTo("/yorum/yaz/" + article.id());
        assertThat(form.select("input[name=ust]").val()).isEqualTo(Long.toString(parent));
        assertThat(form.text()).contains("Adil adlı okurun yorumuna cevap");
    }

    @Test
    void loadMorePagesThroughEveryCommentByKeyset() {
        Article article = story("Daha fazla yorum");
        for (int i = 1; i <= 23; i++) {
            reader.comment(article.id(), "Okur " + i, someone(), "Yorum numarası " + i);
        }
        Document first = browser.page(articlePath(article));
        assertThat(first.select("#yorum-listesi > .comment")).hasSize(10);
        assertThat(first.select("#yorum-listesi > .comment .comment-body").first().text()).isEqualTo("Yorum numarası 23");
        String more = first.select("a.more-button").attr("href");
        assertThat(first.select("a.more-button").text()).isEqualTo("Daha fazla yorum görüntüle");

        Document second = browser.page(more);
        assertThat(second.select("#yorum-listesi > .comment .comment-body").eachText())
            .containsExactly("Yorum numarası 13", "Yorum numarası 12", "Yorum numarası 11", "Yorum numarası 10",
                "Yorum numarası 9", "Yorum numarası 8", "Yorum numarası 7", "Yorum numarası 6", "Yorum numarası 5",
                "Yorum numarası 4");
        Document third = browser.page(second.select("a.more-button").attr("href"));
        assertThat(third.select("#yorum-listesi > .comment")).hasSize(3);
        assertThat(third.select("a.more-button")).isEmpty();

        String fragment = first.select("a.more-button").attr("data-more");
        Document part = Jsoup.parse(browser.get(fragment).body());
        assertThat(part.select(".comment-list > .comment")).hasSize(10);
        assertThat(part.select("a.more-button").attr("data-more")).isNotEmpty();
    }

    @Test
    void theCommentsPageSortsOldestAndMostLiked() {
        Article article = story("Yorum sıralaması");
        long a = idOf(reader.comment(article.id(), "Birinci", someone(), "Birinci yorum"));
        long b = idOf(reader.comment(article.id(), "İkinci", someone(), "İkinci yorum"));
        long c = idOf(reader.comment(article.id(), "Üçüncü", someone(), "Üçüncü yorum"));
        reader.vote(b, "begen");
        String path = articlePath(article) + "/yorumlar";

        assertThat(ids(browser.page(path))).containsExactly(c, b, a);
        assertThat(ids(browser.page(path + "?sirala=eski"))).containsExactly(a, b, c);
        assertThat(ids(browser.page(path + "?sirala=begenilen"))).containsExactly(b, c, a);
        assertThat(browser.page(path).select(".comment-sorts a").eachText())
            .containsExactly("En yeni", "En eski", "En çok beğenilen");
    }

    @Test
    void oneVotePerReaderPerCommentHoweverManyRequests() {
        Article article = story("Beğeniler şişirilemez");
        long id = idOf(reader.comment(article.id(), "Vatandaş", someone(), "Beğenilecek bir yorum."));
        for (int i = 0; i < 20; i++) {
            reader.vote(id, "begen");
        }
        HttpResponse<String> last = reader.vote(id, "begen");
        assertThat(last.body()).contains("\"begeni\":1").contains("\"begenmeme\":0");
        assertThat(reader.vote(id, "begenme").body()).contains("\"begeni\":0").contains("\"begenmeme\":1");
        assertThat(reader.vote(id, "yukari").statusCode()).isEqualTo(400);
        assertThat(reader.vote(999_999_999L, "begen").statusCode()).isEqualTo(404);

        HttpResponse<String> plain = reader.post("/yorum/" + id + "/oy", Reader.form("yon", "begen"), false);
        assertThat(plain.statusCode()).isEqualTo(303);
        assertThat(plain.headers().firstValue("Location").orElseThrow()).endsWith(articlePath(article) + "#yorum-" + id);
        Document page = browser.page(articlePath(article));
        assertThat(page.select("#yorum-" + id + " [data-likes]").text()).isEqualTo("1");
        assertThat(page.select("#yorum-" + id + " [data-dislikes]").text()).isEqualTo("0");
    }

    @Test
    void aReportIsTakenOncePerReader() {
        Article article = story("Şikayet bir kez alınır");
        long id = idOf(reader.comment(article.id(), "Vatandaş", someone(), "Şikayet edilecek yorum."));
        Document form = browser.page("/yorum/" + id + "/sikayet");
        assertThat(form.select("input[name=neden]").eachAttr("value"))
            .containsExactly("yasa-disi", "kisisel-veri", "nefret", "hakaret", "yanlis-bilgi", "spam", "diger");

        HttpResponse<String> first = reader.report(id, "hakaret", "Kişiye hakaret var.");
        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.body()).contains("Şikayetiniz alındı");
        assertThat(reader.report(id, "spam", "").body()).contains("daha önce şikayet ettiniz");
        int reports = db.sql("SELECT reports FROM comments WHERE id = :id").param("id", id).query(Integer.class).single();
        assertThat(reports).isEqualTo(1);

        assertThat(reader.report(id, "", "").statusCode()).isEqualTo(400);
        assertThat(reader.report(999_999_999L, "hakaret", "").statusCode()).isEqualTo(404);
    }

    @Test
    void badInputGetsAClearMessageKeepsTheTextAndStoresNothing() {
        Article article = story("Hatalı girişler");
        int before = count(article);

        assertRefused(reader.comment(article.id(), "Okur", someone(), "   "), 400, "Yorumunuz boş olamaz");
        assertRefused(reader.comment(article.id(), "Okur", someone(), "a".repeat(10_000)), 400, "en fazla 2000 karakter");
        assertRefused(reader.comment(article.id(), "x".repeat(200), someone(), "Ad çok uzun."), 400, "Adınız en fazla 60 karakter");
        assertRefused(reader.comment(article.id(), "", someone(), "Adsız."), 400, "Lütfen adınızı yazın");
        assertRefused(reader.comment(article.id(), "<b>Okur</b>", someone(), "Etiketli ad."), 400, "yalnızca harf");
        assertRefused(reader.comment(article.id(), "Okur", "adres-degil", "E-posta yanlış."), 400, "E-posta adresi geçerli görünmüyor");
        assertRefused(reader.comment(999_999_999L, "Okur", someone(), "Olmayan haber."), 404, "haber bulunamadı");
        assertRefused(reader.post("/yorum/yaz/" + article.id(),
            Reader.form("ad", "Bot", "metin", "Reklam", "web_sitesi", "http://spam.example"), false), 400, "gönderilemedi");
        assertRefused(reader.reply(article.id(), 999_999_999L, "Okur", someone(), "Olmayan yoruma cevap."), 400,
            "Cevap vermek istediğiniz yorum bulunamadı");

        HttpResponse<String> kept = reader.comment(article.id(), "Okur", "adres-degil", "Bu metin kaybolmamalı.");
        assertThat(Jsoup.parse(kept.body()).select("textarea[name=metin]").text()).isEqualTo("Bu metin kaybolmamalı.");
        assertThat(count(article)).isEqualTo(before);
    }

    @Test
    void htmlIsShownAsTextAndLinksDoNotPassRank() {
        Article article = story("HTML metin olarak görünür");
        long id = idOf(reader.comment(article.id(), "Şükrü Öztürk", someone(),
            "<script>alert(1)</script> <img src=x onerror=alert(2)> Ayrıntı: https://ornek.example/haber 🙂 çğıöşü ÇĞİÖŞÜ"));
        Document page = browser.page(articlePath(article));
        Element body = page.selectFirst("#yorum-" + id + " .comment-body");
        assertThat(body.select("script, img")).isEmpty();
        assertThat(body.text()).contains("<script>alert(1)</script>").contains("🙂 çğıöşü ÇĞİÖŞÜ");
        assertThat(body.select("a").attr("href")).isEqualTo("https://ornek.example/haber");
        assertThat(body.select("a").attr("rel")).isEqualTo("nofollow ugc noopener");
        assertThat(page.select("#yorum-" + id + " .comment-author").text()).isEqualTo("Şükrü Öztürk");
    }

    @Test
    void theSameTextTwiceIsRefusedAndClosedStoriesTakeNoComments() {
        Article article = story("Aynı yorum iki kez");
        String me = someone();
        reader.comment(article.id(), "Okur", me, "Bu bir kez yazılmalı.");
        assertRefused(reader.comment(article.id(), "Okur", me, "BU BİR KEZ   yazılmalı."), 409, "zaten gönderdiniz");

        Article closed = fixtures.story("Yorumlara kapalı haber").in(fixtures.category("Yorum Dünyası"))
            .comments(CommentMode.CLOSED).publish();
        assertRefused(reader.comment(closed.id(), "Okur", someone(), "Kapalı habere yorum."), 403, "yorumlara kapalı");
        Document page = browser.page(articlePath(closed));
        assertThat(page.select(".comments-closed").text()).isEqualTo("Bu haber yorumlara kapalı.");
        assertThat(page.select("form.comment-form")).isEmpty();
    }

    @Test
    void unpublishedStoriesTakeNoComments() {
        Article draft = fixtures.story("Taslak habere yorum").in(fixtures.category("Yorum Dünyası")).saveAsDraft();
        assertRefused(reader.comment(draft.id(), "Okur", someone(), "Taslağa yorum."), 404, "haber bulunamadı");
    }

    @Test
    void postsFromAnotherSiteAreRefused() {
        Article article = story("Başka siteden gelen istek");
        HttpResponse<String> forged = reader.post("/yorum/yaz/" + article.id(),
            Reader.form("ad", "Okur", "metin", "Sahte istek."), false, "Origin", "https://kotu.example");
        assertThat(forged.statusCode()).isEqualTo(403);
        HttpResponse<String> crossSite = reader.post("/yorum/yaz/" + article.id(),
            Reader.form("ad", "Okur", "metin", "Sahte istek."), false, "Sec-Fetch-Site", "cross-site");
        assertThat(crossSite.statusCode()).isEqualTo(403);
        HttpResponse<String> same = reader.post("/yorum/yaz/" + article.id(),
            Reader.form("ad", "Okur", "eposta", someone(), "metin", "Aynı siteden."), false, "Origin", browser.base());
        assertThat(same.statusCode()).isEqualTo(303);
        assertThat(count(article)).isEqualTo(1);
    }

    @Test
    void theArticlePageStaysTheSameForEveryReader() {
        Article article = story("Sayfa herkese aynı");
        reader.comment(article.id(), "Okur", someone(), "Bir yorum.");
        HttpResponse<String> page = browser.get(articlePath(article));
        assertThat(page.headers().firstValue("Cache-Control").orElseThrow()).contains("public").contains("max-age=60");
        assertThat(page.headers().firstValue("Set-Cookie")).isEmpty();
        assertThat(page.body()).doesNotContain("_csrf");
        HttpResponse<String> again = browser.get(articlePath(article));
        assertThat(again.body()).isEqualTo(page.body());

        HttpResponse<String> posted = reader.comment(article.id(), "Okur", someone(), "İkinci yorum.");
        assertThat(posted.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(posted.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void personalDataIsClearedAfterTheRetentionPeriod(@Autowired PersonalDataRetention retention) {
        Article article = story("Kişisel verilerin saklama süresi");
        long old = idOf(reader.comment(article.id(), "Eski Okur", someone(), "Eski bir yorum."));
        long recent = idOf(reader.comment(article.id(), "Yeni Okur", someone(), "Yeni bir yorum."));
        db.sql("UPDATE comments SET created_at = :at WHERE id = :id")
            .param("at", java.sql.Timestamp.from(java.time.Instant.now().minus(java.time.Duration.ofDays(400))))
            .param("id", old).update();

        assertThat(retention.purge()).isGreaterThanOrEqualTo(1);
        var cleared = db.sql("SELECT email, ip_hash, commenter, body FROM comments WHERE id = :id").param("id", old).query().singleRow();
        assertThat(cleared.get("email")).isNull();
        assertThat(cleared.get("ip_hash")).isEqualTo("");
        assertThat((String) cleared.get("commenter")).startsWith("e:");
        assertThat(cleared.get("body")).isEqualTo("Eski bir yorum.");
        var kept = db.sql("SELECT email FROM comments WHERE id = :id").param("id", recent).query(String.class).single();
        assertThat(kept).endsWith("@example.com");
        assertThat(browser.page(articlePath(article)).select("#yorum-" + old)).hasSize(1);
    }

    @Test
    void theCommentRulesPageExplainsTheRulesAndKvkk() {
        Document rules = browser.page("/yorum-kurallari");
        assertThat(rules.select("h1").text()).isEqualTo("Yorum Kuralları");
        assertThat(rules.select("#kvkk").text()).contains("KVKK");
    }

    private void assertRefused(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Jsoup.parse(response.body()).text()).contains(message);
    }

    private int count(Article article) {
        return db.sql("SELECT COUNT(*) FROM comments WHERE article_id = :id").param("id", article.id()).query(Integer.class).single();
    }

    private static List<Long> ids(Document page) {
        return page.select("#yorum-listesi > .comment").eachAttr("data-comment").stream().map(Long::parseLong).toList();
    }

    private String articlePath(Article article) {
        return "/yorum-dunyasi/" + article.slug() + "-" + article.id();
    }
}
