package tr.manset.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.ReaderBrowser.form;
import static tr.manset.ReaderBrowser.linkIn;
import static tr.manset.ReaderBrowser.pathOf;
import static tr.manset.ReaderBrowser.tokenOf;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Nested;
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

/** Readers sign up, confirm by mail, sign in and out, reset and change their password and address, over real HTTP and SMTP. */
@SiteTest
class ReaderAccountsTest {

    static final String PASSWORD = "Kuzey-Rüzgarı-2026";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired JdbcClient db;
    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;

    static String someone() {
        return "okur" + PEOPLE.incrementAndGet() + "@hesap.example";
    }

    ReaderBrowser signedUp(String email, String name) {
        return ReaderBrowser.signedUp(browser, mailbox, email, name, PASSWORD);
    }

    int accounts(String email) {
        return db.sql("SELECT COUNT(*) FROM readers WHERE email = :email").param("email", email).query(Integer.class).single();
    }

    static List<String> setCookies(HttpResponse<?> response) {
        return response.headers().allValues("Set-Cookie");
    }

    boolean signedIn(ReaderBrowser reader) {
        return reader.get("/hesap/durum").body().contains("\"girisYapildi\":true");
    }

    @Test
    void signingUpMailsALinkThatMakesTheAccountAndSignsTheReaderIn() throws Exception {
        String email = someone();
        ReaderBrowser reader = new ReaderBrowser(browser);
        Document form = reader.page("/kayit");
        assertThat(form.select("form[action=/kayit] a[href=/kvkk-aydinlatma-metni]")).hasSize(1);

        HttpResponse<String> posted = reader.post("/kayit", form("eposta", "  " + email.toUpperCase(java.util.Locale.ROOT) + " ",
            "ad", "Ayşe Kaya", "parola", PASSWORD));
        assertThat(posted.statusCode()).isEqualTo(303);
        assertThat(posted.headers().firstValue("Location").orElseThrow()).endsWith("/kayit/gonderildi");
        assertThat(setCookies(posted)).isEmpty();
        assertThat(accounts(email)).as("no account before the link is opened").isZero();
        assertThat(reader.page("/kayit/gonderildi").text()).contains("Yazdığınız adrese bir e-posta gönderdik");

        MimeMessage mail = mailbox.only(email);
        assertThat(mail.getSubject()).isEqualTo("E-posta adresinizi doğrulayın");
        assertThat(Mailbox.text(mail)).startsWith("Merhaba Ayşe Kaya,").contains("Bağlantı 48 saat geçerlidir.");
        String link = linkIn(mail, "/e-posta-dogrula");
        assertThat(link).matches("http://localhost:8080/e-posta-dogrula\\?t=[A-Za-z0-9_-]{43}");
        assertThat(Mailbox.html(mail)).contains("href=\"" + link + "\"");
        String token = tokenOf(link);
        assertThat(db.sql("SELECT COUNT(*) FROM reader_tokens WHERE token_hash = :t").param("t", token).query(Integer.class).single())
            .as("links are stored hashed").isZero();

        HttpResponse<String> confirmPage = reader.get(pathOf(link));
        assertThat(confirmPage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirmPage.body()).select("form[action=/e-posta-dogrula] button").text())
            .isEqualTo("Adresimi doğrula ve hesabımı aç");
        assertThat(setCookies(confirmPage)).isEmpty();
        assertThat(accounts(email)).as("opening the link only shows the button").isZero();

        HttpResponse<String> confirmed = reader.post("/e-posta-dogrula", form("t", token));
        assertThat(confirmed.statusCode()).isEqualTo(303);
        assertThat(confirmed.headers().firstValue("Location").orElseThrow()).endsWith("/hesap?tamam=hosgeldiniz");
        String cookie = setCookies(confirmed).getFirst();
        assertThat(cookie).startsWith("manset_okur=").contains("Path=/", "Max-Age=2592000", "HttpOnly", "SameSite=Lax")
            .doesNotContain("Secure");
        assertThat(accounts(email)).isEqualTo(1);
        String session = reader.sessionCookie().orElseThrow();
        assertThat(db.sql("SELECT COUNT(*) FROM reader_sessions WHERE token_hash = :t").param("t", session).query(Integer.class).single())
            .as("sessions are stored hashed").isZero();
        assertThat(db.sql("SELECT password_hash FROM reader_tokens WHERE purpose = 'SIGN_UP' AND email = :e").param("e", email)
            .query((rs, row) -> rs.getString(1)).list()).as("the sign-up's password is not kept in the link once used")
            .containsExactly((String) null);

        Document account = reader.page("/hesap?tamam=hosgeldiniz");
        assertThat(account.select(".flash").text()).contains("Hesabınız açıldı");
        assertThat(account.text()).contains("Ayşe Kaya olarak giriş yaptınız", email);
        assertThat(account.select("a.account-link").text()).isEqualTo("HESABIM");
        HttpResponse<String> state = reader.get("/hesap/durum");
        assertThat(state.body()).isEqualTo("{\"girisYapildi\":true,\"ad\":\"Ayşe Kaya\"}");
        assertThat(state.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
        assertThat(reader.get("/hesap").headers().firstValue("Cache-Control").orElseThrow()).isEqualTo("no-store");

        assertThat(reader.post("/e-posta-dogrula", form("t", token)).statusCode()).as("a link works once").isEqualTo(410);
    }

    @Test
    void aReaderSignsInWithTheRightPasswordOnlyAndSignsOutEverywhereTheCookieWent() throws Exception {
        String email = someone();
        signedUp(email, "Can Demir");
        ReaderBrowser reader = new ReaderBrowser(browser);

        HttpResponse<String> wrong = reader.post("/giris", form("eposta", email, "parola", "yanlis-parola-123"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select(".form-error").text()).isEqualTo("E-posta adresi ya da parola hatalı.");
        assertThat(Jsoup.parse(wrong.body()).select("input[name=eposta]").attr("value")).isEqualTo(email);
        HttpResponse<String> unknown = reader.post("/giris", form("eposta", someone(), "parola", PASSWORD));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(unknown.body()).select(".form-error").text()).isEqualTo("E-posta adresi ya da parola hatalı.");
        assertThat(setCookies(wrong)).isEmpty();
        assertThat(setCookies(unknown)).isEmpty();

        HttpResponse<String> right = reader.post("/giris", form("eposta", email.toUpperCase(java.util.Locale.ROOT), "parola", PASSWORD,
            "devam", "/hesap/yorumlarim"));
        assertThat(right.statusCode()).isEqualTo(303);
        assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/hesap/yorumlarim");
        assertThat(signedIn(reader)).isTrue();
        String cookie = reader.sessionCookie().orElseThrow();

        ReaderBrowser elsewhere = new ReaderBrowser(browser);
        HttpResponse<String> away = elsewhere.post("/giris", form("eposta", email, "parola", PASSWORD, "devam", "//kotu.example/x"));
        assertThat(away.headers().firstValue("Location").orElseThrow()).as("never sent to another site").endsWith("/hesap")
            .doesNotContain("kotu.example");

        HttpResponse<String> out = reader.postSignedIn("/cikis", form(), "/hesap");
        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/giris?cikis");
        assertThat(setCookies(out).getFirst()).startsWith("manset_okur=;").contains("Max-Age=0");
        assertThat(signedIn(reader)).isFalse();
        assertThat(reader.page("/giris?cikis").select(".flash").text()).isEqualTo("Oturumunuz kapatıldı.");

        // The cookie stopped working on the server, not only in that browser.
        ReaderBrowser thief = new ReaderBrowser(browser);
        thief.setSessionCookie(cookie);
        assertThat(signedIn(thief)).isFalse();
        assertThat(thief.get("/hesap").headers().firstValue("Location").orElseThrow()).endsWith("/giris?devam=%2Fhesap");
        assertThat(signedIn(elsewhere)).as("signing out ends this browser's session only").isTrue();
    }

    @Test
    void aForgottenPasswordIsResetByMailedLinkAndEverySessionEnds() throws Exception {
        String email = someone();
        ReaderBrowser first = signedUp(email, "Selin Aksoy");
        ReaderBrowser second = new ReaderBrowser(browser);
        second.post("/giris", form("eposta", email, "parola", PASSWORD));
        assertThat(signedIn(second)).isTrue();
        ReaderBrowser forgetful = new ReaderBrowser(browser);

        HttpResponse<String> asked = forgetful.post("/sifremi-unuttum", form("eposta", email));
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/sifremi-unuttum/gonderildi");
        MimeMessage mail = mailbox.to(email).getLast();
        assertThat(mail.getSubject()).isEqualTo("Parola sıfırlama");
        assertThat(Mailbox.text(mail)).contains("Bağlantı 1 saat geçerlidir ve bir kez kullanılabilir.");
        String link = pathOf(linkIn(mail, "/sifre-sifirla"));

        assertThat(forgetful.page(link).select("form[action=/sifre-sifirla] input[name=yeni]")).hasSize(1);
        HttpResponse<String> mismatch = forgetful.post("/sifre-sifirla", form("t", tokenOf(link), "yeni", "Yepyeni-Parola-1", "tekrar", "Yepyeni-Parola-2"));
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(mismatch.body()).select(".form-error").text()).isEqualTo("Parola ile tekrarı aynı değil.");
        HttpResponse<String> common = forgetful.post("/sifre-sifirla", form("t", tokenOf(link), "yeni", "Galatasaray1905", "tekrar", "Galatasaray1905"));
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(common.body()).select(".form-error").text()).contains("çok yaygın");

        HttpResponse<String> reset = forgetful.post("/sifre-sifirla", form("t", tokenOf(link), "yeni", "Yepyeni-Parola-1", "tekrar", "Yepyeni-Parola-1"));
        assertThat(reset.statusCode()).isEqualTo(303);
        assertThat(reset.headers().firstValue("Location").orElseThrow()).endsWith("/hesap?tamam=parola-yenilendi");
        assertThat(signedIn(forgetful)).isTrue();
        assertThat(signedIn(first)).isFalse();
        assertThat(signedIn(second)).isFalse();

        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", email, "parola", PASSWORD)).statusCode()).isEqualTo(400);
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", email, "parola", "Yepyeni-Parola-1")).statusCode()).isEqualTo(303);
        HttpResponse<String> again = forgetful.get(link);
        assertThat(again.statusCode()).as("the link works once").isEqualTo(410);
        assertThat(Jsoup.parse(again.body()).text()).contains("daha önce kullanılmış ya da süresi dolmuş");
    }

    @Test
    void changingThePasswordAsksForTheCurrentOneAndSignsOutOtherBrowsers() throws Exception {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Mert Çınar");
        ReaderBrowser phone = new ReaderBrowser(browser);
        phone.post("/giris", form("eposta", email, "parola", PASSWORD));

        HttpResponse<String> wrong = reader.postSignedIn("/hesap/parola", form("mevcut", "bilmiyorum-123", "yeni", "Yeni-Parolam-77",
            "tekrar", "Yeni-Parolam-77"), "/hesap");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select(".form-error").text()).isEqualTo("Şu anki parolanız doğru değil.");
        HttpResponse<String> likeEmail = reader.postSignedIn("/hesap/parola", form("mevcut", PASSWORD, "yeni", email, "tekrar", email), "/hesap");
        assertThat(likeEmail.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(likeEmail.body()).select(".form-error").text()).isEqualTo("Parolanız e-posta adresinize benzememeli.");

        HttpResponse<String> changed = reader.postSignedIn("/hesap/parola", form("mevcut", PASSWORD, "yeni", "Yeni-Parolam-77",
            "tekrar", "Yeni-Parolam-77"), "/hesap");
        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(reader.page("/hesap?tamam=parola").select(".flash").text()).contains("Parolanız değiştirildi");
        assertThat(signedIn(reader)).isTrue();
        assertThat(signedIn(phone)).isFalse();
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", email, "parola", "Yeni-Parolam-77")).statusCode()).isEqualTo(303);
    }

    @Test
    void aNewAddressTakesEffectOnlyWhenConfirmedFromItAndTheOldOneIsTold() throws Exception {
        String old = someone();
        String fresh = someone();
        ReaderBrowser reader = signedUp(old, "Deniz Arslan");

        HttpResponse<String> wrong = reader.postSignedIn("/hesap/e-posta", form("eposta", fresh, "parola", "yanlis-parola-1"), "/hesap");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(wrong.body()).select(".form-error").text()).isEqualTo("Parolanız doğru değil.");
        HttpResponse<String> invalid = reader.postSignedIn("/hesap/e-posta", form("eposta", "deniz@", "parola", PASSWORD), "/hesap");
        assertThat(invalid.statusCode()).isEqualTo(400);

        HttpResponse<String> asked = reader.postSignedIn("/hesap/e-posta", form("eposta", fresh, "parola", PASSWORD), "/hesap");
        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(reader.page("/hesap?tamam=eposta-gonderildi").text()).contains("Yeni adresinize bir onay bağlantısı gönderdik", old);
        assertThat(accounts(old)).as("nothing changes before the new address confirms").isEqualTo(1);
        MimeMessage mail = mailbox.only(fresh);
        assertThat(mail.getSubject()).isEqualTo("Yeni e-posta adresinizi doğrulayın");
        String link = pathOf(linkIn(mail, "/e-posta-degistir"));

        // Opened on another device, without signing in.
        ReaderBrowser mailApp = new ReaderBrowser(browser);
        assertThat(mailApp.page(link).select("form[action=/e-posta-degistir] button").text()).isEqualTo("Yeni adresimi onayla");
        HttpResponse<String> confirmed = mailApp.post("/e-posta-degistir", form("t", tokenOf(link)));
        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(confirmed.body()).text()).contains("Hesabınızın e-posta adresi değişti");
        assertThat(accounts(old)).isZero();
        assertThat(accounts(fresh)).isEqualTo(1);

        MimeMessage notice = mailbox.to(old).getLast();
        assertThat(notice.getSubject()).isEqualTo("E-posta adresiniz değiştirildi");
        assertThat(Mailbox.text(notice)).contains(fresh.substring(0, 2) + "***@hesap.example").doesNotContain(fresh);
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", fresh, "parola", PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", old, "parola", PASSWORD)).statusCode()).isEqualTo(400);
        assertThat(mailApp.post("/e-posta-degistir", form("t", tokenOf(link))).statusCode()).isEqualTo(410);
    }

    @Test
    void aNewAddressThatHasAnAccountIsNotTakenAndItsOwnerIsTold() throws Exception {
        String mine = someone();
        String theirs = someone();
        ReaderBrowser reader = signedUp(mine, "Birinci Okur");
        signedUp(theirs, "İkinci Okur");
        int before = mailbox.to(theirs).size();

        HttpResponse<String> asked = reader.postSignedIn("/hesap/e-posta", form("eposta", theirs, "parola", PASSWORD), "/hesap");
        assertThat(asked.statusCode()).as("the same answer as for a free address").isEqualTo(303);
        assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/hesap?tamam=eposta-gonderildi");
        List<MimeMessage> mails = mailbox.to(theirs);
        assertThat(mails).hasSize(before + 1);
        assertThat(mails.getLast().getSubject()).isEqualTo("E-posta adresiniz başka bir hesap için istendi");
        assertThat(Mailbox.text(mails.getLast())).doesNotContain("/e-posta-degistir");
        assertThat(accounts(mine)).isEqualTo(1);
    }

    @Test
    void theDisplayNameAndReplyNoticesAreTheReadersToChange() throws Exception {
        String email = someone();
        ReaderBrowser reader = signedUp(email, "Eski Ad");
        HttpResponse<String> bad = reader.postSignedIn("/hesap/ad", form("ad", "<script>"), "/hesap");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".form-error").text()).startsWith("Adınızda yalnızca harf");

        assertThat(reader.postSignedIn("/hesap/ad", form("ad", "  Yeni   Ad "), "/hesap").statusCode()).isEqualTo(303);
        assertThat(reader.get("/hesap/durum").body()).contains("\"ad\":\"Yeni Ad\"");

        assertThat(reader.postSignedIn("/hesap/bildirimler", form("yanitlar", "evet"), "/hesap").statusCode()).isEqualTo(303);
        assertThat(reader.page("/hesap").select("input[name=yanitlar]").hasAttr("checked")).isTrue();
        assertThat(reader.postSignedIn("/hesap/bildirimler", form(), "/hesap").statusCode()).isEqualTo(303);
        assertThat(reader.page("/hesap").select("input[name=yanitlar]").hasAttr("checked")).isFalse();
        assertThat(db.sql("""
                SELECT COUNT(*) FROM reader_consents c JOIN readers r ON r.id = c.reader_id
                WHERE r.email = :email AND c.kind = 'REPLY_NOTICES' AND c.text_version = 'yanit-bildirimi-1' AND c.withdrawn_at IS NOT NULL""")
            .param("email", email).query(Integer.class).single()).as("the consent and its withdrawal are kept").isEqualTo(1);
    }

    @Nested
    class SessionsAreSeparate {

        @Test
        void aReaderCookieDoesNotOpenTheNewsroom() throws Exception {
            ReaderBrowser reader = signedUp(someone(), "Meraklı Okur");
            HttpResponse<String> newsroomPage = reader.get("/yonetim");
            assertThat(newsroomPage.statusCode()).isEqualTo(302);
            assertThat(newsroomPage.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/giris");
            assertThat(reader.get("/yonetim/kvkk").statusCode()).isEqualTo(302);
        }

        @Test
        void aStaffSessionDoesNotMakeAReader() throws Exception {
            Newsroom.Session staff = newsroom.signIn(newsroom.member(Role.ADMIN));
            assertThat(staff.get("/yonetim").statusCode()).isEqualTo(200);
            HttpResponse<String> account = staff.get("/hesap");
            assertThat(account.statusCode()).isEqualTo(303);
            assertThat(account.headers().firstValue("Location").orElseThrow()).endsWith("/giris?devam=%2Fhesap");
            assertThat(staff.get("/hesap/durum").body()).isEqualTo("{\"girisYapildi\":false}");
        }
    }

    @Nested
    class ForgedRequests {

        @Test
        void formsOfSignedInReadersNeedTheTokenOfTheirOwnSession() throws Exception {
            ReaderBrowser reader = signedUp(someone(), "Ada Yıldız");
            ReaderBrowser other = signedUp(someone(), "Başka Biri");
            String othersToken = other.formToken("/hesap");

            HttpResponse<String> none = reader.post("/hesap/ad", form("ad", "Sahte Ad"));
            assertThat(none.statusCode()).isEqualTo(403);
            assertThat(none.body()).contains("Bu form geçersiz ya da başka bir siteden gönderilmiş");
            assertThat(reader.post("/hesap/ad", form("ad", "Sahte Ad", "belirtec", othersToken)).statusCode()).isEqualTo(403);
            assertThat(reader.post("/cikis", form()).statusCode()).as("signing out needs the token too").isEqualTo(403);
            assertThat(reader.post("/hesap/sil", form("parola", PASSWORD, "yorumlar", "sil")).statusCode()).isEqualTo(403);
            assertThat(signedIn(reader)).isTrue();
            assertThat(reader.get("/hesap/durum").body()).contains("\"ad\":\"Ada Yıldız\"");
        }

        @Test
        void accountFormsSentFromAnotherSiteAreRefused() throws Exception {
            String email = someone();
            ReaderBrowser reader = signedUp(email, "Ege Toprak");
            String token = reader.formToken("/hesap");
            HttpResponse<String> rename = reader.post("/hesap/ad", form("ad", "Sahte Ad", "belirtec", token), "Origin", "https://kotu.example");
            assertThat(rename.statusCode()).isEqualTo(403);
            assertThat(rename.body()).contains("başka bir siteden gönderildiği için reddedildi");
            assertThat(reader.get("/hesap/durum").body()).contains("\"ad\":\"Ege Toprak\"");

            ReaderBrowser anonymous = new ReaderBrowser(browser);
            String victim = someone();
            assertThat(anonymous.post("/kayit", form("eposta", victim, "ad", "Kurban", "parola", PASSWORD), "Origin", "https://kotu.example")
                .statusCode()).isEqualTo(403);
            assertThat(anonymous.post("/giris", form("eposta", email, "parola", PASSWORD), "Origin", "https://kotu.example").statusCode())
                .isEqualTo(403);
            assertThat(anonymous.post("/sifremi-unuttum", form("eposta", email), "Origin", "https://kotu.example").statusCode()).isEqualTo(403);
            assertThat(mailbox.to(victim)).isEmpty();
            assertThat(anonymous.sessionCookie()).isEmpty();
        }
    }

    @Nested
    class CachedPagesStayTheSameForEveryone {

        @Test
        void anonymousReadersNeverGetACookie() throws Exception {
            Article article = fixtures.story("Çerezsiz okuma").in(fixtures.category("Hesaplar")).publish();
            ReaderBrowser anonymous = new ReaderBrowser(browser);
            for (String path : List.of("/", article.path("hesaplar"), "/kayit", "/giris", "/sifremi-unuttum", "/hesap/durum",
                    "/kayit/gonderildi", "/hesap")) {
                assertThat(setCookies(anonymous.get(path))).as(path).isEmpty();
            }
            assertThat(setCookies(anonymous.post("/kayit", form("eposta", "gecersiz", "ad", "X", "parola", "kisa")))).isEmpty();
            assertThat(setCookies(anonymous.post("/giris", form("eposta", someone(), "parola", PASSWORD)))).isEmpty();
            assertThat(setCookies(anonymous.post("/sifremi-unuttum", form("eposta", someone())))).isEmpty();
            assertThat(setCookies(anonymous.post("/kayit", form("eposta", someone(), "ad", "Çerezsiz", "parola", PASSWORD)))).isEmpty();
        }

        @Test
        void theArticlePageIsTheSameBytesForASignedInReader() throws Exception {
            Article article = fixtures.story("Herkese aynı sayfa").in(fixtures.category("Hesaplar")).publish();
            String path = article.path("hesaplar");
            ReaderBrowser reader = signedUp(someone(), "Sabit Sayfa");
            // The page may change for everyone while this runs (the search index adds the story to
            // related lists, "az önce" becomes "1 dakika önce"): the signed-in reader's copy must be
            // the anonymous one from just before or just after it.
            HttpResponse<String> before = browser.get(path);
            HttpResponse<String> signedInPage = reader.get(path);
            HttpResponse<String> after = browser.get(path);
            HttpResponse<String> anonymousPage = signedInPage.body().equals(before.body()) ? before : after;
            assertThat(signedInPage.body()).isEqualTo(anonymousPage.body());
            assertThat(signedInPage.headers().firstValue("ETag")).isEqualTo(anonymousPage.headers().firstValue("ETag"));
            assertThat(signedInPage.headers().firstValue("Cache-Control").orElseThrow()).startsWith("max-age=60").contains("public");
            assertThat(setCookies(signedInPage)).isEmpty();
            Document page = Jsoup.parse(signedInPage.body());
            assertThat(page.select("a.account-link").text()).isEqualTo("GİRİŞ");
            assertThat(page.select("a.account-link").attr("href")).isEqualTo("/giris");
        }
    }
}
