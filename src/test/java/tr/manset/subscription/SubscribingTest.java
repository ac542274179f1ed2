package tr.manset.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tr.manset.Browser;
import tr.manset.Mailbox;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.category.Category;
import tr.manset.reader.DataSubject;
import tr.manset.reader.PersonalData;

/**
 * Subscribing as a reader does it, through real HTTP and a real SMTP server: double opt-in, the
 * same answer whatever the address, links that are forged, used or reused, preferences and
 * one-click unsubscribe, and not one cookie on the way.
 */
@SiteTest
class SubscribingTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    static final String SENT = "E-posta adresinize bir onay bağlantısı gönderdik";

    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired SiteFixtures fixtures;
    @Autowired Subscriptions subscriptions;
    @Autowired SubscriberStore store;
    @Autowired Mailings mailings;
    @Autowired List<PersonalData> personalData;

    ReaderHttp reader;
    SubscriberFixtures subscribers;
    Category category;

    @BeforeEach
    void setUp() {
        reader = new ReaderHttp(browser);
        subscribers = new SubscriberFixtures(subscriptions, mailbox);
        category = fixtures.category("Abonelik Haberleri");
    }

    static String someone() {
        return "abone" + PEOPLE.incrementAndGet() + "@abonelik.example";
    }

    String categoryList() {
        return MailingList.ofCategory(category.id());
    }

    @Test
    void subscribesWithDoubleOptInThroughTheMailedLink() throws Exception {
        String email = someone();
        Document form = browser.page("/abone-ol");
        assertThat(form.select("h1").text()).isEqualTo("Abone ol");
        assertThat(form.select("input[name=liste]").eachAttr("value")).contains(MailingList.DIGEST, MailingList.BREAKING, categoryList());
        assertThat(form.select("label.choice").text()).contains("Günün Özeti", "Son Dakika", "Abonelik Haberleri");
        assertThat(form.select("input[name=onay]").attr("value")).isEqualTo(ConsentText.VERSION);
        assertThat(form.text()).contains(ConsentText.INFORMATION, ConsentText.CONSENT);

        HttpResponse<String> answer = reader.subscribe(email.toUpperCase(java.util.Locale.ROOT), MailingList.DIGEST, categoryList());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(ReaderHttp.parse(answer).text()).contains(SENT);
        assertThat(answer.headers().firstValue("Cache-Control")).hasValue("no-store");
        Subscriber waiting = store.byEmail(email).orElseThrow();
        assertThat(waiting.status()).isEqualTo(Subscriber.Status.PENDING);
        assertThat(store.lists(waiting.id())).isEmpty();

        MimeMessage mail = mailbox.only(email);
        assertThat(mail.getSubject()).isEqualTo("Aboneliğinizi onaylayın - Manşet");
        assertThat(mail.getHeader("List-Unsubscribe")).isNull();
        String link = SubscriberFixtures.link(mail, "onay");
        assertThat(Mailbox.html(mail)).contains("href=\"http://localhost:8080" + link.replace("&", "&amp;") + "\"", "Günün Özeti, Abonelik Haberleri");
        assertThat(Mailbox.text(mail)).contains("http://localhost:8080" + link, "Seçilen listeler: Günün Özeti, Abonelik Haberleri.");

        // Opening the link (as a mail scanner does) confirms nothing: it shows a button.
        HttpResponse<String> opened = reader.get(link);
        assertThat(opened.statusCode()).isEqualTo(200);
        Document button = ReaderHttp.parse(opened);
        assertThat(button.select("form[action=/abonelik/onay] button").text()).isEqualTo("Aboneliğimi onayla");
        assertThat(button.select("li").text()).contains("Günün Özeti", "Abonelik Haberleri");
        assertThat(store.byEmail(email).orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);

        HttpResponse<String> confirmed = reader.post("/abonelik/onay", List.of("t", SubscriberFixtures.token(link)));

        assertThat(confirmed.statusCode()).isEqualTo(200);
        assertThat(ReaderHttp.parse(confirmed).select("h1").text()).isEqualTo("Aboneliğiniz onaylandı");
        Subscriber subscriber = store.byEmail(email).orElseThrow();
        assertThat(subscriber.status()).isEqualTo(Subscriber.Status.CONFIRMED);
        assertThat(store.lists(subscriber.id())).containsExactlyInAnyOrder(MailingList.DIGEST, categoryList());
        List<Consent> consents = store.consents(subscriber.id());
        assertThat(consents).singleElement().satisfies(consent -> {
            assertThat(consent.version()).isEqualTo(ConsentText.VERSION);
            assertThat(consent.givenAt()).isEqualTo(subscriber.confirmedAt());
            assertThat(consent.requestedAt()).isBefore(consent.givenAt());
            assertThat(consent.withdrawnAt()).isNull();
        });
        // The page links the reader's preferences.
        String preferences = ReaderHttp.parse(confirmed).select("a:contains(Tercihlerim)").attr("href");
        assertThat(reader.get(preferences).statusCode()).isEqualTo(200);
        // The link works once.
        HttpResponse<String> again = reader.post("/abonelik/onay", List.of("t", SubscriberFixtures.token(link)));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(ReaderHttp.parse(again).select("h1").text()).isEqualTo("Bu bağlantı daha önce kullanıldı");
        assertThat(reader.get(link).statusCode()).isEqualTo(410);
    }

    @Test
    void answersTheSameWhetherTheAddressIsNewWaitingOrSubscribed() {
        String fresh = someone();
        String subscribed = someone();
        subscribers.confirmed(subscribed, MailingList.DIGEST);

        HttpResponse<String> first = reader.subscribe(fresh, MailingList.DIGEST);
        HttpResponse<String> waiting = reader.subscribe(fresh, MailingList.DIGEST, categoryList());
        HttpResponse<String> known = reader.subscribe(subscribed, MailingList.DIGEST);

        assertThat(List.of(first.statusCode(), waiting.statusCode(), known.statusCode())).containsOnly(200);
        assertThat(waiting.body()).isEqualTo(first.body());
        assertThat(known.body()).isEqualTo(first.body());
        // Asking again within minutes sends nothing more.
        assertThat(subscribers.mails(fresh, SubscriberFixtures.CONFIRM_SUBJECT)).hasSize(1);
        assertThat(subscribers.mails(subscribed, SubscriberFixtures.CONFIRM_SUBJECT)).hasSize(1);
    }

    @Test
    void aBurstOfRequestsForOneAddressSendsOneMail() {
        String email = someone();
        List<CompletableFuture<HttpResponse<String>>> burst = IntStream.range(0, 8)
            .mapToObj(i -> CompletableFuture.supplyAsync(() -> reader.subscribe(email, MailingList.DIGEST)))
            .toList();

        assertThat(burst.stream().map(CompletableFuture::join).map(HttpResponse::statusCode)).containsOnly(200);
        assertThat(mailbox.to(email)).hasSize(1);
    }

    @Nested
    class WhenTheInputIsWrong {

        @Test
        void saysWhatToFixKeepsWhatWasTypedAndStoresNothing() {
            String email = someone();
            HttpResponse<String> badAddress = reader.subscribe("adres-degil", MailingList.DIGEST);
            assertThat(badAddress.statusCode()).isEqualTo(400);
            Document page = ReaderHttp.parse(badAddress);
            assertThat(page.select(".form-error").text()).isEqualTo("Geçerli bir e-posta adresi yazın (örnek: ad@alanadi.com).");
            assertThat(page.select("input[name=eposta]").attr("value")).isEqualTo("adres-degil");

            HttpResponse<String> noList = reader.subscribe(email);
            assertThat(noList.statusCode()).isEqualTo(400);
            assertThat(ReaderHttp.parse(noList).select(".form-error").text()).isEqualTo("En az bir liste seçin.");

            HttpResponse<String> noConsent = reader.post("/abone-ol", List.of("eposta", email, "liste", MailingList.BREAKING));
            assertThat(noConsent.statusCode()).isEqualTo(400);
            Document again = ReaderHttp.parse(noConsent);
            assertThat(again.select(".form-error").text()).contains("onay kutusunu işaretlemeniz gerekiyor");
            assertThat(again.select("input[value=son-dakika]").hasAttr("checked")).isTrue();
            assertThat(again.select("input[value=gunun-ozeti]").hasAttr("checked")).isFalse();

            assertThat(store.byEmail(email)).isEmpty();
            assertThat(mailbox.to(email)).isEmpty();
        }

        @Test
        void refusesAPostFromAnotherSite() {
            String email = someone();
            HttpResponse<String> forged = reader.post("/abone-ol",
                List.of("eposta", email, "liste", MailingList.DIGEST, "onay", ConsentText.VERSION), "Origin", "https://baska.example");

            assertThat(forged.statusCode()).isEqualTo(403);
            assertThat(store.byEmail(email)).isEmpty();
        }

        @Test
        void robotsFillingTheHiddenFieldGetTheUsualAnswerAndNothingHappens() {
            String email = someone();
            HttpResponse<String> robot = reader.post("/abone-ol",
                List.of("eposta", email, "liste", MailingList.DIGEST, "onay", ConsentText.VERSION, "web_sitesi", "http://spam.example"));

            assertThat(robot.statusCode()).isEqualTo(200);
            assertThat(ReaderHttp.parse(robot).text()).contains(SENT);
            assertThat(store.byEmail(email)).isEmpty();
        }
    }

    @Nested
    class WhenALinkIsForgedOrUsed {

        @Test
        void aMadeUpConfirmationLinkGetsAClearPageNotAnError() {
            for (String path : List.of("/abonelik/onay?t=uydurma", "/abonelik/onay", "/abonelik/onay?t=" + "x".repeat(5000))) {
                HttpResponse<String> page = reader.get(path);
                assertThat(page.statusCode()).as(path).isEqualTo(400);
                assertThat(ReaderHttp.parse(page).select("h1").text()).isEqualTo("Bu bağlantı geçerli değil");
            }
            assertThat(reader.post("/abonelik/onay", List.of("t", "uydurma")).statusCode()).isEqualTo(400);
            assertThat(reader.post("/abonelik/onay", List.of()).statusCode()).isEqualTo(400);
        }

        @Test
        void aPreferencesLinkWithAWrongSignatureOrForAnotherSubscriberIsRefused() {
            Subscriber subscriber = subscribers.confirmed(someone(), MailingList.DIGEST);
            String real = subscriptions.linkToken(subscriber);
            String tampered = real.substring(0, real.length() - 2) + (real.endsWith("AA") ? "BB" : "AA");
            String otherId = (subscriber.id() + 1) + real.substring(real.indexOf('.'));

            for (String token : List.of(tampered, otherId, "abc", "12", ".x", "99999999999999999999.x", "")) {
                for (String path : List.of("/abonelik/tercihler?t=", "/abonelik/cik?t=")) {
                    HttpResponse<String> page = reader.get(path + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8));
                    assertThat(page.statusCode()).as(path + token).isEqualTo(400);
                }
                assertThat(reader.post("/abonelik/cik?t=" + java.net.URLEncoder.encode(token, java.nio.charset.StandardCharsets.UTF_8),
                    List.of("List-Unsubscribe", "One-Click")).statusCode()).isEqualTo(400);
            }
            assertThat(store.byEmail(subscriber.email()).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);
            assertThat(reader.get("/abonelik/tercihler?t=" + real).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void everyListMailCarriesOneClickUnsubscribeThatWorksWithoutCookieOrConfirmation() throws Exception {
        String email = someone();
        String viaMultipart = someone();
        subscribers.confirmed(email, categoryList());
        subscribers.confirmed(viaMultipart, categoryList());
        Article story = fixtures.story("Abonelere giden deneme haberi " + PEOPLE.incrementAndGet()).in(category).publish();
        send(story);

        MimeMessage mail = subscribers.mails(email, story.headline()).getFirst();
        String unsubscribe = SubscriberFixtures.link(mail, "cik");
        assertThat(mail.getHeader("List-Unsubscribe")).containsExactly("<http://localhost:8080" + unsubscribe + ">");
        assertThat(mail.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
        assertThat(Mailbox.html(mail)).contains(">Tercihlerim</a>", ">Abonelikten çık</a>");
        assertThat(Mailbox.text(mail)).contains("Tercihlerim: http://localhost:8080/abonelik/tercihler?t=",
            "Abonelikten çık: http://localhost:8080" + unsubscribe);

        // A browser opening the link sees a button; nothing changes yet.
        HttpResponse<String> opened = reader.get(unsubscribe);
        assertThat(opened.statusCode()).isEqualTo(200);
        assertThat(ReaderHttp.parse(opened).select("form button").text()).isEqualTo("Evet, abonelikten çık");
        assertThat(store.byEmail(email).orElseThrow().status()).isEqualTo(Subscriber.Status.CONFIRMED);

        // The mail provider posts from its own server: another origin, no cookie, no token.
        HttpResponse<String> oneClick = reader.send(unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click",
            "Origin", "https://posta.example");
        assertThat(oneClick.statusCode()).isEqualTo(200);
        assertThat(oneClick.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(ReaderHttp.parse(oneClick).select("h1").text()).isEqualTo("Aboneliğiniz sona erdi");
        Subscriber gone = store.byEmail(email).orElseThrow();
        assertThat(gone.status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
        assertThat(store.lists(gone.id())).isEmpty();
        assertThat(store.consents(gone.id())).singleElement().satisfies(consent -> {
            assertThat(consent.givenAt()).isNotNull();
            assertThat(consent.withdrawnAt()).isEqualTo(gone.unsubscribedAt());
        });

        String boundary = "----saglayici";
        String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"List-Unsubscribe\"\r\n\r\nOne-Click\r\n--" + boundary + "--\r\n";
        MimeMessage other = subscribers.mails(viaMultipart, story.headline()).getFirst();
        HttpResponse<String> multipartClick = reader.send(SubscriberFixtures.link(other, "cik"), "multipart/form-data; boundary=" + boundary, multipart);
        assertThat(multipartClick.statusCode()).isEqualTo(200);
        assertThat(store.byEmail(viaMultipart).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);

        // Posting again is harmless, and the next mailing goes to neither.
        assertThat(reader.send(unsubscribe, "application/x-www-form-urlencoded", "List-Unsubscribe=One-Click").statusCode()).isEqualTo(200);
        Article next = fixtures.story("Abonelikten çıkanlara gitmeyen haber " + PEOPLE.incrementAndGet()).in(category).publish();
        send(next);
        assertThat(subscribers.mails(email, next.headline())).isEmpty();
        assertThat(subscribers.mails(viaMultipart, next.headline())).isEmpty();
    }

    @Test
    void thePreferencesPageChangesListsAndEndsTheSubscriptionWhenNoneIsLeft() {
        Subscriber subscriber = subscribers.confirmed(someone(), MailingList.DIGEST);
        String token = subscriptions.linkToken(subscriber);

        Document page = browser.page("/abonelik/tercihler?t=" + token);
        assertThat(page.select("strong").first().text()).isEqualTo(subscriber.email());
        assertThat(page.select("input[name=liste][checked]").eachAttr("value")).containsExactly(MailingList.DIGEST);

        HttpResponse<String> saved = reader.post("/abonelik/tercihler",
            List.of("t", token, "liste", MailingList.BREAKING, "liste", categoryList(), "liste", "kategori-uydurma"));
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.headers().allValues("Set-Cookie")).isEmpty();
        assertThat(ReaderHttp.parse(saved).select(".flash").text()).isEqualTo("Tercihleriniz kaydedildi.");
        assertThat(store.lists(subscriber.id())).containsExactlyInAnyOrder(MailingList.BREAKING, categoryList());

        HttpResponse<String> none = reader.post("/abonelik/tercihler", List.of("t", token));
        assertThat(ReaderHttp.parse(none).select(".flash").text()).isEqualTo("Hiçbir liste seçmediğiniz için aboneliğiniz sona erdi.");
        assertThat(store.byEmail(subscriber.email()).orElseThrow().status()).isEqualTo(Subscriber.Status.UNSUBSCRIBED);
        assertThat(store.consents(subscriber.id()).getFirst().withdrawnAt()).isNotNull();
        assertThat(browser.page("/abonelik/tercihler?t=" + token).select("a.button").attr("href")).isEqualTo("/abone-ol");
    }

    @Test
    void noSubscriptionPageSetsACookie() {
        String email = someone();
        List<HttpResponse<String>> answers = new ArrayList<>();
        answers.add(reader.get("/abone-ol"));
        answers.add(reader.get("/abone"));
        answers.add(reader.subscribe(email, MailingList.DIGEST));
        answers.add(reader.subscribe("yanlis", MailingList.DIGEST));
        String link = SubscriberFixtures.link(subscribers.lastConfirmation(email), "onay");
        answers.add(reader.get(link));
        answers.add(reader.post("/abonelik/onay", List.of("t", SubscriberFixtures.token(link))));
        answers.add(reader.get("/abonelik/onay?t=uydurma"));
        String token = subscriptions.linkToken(store.byEmail(email).orElseThrow());
        answers.add(reader.get("/abonelik/tercihler?t=" + token));
        answers.add(reader.post("/abonelik/tercihler", List.of("t", token, "liste", MailingList.BREAKING)));
        answers.add(reader.get("/abonelik/cik?t=" + token));
        answers.add(reader.post("/abonelik/cik?t=" + token, List.of("List-Unsubscribe", "One-Click")));

        assertThat(answers).allSatisfy(answer -> assertThat(answer.headers().allValues("Set-Cookie"))
            .as(answer.request().method() + " " + answer.uri()).isEmpty());
        assertThat(answers.stream().map(HttpResponse::statusCode)).containsExactly(200, 301, 200, 400, 200, 200, 400, 200, 200, 200, 200);
        assertThat(answers.get(1).headers().firstValue("Location")).hasValue("/abone-ol");
        assertThat(ReaderHttp.parse(answers.getFirst()).select("a.subscribe-button").attr("href")).isEqualTo("/abone-ol");
        assertThat(ReaderHttp.parse(answers.getFirst()).select(".footer-links a:contains(Abone ol)").attr("href")).isEqualTo("/abone-ol");
    }

    @Test
    void exportsWhatItHoldsAboutASubscriberAndErasesItAll() {
        PersonalData data = personalData.stream().filter(part -> part.section().equals("abonelikler")).findFirst().orElseThrow();
        String email = someone();
        Subscriber subscriber = subscribers.confirmed(email, MailingList.DIGEST, categoryList());
        subscriptions.withdrawConsent(email.toUpperCase(java.util.Locale.ROOT));

        Map<String, Object> export = data.export(new DataSubject(null, email));

        assertThat(export).containsEntry("eposta", email).containsEntry("durum", "abonelikten çıktı")
            .containsEntry("listeler", List.of());
        assertThat(export.get("onaylanma")).isEqualTo(tr.manset.system.time.TurkishTime.iso(subscriber.confirmedAt()));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> consents = (List<Map<String, Object>>) export.get("onaylar");
        assertThat(consents).singleElement().satisfies(consent -> {
            assertThat(consent).containsEntry("metin_surumu", ConsentText.VERSION)
                .containsEntry("listeler", List.of("Günün Özeti", "Abonelik Haberleri"));
            assertThat((String) consent.get("verilme")).endsWith("+03:00");
            assertThat((String) consent.get("geri_cekilme")).isNotEmpty();
        });
        assertThat((List<?>) export.get("onay_istekleri")).hasSize(1);
        assertThat(data.export(new DataSubject(7L, null))).isEmpty();

        data.erase(new DataSubject(null, email), true);

        assertThat(data.export(new DataSubject(null, email))).isEmpty();
        assertThat(store.find(subscriber.id())).isEmpty();
        assertThat(store.consents(subscriber.id())).isEmpty();
        // The old links die with the data.
        assertThat(reader.get("/abonelik/tercihler?t=" + subscriptions.linkToken(subscriber)).statusCode()).isEqualTo(400);
    }

    /** A Son Dakika alert for the story to its category's subscribers, queued and sent. */
    private void send(Article story) {
        mailings.create(MailingKind.BREAKING, "SON DAKİKA: " + story.headline(), story.id(), null, List.of(categoryList()),
            List.of(new MailingItem("ABONELİK HABERLERİ", story.headline(), story.spot(), "http://localhost:8080/x-" + story.id(), "", "")),
            null, "Deneme");
        mailings.fanOut();
        mailbox.deliver();
    }
}
