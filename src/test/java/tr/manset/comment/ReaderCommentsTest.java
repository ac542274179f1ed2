package tr.manset.comment;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.ReaderBrowser.form;

import jakarta.mail.internet.MimeMessage;
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
import tr.manset.Mailbox;
import tr.manset.Newsroom;
import tr.manset.ReaderBrowser;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/** Signed-in readers comment under their account's name, see their comments in "Yorumlarım" and hear of answers by mail. */
@SiteTest
class ReaderCommentsTest {

    static final String PASSWORD = "Yorumcu-Parola-2026";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired SiteFixtures fixtures;
    @Autowired JdbcClient db;
    @Autowired Moderation moderation;
    @Autowired Newsroom newsroom;
    @Autowired SettingsStore settings;

    @BeforeEach
    void setUp() {
        settings.save(ModerationSettings.DEFAULTS);
    }

    static String someone() {
        return "yorumcu" + PEOPLE.incrementAndGet() + "@hesap.example";
    }

    ReaderBrowser signedUp(String email, String name) {
        return ReaderBrowser.signedUp(browser, mailbox, email, name, PASSWORD);
    }

    ReaderBrowser withReplyNotices(String email, String name) {
        ReaderBrowser reader = signedUp(email, name);
        assertThat(reader.postSignedIn("/hesap/bildirimler", form("yanitlar", "evet"), "/hesap").statusCode()).isEqualTo(303);
        return reader;
    }

    Article story(String headline) {
        return fixtures.story(headline).in(fixtures.category("Okur Yorumları")).publish();
    }

    static long posted(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        return Long.parseLong(response.headers().firstValue("Location").orElseThrow().replaceAll(".*/yorum/(\\d+)/durum.*", "$1"));
    }

    static HttpResponse<String> comment(ReaderBrowser reader, Article article, Object... fields) {
        return reader.post("/yorum/yaz/" + article.id(), form(fields));
    }

    long readerId(String email) {
        return db.sql("SELECT id FROM readers WHERE email = :e").param("e", email).query(Long.class).single();
    }

    String column(long comment, String column) {
        return db.sql("SELECT " + column + " FROM comments WHERE id = :id").param("id", comment)
            .query((rs, row) -> rs.getString(1)).list().getFirst();
    }

    /** The answer notices this address received (it also got the mail that confirmed its sign-up). */
    List<MimeMessage> notices(String email) {
        return mailbox.to(email).stream().filter(mail -> subject(mail).equals("Yorumunuza cevap geldi")).toList();
    }

    static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aSignedInReaderCommentsUnderTheirAccountWhateverTheFormSays() {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Zeynep Aydın");
        Article article = story("Hesapla yorum");

        long id = posted(comment(reader, article, "ad", "Başka Biri", "eposta", "sahte@example.com", "metin", "Hesabımla yazıyorum."));
        assertThat(column(id, "name")).isEqualTo("Zeynep Aydın");
        assertThat(column(id, "reader_id")).isEqualTo(Long.toString(readerId(email)));
        assertThat(column(id, "commenter")).isEqualTo("r:" + readerId(email));
        assertThat(column(id, "email")).isNull();
        Element shown = browser.page(article.path("okur-yorumlari")).selectFirst("#yorum-" + id);
        assertThat(shown.select(".comment-author").text()).isEqualTo("Zeynep Aydın");

        // Without a name at all, and with the page's script (JSON), the same.
        HttpResponse<String> json = reader.post("/yorum/yaz/" + article.id(), form("ad", "", "eposta", someone(), "metin", "İkinci yorumum, adsız form."),
            "Accept", "application/json");
        assertThat(json.statusCode()).isEqualTo(201);
        assertThat(json.body()).contains("\"ad\":\"Zeynep Aydın\"");

        // A guest still has to give a name.
        HttpResponse<String> guest = new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(), form("ad", "", "eposta", someone(), "metin", "Adsız misafir."));
        assertThat(guest.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(guest.body()).select(".form-error").text()).isEqualTo("Lütfen adınızı yazın.");
    }

    @Test
    void moderatorsBanAReaderByAccount() {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Kural Tanımaz");
        Article article = story("Hesap engeli");
        long id = posted(comment(reader, article, "metin", "Engellenecek yorum."));
        StaffMember moderator = newsroom.member(Role.MODERATOR);

        Newsroom.Session desk = newsroom.signIn(moderator);
        Document queue = desk.page("/yonetim/moderasyon?kuyruk=onaylanan&haber=" + article.id());
        assertThat(queue.select("#m-" + id + " .mod-history a").attr("href")).isEqualTo("/yonetim/moderasyon/yorumcu/r:" + readerId(email));
        assertThat(queue.select("#m-" + id + " .mod-meta").text()).contains("Kural Tanımaz", "okur hesabı");
        moderation.ban(id, Ban.Kind.COMMENTER, Moderation.BanLength.WEEK, "Hakaret", moderator, "127.0.0.1");

        HttpResponse<String> refused = comment(reader, article, "metin", "Yine yazıyorum.");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Jsoup.parse(refused.body()).text()).contains("Yorum yazmanız geçici olarak engellenmiştir.");
        // The ban is on the account, not on the address it came from.
        assertThat(new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(), form("ad", "Misafir", "eposta", someone(), "metin", "Aynı bilgisayardan misafir."))
            .statusCode()).isEqualTo(303);
    }

    @Test
    void yorumlarimListsTheReadersCommentsWithTheirStateAndStory() {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Ece Korkmaz");
        ReaderBrowser other = signedUp(someone(), "Başka Okur");
        Article open = story("Açık haber");
        Article held = fixtures.story("Onaylı haber").in(fixtures.category("Okur Yorumları")).comments(CommentMode.PREMODERATED).publish();
        long published = posted(comment(reader, open, "metin", "Yayındaki yorumum."));
        long waiting = posted(comment(reader, held, "metin", "Onay bekleyen yorumum."));
        long rejected = posted(comment(reader, open, "metin", "Bu ne biçim iş amk"));
        long hidden = posted(comment(reader, open, "metin", "Gizlenecek yorumum."));
        posted(comment(other, open, "metin", "Başkasının yorumu."));
        StaffMember moderator = newsroom.member(Role.MODERATOR);
        moderation.decide(List.of(hidden), Moderation.Action.HIDE, "", moderator, "127.0.0.1");

        Document page = reader.page("/hesap/yorumlarim");
        assertThat(page.select(".my-comment")).hasSize(4);
        assertThat(page.select(".my-comment .comment-body").eachText())
            .containsExactly("Gizlenecek yorumum.", "Bu ne biçim iş amk", "Onay bekleyen yorumum.", "Yayındaki yorumum.");
        assertThat(page.select("#yorumum-" + published + " .comment-state").text()).isEqualTo("yayında");
        assertThat(page.select("#yorumum-" + waiting + " .comment-state").text()).isEqualTo("onay bekliyor");
        assertThat(page.select("#yorumum-" + rejected + " .comment-state").text()).isEqualTo("reddedildi");
        assertThat(page.select("#yorumum-" + hidden + " .comment-state").text()).isEqualTo("gizlendi");
        String openPath = open.path("okur-yorumlari");
        assertThat(page.select("#yorumum-" + published + " a").attr("href"))
            .isEqualTo(openPath + "?yorum=" + published + "#yorum-" + published);
        assertThat(page.select("#yorumum-" + waiting + " a").attr("href")).isEqualTo(held.path("okur-yorumlari"));
        assertThat(page.select("#yorumum-" + waiting + " a").text()).isEqualTo("Onaylı haber");
        assertThat(page.select("a.account-link").text()).isEqualTo("HESABIM");
        assertThat(reader.get("/hesap/yorumlarim").headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");

        HttpResponse<String> anonymous = new ReaderBrowser(browser).get("/hesap/yorumlarim");
        assertThat(anonymous.statusCode()).isEqualTo(302);
        assertThat(anonymous.headers().firstValue("Location").orElseThrow()).endsWith("/giris?devam=%2Fhesap%2Fyorumlarim");
    }

    @Test
    void aPublishedAnswerMailsTheReaderOnceAndOnlyIfTheyAskedForIt() throws Exception {
        String email = someone();
        ReaderBrowser asker = withReplyNotices(email, "Soru Soran");
        String quietEmail = someone();
        ReaderBrowser quiet = signedUp(quietEmail, "Sessiz Okur");
        Article article = story("Cevap bildirimi");
        long question = posted(comment(asker, article, "metin", "Bu konuda ne düşünüyorsunuz?"));
        long silent = posted(comment(quiet, article, "metin", "Bana bildirim gelmesin."));

        long answer = posted(new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(),
            form("ad", "Cevap Veren", "eposta", someone(), "metin", "Bence önemli bir konu.\nİkinci satır.", "ust", question)));
        posted(new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(), form("ad", "Cevap Veren", "eposta", someone(), "metin", "Size de cevap.", "ust", silent)));
        // Their own answer to their own comment mails nothing.
        posted(comment(asker, article, "metin", "Kendi yorumuma ek.", "ust", question));

        assertThat(notices(email)).hasSize(1);
        MimeMessage mail = notices(email).getFirst();
        assertThat(Mailbox.text(mail)).contains("Cevap Veren, «Cevap bildirimi» haberine yazdığınız yoruma cevap verdi:",
            "“Bence önemli bir konu. İkinci satır.”",
            "http://localhost:8080" + article.path("okur-yorumlari") + "?yorum=" + answer + "#yorum-" + answer);
        assertThat(notices(quietEmail)).isEmpty();
    }

    @Test
    void anAnswerHeldForModerationMailsWhenApprovedAndNeverTwice() {
        String email = someone();
        ReaderBrowser asker = withReplyNotices(email, "Bekleyen Okur");
        Article article = story("Onaydan sonra bildirim");
        long question = posted(comment(asker, article, "metin", "Sorum şu."));
        settings.save(new ModerationSettings(CommentMode.PREMODERATED, 2, 30, 2, 3));
        long answer = posted(new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(), form("ad", "Misafir", "eposta", someone(), "metin", "Bekleyen cevap.", "ust", question)));
        assertThat(column(answer, "status")).isEqualTo("PENDING");
        assertThat(notices(email)).isEmpty();

        StaffMember moderator = newsroom.member(Role.MODERATOR);
        moderation.decide(List.of(answer), Moderation.Action.APPROVE, "", moderator, "127.0.0.1");
        assertThat(notices(email)).hasSize(1);
        moderation.decide(List.of(answer), Moderation.Action.HIDE, "", moderator, "127.0.0.1");
        moderation.decide(List.of(answer), Moderation.Action.RESTORE, "", moderator, "127.0.0.1");
        assertThat(notices(email)).as("published again: not mailed again").hasSize(1);
    }

    @Test
    void anAnswerToAnAnswerMailsTheOneAnsweredNotTheThreadStarter() {
        String starterEmail = someone();
        String middleEmail = someone();
        ReaderBrowser starter = withReplyNotices(starterEmail, "Başlatan");
        ReaderBrowser middle = withReplyNotices(middleEmail, "Ortadaki");
        Article article = story("Cevaba cevap bildirimi");
        long first = posted(comment(starter, article, "metin", "İlk yorum."));
        long second = posted(comment(middle, article, "metin", "İlk yoruma cevap.", "ust", first));
        assertThat(notices(starterEmail)).hasSize(1);

        posted(new ReaderBrowser(browser).post("/yorum/yaz/" + article.id(), form("ad", "Üçüncü", "eposta", someone(), "metin", "Ortadakine cevap.", "ust", second)));
        assertThat(notices(middleEmail)).hasSize(1);
        assertThat(notices(starterEmail)).hasSize(1);
    }
}
