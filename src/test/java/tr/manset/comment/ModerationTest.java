package tr.manset.comment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Browser;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.staff.Role;

/**
 * Rules hold or reject comments and name the rule; moderators decide in the queues; modes, bans
 * and report thresholds apply; counts always match the rows. The reference page's seven
 * comments are the fixtures.
 */
@SiteTest
class ModerationTest {

    /** The comments of the reference article page, word for word. */
    static final String[] REFERENCE = {
        "Bu sözü açıklıyor Küfür tek millettir Rusya ABD ve AB söz konusu İslam ve ümmet olunca güçlerini birleştirdi birleştiriyor ama ne yazık ki İslam bunu yapamadı yapamıyor Allah C.C selamet versin",
        "sabatay Yahudiler 1 dünya savaşının gitmesiyle birlikte biz üç devlet kurduk diyor Rusya Türkiye İsrail bu dünyayı yöneten şer üçgeni varya ABD İngiltere İsrail 1 dünya savaşının ardından dünyayı kendi aralarında paylaşmışlar dışardan bakınca düşman sanarsin perde arkasında iki dost ve kardeş ülkeler ağa babaları İngiltere",
        "Osmanlı’yı tasviye projesidir. Tespit doğru. Allah’la savaştalar. Ama Türkiye derinden bu düzeni bozacak inşallah.",
        "Küfür tek millettir.",
        "Putin tam bir alçaktır..",
        "moskoftan.ne.beklenir",
        "Düne kadar övgü diziyordunuz noldu hayırdır……",
    };
    static final String[] NAMES = {"Abdülbaki", "Kenan Yusuf", "Adil", "Rmz", "Vatandaş", "ali", "Paşa Port"};

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser browser;
    @Autowired SiteFixtures fixtures;
    @Autowired Newsroom newsroom;
    @Autowired JdbcClient db;
    @Autowired SettingsStore settings;
    @Autowired Commenting commenting;
    @Autowired RateLimits limits;

    Reader reader;

    @BeforeEach
    void setUp() {
        reader = new Reader(browser);
        settings.save(ModerationSettings.DEFAULTS);
        limits.clear();
    }

    static String someone() {
        return "denetim" + PEOPLE.incrementAndGet() + "@example.com";
    }

    Article story(String headline) {
        return fixtures.story(headline).in(fixtures.category("Moderasyon Masası")).publish();
    }

    long post(Article article, String name, String text) {
        return CommentsTest.idOf(reader.comment(article.id(), name, someone(), text));
    }

    Map<String, Object> row(long id) {
        return db.sql("SELECT status, rule FROM comments WHERE id = :id").param("id", id).query().singleRow();
    }

    CommentStatus status(long id) {
        return CommentStatus.valueOf((String) row(id).get("status"));
    }

    int shownCount(Article article) {
        return Integer.parseInt(browser.page(path(article)).select(".comment-count").text());
    }

    @Test
    void theReferenceCommentsAreSortedByTheShippedTurkishLists() {
        Article article = story("Rusya ve Batı arasındaki görüşmeler");
        long[] ids = new long[REFERENCE.length];
        for (int i = 0; i < REFERENCE.length; i++) {
            ids[i] = post(article, NAMES[i], REFERENCE[i]);
        }

        assertThat(status(ids[0])).as("'Küfür tek millettir' means unbelief there").isEqualTo(CommentStatus.PUBLISHED);
        assertThat(status(ids[1])).as("antisemitic conspiracy").isEqualTo(CommentStatus.PENDING);
        assertThat((String) row(ids[1]).get("rule")).contains("Şüpheli kelime").contains("sabatay");
        assertThat(status(ids[2])).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(status(ids[3])).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(status(ids[4])).as("insult at a public figure goes to a moderator").isEqualTo(CommentStatus.PENDING);
        assertThat((String) row(ids[4]).get("rule")).contains("alçak");
        assertThat(status(ids[5])).as("dotted ethnic slur").isEqualTo(CommentStatus.PENDING);
        assertThat((String) row(ids[5]).get("rule")).contains("Şüpheli kelime").contains("moskof");
        assertThat(status(ids[6])).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(shownCount(article)).isEqualTo(4);
    }

    @Test
    void bannedTermsRejectAtOnce() {
        Article article = story("Yasaklı kelime");
        long id = post(article, "Okur", "Bu ne biçim iş amk");
        assertThat(status(id)).isEqualTo(CommentStatus.REJECTED);
        assertThat((String) row(id).get("rule")).contains("Yasaklı kelime").contains("amk");
    }

    @Test
    void aModeratorApprovesAWaitingCommentAndItAppears() {
        Article article = story("Onaylanan yorum görünür");
        long waiting = post(article, "Vatandaş", "Putin tam bir alçaktır..");
        assertThat(shownCount(article)).isZero();

        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        Document queue = moderator.page("/yonetim/moderasyon?kuyruk=bekleyen&haber=" + article.id());
        assertThat(queue.select("#m-" + waiting + " .mod-rule").text()).contains("Şüpheli kelime").contains("alçak");
        assertThat(queue.select("#m-" + waiting + " .mod-context a").first().text()).isEqualTo("Onaylanan yorum görünür");
        assertThat(queue.select("#m-" + waiting + " .mod-history").text()).contains("1 yorum");

        HttpResponse<String> approved = moderator.post("/yonetim/moderasyon/karar",
            Map.of("yorum", waiting, "islem", "onayla", "geri", "/yonetim/moderasyon"), "/yonetim/moderasyon");
        assertThat(approved.statusCode()).isEqualTo(302);
        assertThat(status(waiting)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(shownCount(article)).isEqualTo(1);
        assertThat(browser.page(path(article)).select("#yorum-" + waiting)).hasSize(1);
        assertThat(auditActions()).contains("comment.approve");
    }

    @Test
    void rejectingNeedsAReasonAndIsAudited() {
        Article article = story("Reddetmek neden ister");
        long id = post(article, "Okur", "Sıradan bir yorum.");
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));

        HttpResponse<String> noReason = moderator.post("/yonetim/moderasyon/karar",
            Map.of("yorum", id, "islem", "reddet"), "/yonetim/moderasyon");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(noReason.body()).text()).contains("Reddetmek için bir neden yazın");
        assertThat(status(id)).isEqualTo(CommentStatus.PUBLISHED);

        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", id, "islem", "reddet", "neden", "Konu dışı"),
            "/yonetim/moderasyon");
        assertThat(status(id)).isEqualTo(CommentStatus.REJECTED);
        assertThat(shownCount(article)).isZero();
        String detail = db.sql("SELECT detail FROM audit_log WHERE action = 'comment.reject' AND subject = :s")
            .param("s", "yorum #" + id).query(String.class).single();
        assertThat(detail).isEqualTo("Konu dışı");

        HttpResponse<String> reply = reader.reply(article.id(), id, "Okur", someone(), "Reddedilen yoruma cevap.");
        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(reply.body()).text()).contains("yayında değil");
    }

    @Test
    void bulkActionsApplyToEverySelectedComment() {
        Article article = story("Toplu işlem");
        long a = post(article, "Bir", "Birinci yorum burada.");
        long b = post(article, "İki", "İkinci yorum burada.");
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        HttpResponse<String> hidden = moderator.post("/yonetim/moderasyon/karar",
            Map.of("yorum", List.of(a, b), "islem", "gizle", "neden", "Tartışma sakinleşsin"), "/yonetim/moderasyon");
        assertThat(hidden.statusCode()).isEqualTo(302);
        assertThat(List.of(status(a), status(b))).containsOnly(CommentStatus.HIDDEN);
        assertThat(shownCount(article)).isZero();
        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", List.of(a, b), "islem", "geri-al"), "/yonetim/moderasyon");
        assertThat(shownCount(article)).isEqualTo(2);
    }

    @Test
    void enoughReportsHideACommentUntilAModeratorDecides() {
        Article article = story("Şikayet eşiği");
        long id = post(article, "Okur", "Tartışmalı bir görüş.");
        for (int i = 1; i <= 3; i++) {
            commenting.report(id, i == 3 ? ReportReason.HATE : ReportReason.INSULT, "", new Commenting.Client("198.51.100." + i));
        }
        assertThat(status(id)).isEqualTo(CommentStatus.HIDDEN);
        assertThat((String) row(id).get("rule")).contains("Şikayet eşiği");
        assertThat(shownCount(article)).isZero();

        long lessReported = post(article, "Başka", "Az şikayet edilen yorum.");
        commenting.report(lessReported, ReportReason.SPAM, "Reklam", new Commenting.Client("198.51.100.9"));

        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        Document reported = moderator.page("/yonetim/moderasyon?kuyruk=sikayet&haber=" + article.id());
        assertThat(reported.select(".mod-item").eachAttr("id")).containsExactly("m-" + id, "m-" + lessReported);
        assertThat(reported.select("#m-" + id + " .mod-reports").text()).contains("3 şikayet").contains("Nefret söylemi");
        assertThat(reported.select("#m-" + lessReported + " .mod-report-note").text()).contains("Reklam");

        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", id, "islem", "geri-al"), "/yonetim/moderasyon");
        assertThat(status(id)).isEqualTo(CommentStatus.PUBLISHED);
        assertThat(moderator.page("/yonetim/moderasyon?kuyruk=sikayet&haber=" + article.id()).select(".mod-item").eachAttr("id"))
            .containsExactly("m-" + lessReported);
        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", lessReported, "islem", "onayla"), "/yonetim/moderasyon");
        assertThat(moderator.page("/yonetim/moderasyon?kuyruk=sikayet&haber=" + article.id()).select(".mod-item")).isEmpty();
        assertThat(status(lessReported)).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void aBannedCommenterCannotCommentUntilTheBanIsLifted() {
        Article article = story("Engellenen yorumcu");
        String email = someone();
        long id = CommentsTest.idOf(reader.comment(article.id(), "Israrcı", email, "İlk yorumum."));
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        HttpResponse<String> banned = moderator.post("/yonetim/moderasyon/yorum/" + id + "/engelle",
            Map.of("tur", "EMAIL", "sure", "WEEK", "neden", "Sürekli hakaret"), "/yonetim/moderasyon");
        assertThat(banned.statusCode()).isEqualTo(302);

        HttpResponse<String> refused = reader.comment(article.id(), "Israrcı", email.toUpperCase(), "Yine ben.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).text()).contains("geçici olarak engellenmiştir");

        Document bans = moderator.page("/yonetim/moderasyon/engeller");
        assertThat(bans.text()).contains("Sürekli hakaret").doesNotContain(email);
        long banId = db.sql("SELECT MAX(id) FROM comment_bans").query(Long.class).single();
        moderator.post("/yonetim/moderasyon/engeller/" + banId + "/kaldir", Map.of(), "/yonetim/moderasyon/engeller");
        assertThat(reader.comment(article.id(), "Israrcı", email, "Engel kalktı.").statusCode()).isEqualTo(303);
        assertThat(auditActions()).contains("comment.ban", "comment.unban");
    }

    @Test
    void modesDecideWhoWaits() {
        Article pre = fixtures.story("Ön moderasyonlu haber").in(fixtures.category("Moderasyon Masası"))
            .comments(CommentMode.PREMODERATED).publish();
        assertThat(status(post(pre, "Okur", "Ön moderasyonda bekler."))).isEqualTo(CommentStatus.PENDING);

        settings.save(new ModerationSettings(CommentMode.NEW_COMMENTERS_WAIT, 2, 30, 2, 3));
        Article open = story("Yeni yorumcular bekler");
        String newcomer = someone();
        long first = CommentsTest.idOf(reader.comment(open.id(), "Yeni", newcomer, "İlk yorumum."));
        assertThat(status(first)).isEqualTo(CommentStatus.PENDING);
        assertThat((String) row(first).get("rule")).contains("Yeni yorumcu");
        long second = CommentsTest.idOf(reader.comment(open.id(), "Yeni", newcomer, "İkinci yorumum."));
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", List.of(first, second), "islem", "onayla"),
            "/yonetim/moderasyon");
        long third = CommentsTest.idOf(reader.comment(open.id(), "Yeni", newcomer, "Üçüncü yorumum."));
        assertThat(status(third)).isEqualTo(CommentStatus.PUBLISHED);

        Article post = fixtures.story("Sonradan denetim").in(fixtures.category("Moderasyon Masası"))
            .comments(CommentMode.POSTMODERATED).publish();
        assertThat(status(post(post, "Okur", "Hemen yayımlanır."))).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void commentsCloseByThemselvesAfterTheConfiguredDays() {
        Article old = fixtures.story("Eski haber").in(fixtures.category("Moderasyon Masası"))
            .publishedAt(Instant.now().minus(Duration.ofDays(31))).publish();
        HttpResponse<String> refused = reader.comment(old.id(), "Okur", someone(), "Geç kalmış yorum.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(browser.page(path(old)).select(".comments-closed").text()).isEqualTo("Bu haber yorumlara kapalı.");

        settings.save(new ModerationSettings(CommentMode.POSTMODERATED, 2, 0, 2, 3));
        assertThat(reader.comment(old.id(), "Okur", someone(), "Artık açık.").statusCode()).isEqualTo(303);
    }

    @Test
    void linksCapitalsCopiesAndBurstsAreHeldWithTheirRule() {
        Article article = story("Kurallar");
        long links = post(article, "Okur", "Bakın https://a.example/1 ve https://b.example/2 ve www.c.example");
        assertThat((String) row(links).get("rule")).startsWith("Çok bağlantı: 3");
        long capitals = post(article, "Okur", "BU HABERİ HEMEN HERKES OKUMALI DİYORUM");
        assertThat((String) row(capitals).get("rule")).isEqualTo("Tamamı büyük harf");
        String copy = "Bu metin birden çok kişi tarafından aynen gönderilen bir reklam metnidir.";
        assertThat(status(post(article, "Bir", copy))).isEqualTo(CommentStatus.PUBLISHED);
        long copied = post(story("Kurallar ikinci haber"), "İki", copy);
        assertThat((String) row(copied).get("rule")).startsWith("Aynı metin");

        String busy = someone();
        CommentStatus last = null;
        for (int i = 1; i <= 6; i++) {
            last = status(CommentsTest.idOf(reader.comment(article.id(), "Hızlı", busy, "Hızlı yorum " + i)));
        }
        assertThat(last).isEqualTo(CommentStatus.PENDING);
    }

    @Test
    void moderatorsKeepTheTermLists() {
        Article article = story("Kelime listesi");
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        assertThat(moderator.page("/yonetim/moderasyon/kelimeler").select("td").eachText()).contains("moskof", "alçakgönüllü");
        moderator.post("/yonetim/moderasyon/kelimeler", Map.of("kelime", "zibidi", "tur", "SUSPECT"), "/yonetim/moderasyon/kelimeler");
        long held = post(article, "Okur", "Bunlar tam zibidiler.");
        assertThat(status(held)).isEqualTo(CommentStatus.PENDING);
        assertThat((String) row(held).get("rule")).contains("zibidi");

        HttpResponse<String> empty = moderator.post("/yonetim/moderasyon/kelimeler", Map.of("kelime", " ", "tur", "SUSPECT"),
            "/yonetim/moderasyon/kelimeler");
        assertThat(empty.statusCode()).isEqualTo(400);
        long termId = db.sql("SELECT id FROM comment_terms WHERE term = 'zibidi'").query(Long.class).single();
        moderator.post("/yonetim/moderasyon/kelimeler/" + termId + "/sil", Map.of(), "/yonetim/moderasyon/kelimeler");
        assertThat(status(post(article, "Okur", "Yine zibidiler."))).isEqualTo(CommentStatus.PUBLISHED);
    }

    @Test
    void onlyModeratingRolesModerateAndOnlyEditorsInChiefAndAdminsChangeSettings() {
        Article article = story("Yetkiler");
        long id = post(article, "Okur", "Yetki denemesi.");
        for (Role role : List.of(Role.REPORTER, Role.EDITOR)) {
            Newsroom.Session session = newsroom.signIn(newsroom.member(role));
            assertThat(session.get("/yonetim/moderasyon").statusCode()).isEqualTo(403);
            assertThat(session.post("/yonetim/moderasyon/karar", Map.of("yorum", id, "islem", "reddet", "neden", "x"),
                "/yonetim").statusCode()).isEqualTo(403);
            assertThat(session.get("/yonetim/moderasyon/kelimeler").statusCode()).isEqualTo(403);
        }
        assertThat(status(id)).isEqualTo(CommentStatus.PUBLISHED);
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        assertThat(moderator.get("/yonetim/moderasyon/ayarlar").statusCode()).isEqualTo(403);
        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        HttpResponse<String> bad = chief.post("/yonetim/moderasyon/ayarlar", Map.of("mod", "PREMODERATED",
            "yeni_yorumcu", "-1", "kapanma_gunu", "30", "en_cok_baglanti", "2", "sikayet_esigi", "3"), "/yonetim/moderasyon/ayarlar");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(chief.post("/yonetim/moderasyon/ayarlar", Map.of("mod", "PREMODERATED", "yeni_yorumcu", "1",
            "kapanma_gunu", "10", "en_cok_baglanti", "1", "sikayet_esigi", "5"), "/yonetim/moderasyon/ayarlar").statusCode())
            .isEqualTo(302);
        assertThat(settings.moderation()).isEqualTo(new ModerationSettings(CommentMode.PREMODERATED, 1, 10, 1, 5));
    }

    @Test
    void countsAlwaysMatchTheRows() {
        Article article = story("Sayılar tutarlı");
        long a = post(article, "Bir", "Bir.");
        long b = post(article, "İki", "İki.");
        post(article, "Üç", "Putin tam bir alçaktır..");
        long reply = CommentsTest.idOf(reader.reply(article.id(), a, "Dört", someone(), "Dört."));
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", List.of(b, reply), "islem", "reddet", "neden", "Deneme"),
            "/yonetim/moderasyon");
        moderator.post("/yonetim/moderasyon/karar", Map.of("yorum", b, "islem", "geri-al"), "/yonetim/moderasyon");
        db.sql("DELETE FROM comments WHERE id = :id").param("id", a).update();

        List<Map<String, Object>> mismatches = db.sql("""
                SELECT a.id, COALESCE(c.published, 0) AS counted,
                       (SELECT COUNT(*) FROM comments m WHERE m.article_id = a.id AND m.status = 'PUBLISHED') AS actual
                FROM articles a LEFT JOIN comment_counts c ON c.article_id = a.id
                """).query().listOfRows().stream()
            .filter(r -> ((Number) r.get("counted")).longValue() != ((Number) r.get("actual")).longValue())
            .toList();
        assertThat(mismatches).isEmpty();
        assertThat(shownCount(article)).isEqualTo(1);
    }

    @Test
    void carryingOutATakedownRequestTakesTheCommentDownAndTheDashboardShowsTheDeadline() {
        Article article = story("Kaldırma talebi");
        long id = post(article, "Okur", "Kaldırılması istenen yorum.");
        Newsroom.Session moderator = newsroom.signIn(newsroom.member(Role.MODERATOR));
        String received = tr.manset.system.time.TurkishTime.dateTime(Instant.now().minus(Duration.ofHours(2)));
        HttpResponse<String> recorded = moderator.post("/yonetim/moderasyon/kaldirma", Map.of("requester", "Bir Avukatlık Bürosu",
            "contact", "buro@example.com", "commentId", id, "url", "", "reason", "Kişilik haklarının ihlali", "received", received),
            "/yonetim/moderasyon/kaldirma");
        assertThat(recorded.statusCode()).isEqualTo(302);
        String detail = recorded.headers().firstValue("Location").orElseThrow().replaceFirst("^https?://[^/]+", "");
        assertThat(moderator.page("/yonetim/moderasyon").select(".takedown-deadlines").text())
            .contains("Bir Avukatlık Bürosu");

        moderator.post(detail, Map.of("islem", "karar", "karar", "kabul", "not", "Hukuka aykırı"), detail);
        assertThat(status(id)).isEqualTo(CommentStatus.PUBLISHED);
        moderator.post(detail, Map.of("islem", "uygulandi", "zaman", ""), detail);
        assertThat(status(id)).isEqualTo(CommentStatus.REJECTED);
        assertThat(db.sql("SELECT decision_note FROM comments WHERE id = :id").param("id", id).query(String.class).single())
            .startsWith("5651 kaldırma talebi #");
        assertThat(shownCount(article)).isZero();
    }

    private List<String> auditActions() {
        return db.sql("SELECT action FROM audit_log").query(String.class).list();
    }

    private String path(Article article) {
        return "/moderasyon-masasi/" + article.slug() + "-" + article.id();
    }
}
