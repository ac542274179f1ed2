package tr.manset.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Browser;
import tr.manset.Mailbox;
import tr.manset.MutableClock;
import tr.manset.SiteTest;

/** What time does to subscriptions: links expire, a second mail waits, too many sign-ups wait, the unconfirmed are forgotten. */
@SiteTest
@Import(SubscriptionClock.class)
@TestPropertySource(properties = "manset.subscriptions.sign-ups-per-client-per-hour=3")
class SubscriptionTimingTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();
    private static final AtomicInteger CLIENTS = new AtomicInteger();

    @Autowired MutableClock clock;
    @Autowired Browser browser;
    @Autowired Mailbox mailbox;
    @Autowired Subscriptions subscriptions;
    @Autowired SubscriberStore store;
    @Autowired SignUpLimits limits;

    ReaderHttp reader;
    SubscriberFixtures subscribers;

    @BeforeEach
    void setUp() {
        reader = new ReaderHttp(browser);
        subscribers = new SubscriberFixtures(subscriptions, mailbox);
    }

    static String someone() {
        return "zaman" + PEOPLE.incrementAndGet() + "@abonelik.example";
    }

    void ask(String email, String... lists) {
        subscriptions.request(new Subscriptions.SignUp(email, List.of(lists), true, ""), "zaman-" + CLIENTS.incrementAndGet());
    }

    @Test
    void aConfirmationLinkWorksForAWeekThenSaysItExpired() {
        String email = someone();
        ask(email, MailingList.DIGEST);
        String link = SubscriberFixtures.link(subscribers.lastConfirmation(email), "onay");

        clock.advance(Duration.ofDays(7).minusMinutes(1));
        assertThat(reader.get(link).statusCode()).isEqualTo(200);

        clock.advance(Duration.ofMinutes(1));
        HttpResponse<String> expired = reader.get(link);
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(ReaderHttp.parse(expired).select("h1").text()).isEqualTo("Bu bağlantının süresi doldu");
        HttpResponse<String> confirm = reader.post("/abonelik/onay", List.of("t", SubscriberFixtures.token(link)));
        assertThat(confirm.statusCode()).isEqualTo(410);
        assertThat(ReaderHttp.parse(confirm).select("a[href=/abone-ol]")).isNotEmpty();
        assertThat(store.byEmail(email).orElseThrow().status()).isEqualTo(Subscriber.Status.PENDING);
    }

    @Test
    void asksAgainGetAnotherMailOnlyAfterThePause() {
        String email = someone();
        ask(email, MailingList.DIGEST);
        clock.advance(Duration.ofMinutes(9));
        ask(email, MailingList.BREAKING);
        assertThat(subscribers.mails(email, SubscriberFixtures.CONFIRM_SUBJECT)).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        ask(email, MailingList.BREAKING);

        List<jakarta.mail.internet.MimeMessage> mails = subscribers.mails(email, SubscriberFixtures.CONFIRM_SUBJECT);
        assertThat(mails).hasSize(2);
        assertThat(Mailbox.text(mails.get(1))).contains("Seçilen listeler: Son Dakika.");
        subscriptions.confirm(SubscriberFixtures.token(mails.get(1)));
        assertThat(store.lists(store.byEmail(email).orElseThrow().id())).containsExactly(MailingList.BREAKING);
    }

    @Test
    void subscribingAgainAfterLeavingRecordsANewConsentAndKeepsTheOldOne() {
        String email = someone();
        Subscriber subscriber = subscribers.confirmed(email, MailingList.DIGEST);
        subscriptions.unsubscribe(subscriber);
        clock.advance(Duration.ofMinutes(10));

        subscribers.confirmed(email, MailingList.BREAKING);

        List<Consent> consents = store.consents(subscriber.id());
        assertThat(consents).hasSize(2);
        assertThat(consents.get(0).withdrawnAt()).isNotNull();
        assertThat(consents.get(0).lists()).containsExactly(MailingList.DIGEST);
        assertThat(consents.get(1).withdrawnAt()).isNull();
        assertThat(consents.get(1).lists()).containsExactly(MailingList.BREAKING);
        Subscriber again = store.byEmail(email).orElseThrow();
        assertThat(again.status()).isEqualTo(Subscriber.Status.CONFIRMED);
        assertThat(again.unsubscribedAt()).isNull();
    }

    @Test
    void oneClientSignsUpAtMostItsLimitInAnHour() {
        limits.clear();
        for (int i = 0; i < 3; i++) {
            assertThat(reader.subscribe(someone(), MailingList.DIGEST).statusCode()).isEqualTo(200);
        }
        String fourth = someone();
        HttpResponse<String> refused = reader.subscribe(fourth, MailingList.DIGEST);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(ReaderHttp.parse(refused).select(".form-error").text())
            .isEqualTo("Bu bağlantıdan kısa sürede çok fazla abonelik isteği geldi. Lütfen bir süre sonra yeniden deneyin.");
        assertThat(ReaderHttp.parse(refused).select("input[name=eposta]").attr("value")).isEqualTo(fourth);
        assertThat(store.byEmail(fourth)).isEmpty();
        assertThat(mailbox.to(fourth)).isEmpty();
        // Another client is not held back.
        String other = someone();
        ask(other, MailingList.DIGEST);
        assertThat(store.byEmail(other)).isPresent();
    }

    @Test
    void addressesThatNeverConfirmAreForgottenWeeksAfterTheirLinkExpired() {
        String never = someone();
        String confirmed = someone();
        ask(never, MailingList.DIGEST);
        subscribers.confirmed(confirmed, MailingList.DIGEST);

        clock.advance(Duration.ofDays(36));
        subscriptions.forgetUnconfirmed();
        assertThat(store.byEmail(never)).isPresent();

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        subscriptions.forgetUnconfirmed();
        assertThat(store.byEmail(never)).isEmpty();
        assertThat(store.byEmail(confirmed)).isPresent();
        SubscriptionClock.dayAfterNext(clock, LocalTime.of(6, 0));
    }
}
