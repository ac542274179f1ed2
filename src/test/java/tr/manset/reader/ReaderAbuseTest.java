package tr.manset.reader;

import static org.assertj.core.api.Assertions.assertThat;
import static tr.manset.ReaderBrowser.form;
import static tr.manset.ReaderBrowser.linkIn;
import static tr.manset.ReaderBrowser.pathOf;
import static tr.manset.ReaderBrowser.tokenOf;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Browser;
import tr.manset.Mailbox;
import tr.manset.MutableClock;
import tr.manset.ReaderBrowser;
import tr.manset.SiteTest;

/**
 * Bad input and abuse of the account forms: clear Turkish answers with the right status, the same
 * answer whether or not an address has an account, no mail twice, and links that work once and
 * only in time.
 */
@SiteTest
@Import(ReaderAbuseTest.FixedClock.class)
@TestPropertySource(properties = {"manset.readers.sign-ups-per-client-per-hour=3", "manset.readers.resets-per-client-per-hour=4",
    "manset.readers.sign-in-failures-per-client=8", "manset.readers.sign-in-failures-per-address=4"})
class ReaderAbuseTest {

    static final String PASSWORD = "Güney-Rüzgarı-2026";
    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @TestConfiguration
    static class FixedClock {
        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-12-01T06:00:00Z"));
        }
    }

    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired MutableClock clock;
    @Autowired JdbcClient db;

    ReaderBrowser reader;

    @BeforeEach
    void setUp() {
        // Each test starts after every earlier window has ended.
        clock.advance(Duration.ofDays(1));
        reader = new ReaderBrowser(browser);
    }

    static String someone() {
        return "kisi" + PEOPLE.incrementAndGet() + "@kotuye.example";
    }

    static String error(HttpResponse<String> response) {
        return Jsoup.parse(response.body()).select(".form-error").text();
    }

    ReaderBrowser signedUp(String email) {
        return ReaderBrowser.signedUp(browser, mailbox, email, "Deneme Okur", PASSWORD);
    }

    @Test
    void badSignUpsAreRefusedWithWhatToChange() {
        record Case(String email, String name, String password, String message) {}
        String email = someone();
        for (Case bad : List.of(
                new Case("", "Ad", PASSWORD, "Lütfen e-posta adresinizi yazın."),
                new Case("adres-degil", "Ad", PASSWORD, "Bu e-posta adresi geçerli görünmüyor."),
                new Case("iki@@nokta.example", "Ad", PASSWORD, "Bu e-posta adresi geçerli görünmüyor."),
                new Case("bosluk var@ornek.example", "Ad", PASSWORD, "Bu e-posta adresi geçerli görünmüyor."),
                new Case("a@b", "Ad", PASSWORD, "Bu e-posta adresi geçerli görünmüyor."),
                new Case("x".repeat(250) + "@ornek.example", "Ad", PASSWORD, "Bu e-posta adresi geçerli görünmüyor."),
                new Case(email, "", PASSWORD, "Lütfen yorumlarınızda görünecek adınızı yazın."),
                new Case(email, "<b>Ad</b>", PASSWORD, "Adınızda yalnızca harf"),
                new Case(email, "Ad", "kisa-9kar", "Parolanız en az 10 karakter olmalı."),
                new Case(email, "Ad", email, "Parolanız e-posta adresinize benzememeli."),
                new Case(email, "Ad", "1234567890", "Bu parola çok yaygın"),
                new Case(email, "Ad", "FENERBAHÇE1907", "Bu parola çok yaygın"),
                new Case(email, "Ad", "aaaaaaaaaaaa", "Bu parola çok yaygın"),
                new Case(email, "Ad", "ş".repeat(40), "Parolanız en fazla 72 bayt olabilir"))) {
            HttpResponse<String> answer = reader.post("/kayit", form("eposta", bad.email(), "ad", bad.name(), "parola", bad.password()));
            assertThat(answer.statusCode()).as(bad.toString()).isEqualTo(400);
            assertThat(error(answer)).as(bad.toString()).contains(bad.message());
            assertThat(Jsoup.parse(answer.body()).select("input[name=parola]").attr("value")).as("a password is never sent back").isEmpty();
        }
        assertThat(mailbox.to(email)).isEmpty();
    }

    @Test
    void signingUpTwiceAnswersAlikeAndMailsTheOwnerInsteadOfMakingASecondAccount() throws Exception {
        String email = someone();
        signedUp(email);
        clock.advance(Duration.ofMinutes(10));

        HttpResponse<String> again = reader.post("/kayit", form("eposta", email, "ad", "Taklitçi", "parola", "Baska-Parola-123"));
        HttpResponse<String> fresh = reader.post("/kayit", form("eposta", someone(), "ad", "Yeni", "parola", "Baska-Parola-123"));
        assertThat(again.statusCode()).isEqualTo(fresh.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("Location")).isEqualTo(fresh.headers().firstValue("Location"));
        assertThat(again.body()).isEqualTo(fresh.body());

        List<MimeMessage> mails = mailbox.to(email);
        assertThat(mails).hasSize(2);
        assertThat(mails.getLast().getSubject()).isEqualTo("Bu adresle zaten bir hesabınız var");
        assertThat(Mailbox.text(mails.getLast())).contains("ikinci bir hesap açılmadı").doesNotContain("/e-posta-dogrula");
        assertThat(db.sql("SELECT COUNT(*) FROM readers WHERE email = :e").param("e", email).query(Integer.class).single()).isEqualTo(1);
        assertThat(new ReaderBrowser(browser).post("/giris", form("eposta", email, "parola", "Baska-Parola-123")).statusCode())
            .as("the second sign-up's password opens nothing").isEqualTo(400);

        // The same request at once again sends nothing more.
        reader.post("/kayit", form("eposta", email, "ad", "Taklitçi", "parola", "Baska-Parola-123"));
        assertThat(mailbox.to(email)).hasSize(2);
    }

    @Test
    void aSignUpConfirmedTwiceOrAfterAnotherMadeTheAccountIsRefused() {
        String email = someone();
        reader.post("/kayit", form("eposta", email, "ad", "İlk", "parola", PASSWORD));
        String first = tokenOf(linkIn(mailbox.only(email), "/e-posta-dogrula"));
        clock.advance(Duration.ofMinutes(6));
        reader.post("/kayit", form("eposta", email, "ad", "İkinci", "parola", "Ikinci-Parola-99"));
        List<MimeMessage> mails = mailbox.to(email);
        assertThat(mails).as("after the mail interval, a second link").hasSize(2);
        String second = tokenOf(linkIn(mails.getLast(), "/e-posta-dogrula"));

        assertThat(reader.post("/e-posta-dogrula", form("t", second)).statusCode()).isEqualTo(303);
        HttpResponse<String> late = new ReaderBrowser(browser).post("/e-posta-dogrula", form("t", first));
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(late.body()).text()).contains("Bu e-posta adresiyle açılmış bir hesap zaten var");
        assertThat(reader.get("/hesap/durum").body()).contains("\"ad\":\"İkinci\"");
    }

    @Test
    void expiredReusedAndForgedLinksAreRefusedWithoutChangingAnything() {
        String email = someone();
        reader.post("/kayit", form("eposta", email, "ad", "Geç Kalan", "parola", PASSWORD));
        String link = pathOf(linkIn(mailbox.only(email), "/e-posta-dogrula"));

        clock.advance(Duration.ofHours(49));
        HttpResponse<String> expired = reader.get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(Jsoup.parse(expired.body()).text()).contains("daha önce kullanılmış ya da süresi dolmuş");
        assertThat(reader.post("/e-posta-dogrula", form("t", tokenOf(link))).statusCode()).isEqualTo(410);
        assertThat(db.sql("SELECT COUNT(*) FROM readers WHERE email = :e").param("e", email).query(Integer.class).single()).isZero();

        for (String forged : List.of("", "abc", "A".repeat(43), tokenOf(link).substring(1) + "x", "../../etc/passwd", "<script>")) {
            HttpResponse<String> answer = reader.get("/e-posta-dogrula?t=" + java.net.URLEncoder.encode(forged, java.nio.charset.StandardCharsets.UTF_8));
            assertThat(answer.statusCode()).as(forged).isEqualTo(400);
            assertThat(Jsoup.parse(answer.body()).text()).contains("Bu bağlantı geçersiz");
            assertThat(reader.post("/sifre-sifirla", form("t", forged, "yeni", "Yepyeni-Parola-1", "tekrar", "Yepyeni-Parola-1")).statusCode())
                .isEqualTo(400);
            assertThat(reader.post("/e-posta-degistir", form("t", forged)).statusCode()).isEqualTo(400);
        }
        // A link of one kind does not work for another.
        String owner = someone();
        signedUp(owner);
        new ReaderBrowser(browser).post("/sifremi-unuttum", form("eposta", owner));
        String reset = tokenOf(linkIn(mailbox.to(owner).getLast(), "/sifre-sifirla"));
        assertThat(reader.post("/e-posta-dogrula", form("t", reset)).statusCode()).isEqualTo(400);
        assertThat(reader.post("/e-posta-degistir", form("t", reset)).statusCode()).isEqualTo(400);
        clock.advance(Duration.ofMinutes(61));
        assertThat(reader.get("/sifre-sifirla?t=" + reset).statusCode()).as("reset links last an hour").isEqualTo(410);
    }

    @Test
    void aResetForAnUnknownAddressLooksTheSameAndSendsNothing() {
        String known = someone();
        signedUp(known);
        String unknown = someone();
        int before = mailbox.to(known).size();

        HttpResponse<String> forKnown = reader.post("/sifremi-unuttum", form("eposta", known));
        HttpResponse<String> forUnknown = reader.post("/sifremi-unuttum", form("eposta", unknown));
        assertThat(forKnown.statusCode()).isEqualTo(forUnknown.statusCode()).isEqualTo(303);
        assertThat(forKnown.headers().firstValue("Location")).isEqualTo(forUnknown.headers().firstValue("Location"));
        assertThat(mailbox.to(unknown)).isEmpty();
        assertThat(mailbox.to(known)).hasSize(before + 1);

        // Asked again at once: nothing sent twice; after the interval, one more.
        reader.post("/sifremi-unuttum", form("eposta", known));
        assertThat(mailbox.to(known)).hasSize(before + 1);
        clock.advance(Duration.ofMinutes(6));
        reader.post("/sifremi-unuttum", form("eposta", known));
        List<MimeMessage> mails = mailbox.to(known);
        assertThat(mails).hasSize(before + 2);
        // Only the newest link works.
        String older = tokenOf(linkIn(mails.get(mails.size() - 2), "/sifre-sifirla"));
        assertThat(reader.get("/sifre-sifirla?t=" + older).statusCode()).isEqualTo(410);

        HttpResponse<String> invalid = reader.post("/sifremi-unuttum", form("eposta", "adres-degil"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(error(invalid)).contains("Bu e-posta adresi geçerli görünmüyor.");
    }

    @Test
    void manySignUpsFromOneClientAreStopped() {
        for (int i = 0; i < 3; i++) {
            assertThat(reader.post("/kayit", form("eposta", someone(), "ad", "Seri Kayıt", "parola", PASSWORD)).statusCode()).isEqualTo(303);
        }
        String fourth = someone();
        HttpResponse<String> stopped = reader.post("/kayit", form("eposta", fourth, "ad", "Seri Kayıt", "parola", PASSWORD));
        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(error(stopped)).isEqualTo("Bu bağlantıdan kısa sürede çok sayıda kayıt yapıldı. Lütfen bir saat sonra yeniden deneyin.");
        assertThat(mailbox.to(fourth)).isEmpty();
        clock.advance(Duration.ofMinutes(61));
        assertThat(reader.post("/kayit", form("eposta", fourth, "ad", "Seri Kayıt", "parola", PASSWORD)).statusCode()).isEqualTo(303);
        assertThat(mailbox.to(fourth)).hasSize(1);
    }

    @Test
    void manyResetRequestsFromOneClientAreStopped() {
        for (int i = 0; i < 4; i++) {
            assertThat(reader.post("/sifremi-unuttum", form("eposta", someone())).statusCode()).isEqualTo(303);
        }
        HttpResponse<String> stopped = reader.post("/sifremi-unuttum", form("eposta", someone()));
        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(error(stopped)).contains("Kısa sürede çok sayıda parola sıfırlama isteği yapıldı");
    }

    @Test
    void guessingOnePasswordWaitsAfterAFewTriesEvenForAnAddressWithoutAccount() {
        String email = someone();
        signedUp(email);
        for (int i = 0; i < 4; i++) {
            assertThat(reader.post("/giris", form("eposta", email, "parola", "tahmin-" + i + "-xyz")).statusCode()).isEqualTo(400);
        }
        HttpResponse<String> waiting = reader.post("/giris", form("eposta", email, "parola", PASSWORD));
        assertThat(waiting.statusCode()).as("even the right password waits").isEqualTo(429);
        assertThat(error(waiting)).isEqualTo("Çok sayıda hatalı giriş denemesi yapıldı. Lütfen 15 dakika sonra yeniden deneyin.");
        assertThat(waiting.headers().allValues("Set-Cookie")).isEmpty();

        String nobody = someone();
        for (int i = 0; i < 4; i++) {
            reader.post("/giris", form("eposta", nobody, "parola", "tahmin-" + i + "-xyz"));
        }
        assertThat(reader.post("/giris", form("eposta", nobody, "parola", PASSWORD)).statusCode())
            .as("the same for an address without account: waiting tells nothing").isEqualTo(429);

        clock.advance(Duration.ofMinutes(16));
        assertThat(reader.post("/giris", form("eposta", email, "parola", PASSWORD)).statusCode()).isEqualTo(303);
    }

    @Test
    void oneAccountCannotMailManyAddresses() {
        ReaderBrowser signedIn = signedUp(someone());
        for (int i = 0; i < 5; i++) {
            assertThat(signedIn.postSignedIn("/hesap/e-posta", form("eposta", someone(), "parola", PASSWORD), "/hesap").statusCode())
                .isEqualTo(303);
        }
        String sixth = someone();
        HttpResponse<String> stopped = signedIn.postSignedIn("/hesap/e-posta", form("eposta", sixth, "parola", PASSWORD), "/hesap");
        assertThat(stopped.statusCode()).isEqualTo(429);
        assertThat(error(stopped)).isEqualTo("Kısa sürede çok sayıda adres değişikliği istediniz. Lütfen bir saat sonra yeniden deneyin.");
        assertThat(mailbox.to(sixth)).isEmpty();
    }

    @Test
    void oneClientGuessingManyAddressesWaitsToo() {
        for (int i = 0; i < 8; i++) {
            reader.post("/giris", form("eposta", someone(), "parola", "tahmin-" + i + "-xyz"));
        }
        HttpResponse<String> waiting = reader.post("/giris", form("eposta", someone(), "parola", PASSWORD));
        assertThat(waiting.statusCode()).isEqualTo(429);
    }

    @Test
    void signingInBeforeConfirmingSaysSoOnlyToWhoKnowsThePasswordAndResendsTheLinkOnce() {
        String email = someone();
        reader.post("/kayit", form("eposta", email, "ad", "Sabırsız", "parola", PASSWORD));
        assertThat(mailbox.to(email)).hasSize(1);

        HttpResponse<String> wrong = reader.post("/giris", form("eposta", email, "parola", "baska-bir-parola"));
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(error(wrong)).isEqualTo("E-posta adresi ya da parola hatalı.");

        HttpResponse<String> early = reader.post("/giris", form("eposta", email, "parola", PASSWORD));
        assertThat(early.statusCode()).isEqualTo(403);
        assertThat(error(early)).startsWith("E-posta adresinizi henüz doğrulamadınız.");
        assertThat(mailbox.to(email)).as("not again within the mail interval").hasSize(1);
        clock.advance(Duration.ofMinutes(6));
        reader.post("/giris", form("eposta", email, "parola", PASSWORD));
        List<MimeMessage> mails = mailbox.to(email);
        assertThat(mails).hasSize(2);
        assertThat(reader.post("/e-posta-dogrula", form("t", tokenOf(linkIn(mails.getLast(), "/e-posta-dogrula")))).statusCode())
            .isEqualTo(303);
        assertThat(reader.get("/hesap/durum").body()).contains("\"ad\":\"Sabırsız\"");
    }

    @Test
    void anExpiredSessionOpensNothingAndItsCookieIsDropped() {
        ReaderBrowser signedIn = signedUp(someone());
        assertThat(signedIn.get("/hesap").statusCode()).isEqualTo(200);
        clock.advance(Duration.ofDays(31));
        HttpResponse<String> state = signedIn.get("/hesap/durum");
        assertThat(state.body()).isEqualTo("{\"girisYapildi\":false}");
        assertThat(state.headers().allValues("Set-Cookie")).singleElement().asString().contains("Max-Age=0");
        assertThat(signedIn.get("/hesap").statusCode()).isEqualTo(303);
    }
}
