package tr.manset.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tr.manset.Mailbox;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.category.Category;
import tr.manset.mail.MailCounts;
import tr.manset.mail.Outbox;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;

/**
 * Son Dakika from the newsroom: an editor confirms the subject and the audience, the alert goes
 * once per story to Son Dakika and the story's category, the newsroom shows sent, failed and
 * pending; blocked addresses get nothing; a fan-out that is run again queues nobody twice.
 */
@SiteTest
class BreakingNewsTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired Newsroom newsroom;
    @Autowired SiteFixtures fixtures;
    @Autowired Mailings mailings;
    @Autowired Mailbox mailbox;
    @Autowired Outbox outbox;
    @Autowired Subscriptions subscriptions;
    @Autowired JdbcClient jdbc;

    SubscriberFixtures subscribers;
    Category category;

    @BeforeEach
    void setUp() {
        subscribers = new SubscriberFixtures(subscriptions, mailbox);
        category = fixtures.category("Deprem Haberleri");
    }

    static String someone() {
        return "sondakika" + PEOPLE.incrementAndGet() + "@abonelik.example";
    }

    String categoryList() {
        return MailingList.ofCategory(category.id());
    }

    Article story(String headline) {
        return fixtures.story(headline + " " + PEOPLE.incrementAndGet()).in(category).publish();
    }

    static long audience(Document form) {
        return Long.parseLong(form.select("[data-audience]").attr("data-audience"));
    }

    @Test
    void anEditorSendsOneAlertPerStoryToSonDakikaAndTheCategoryAndSeesItsProgress() {
        Article story = story("Marmara'da 5,1 büyüklüğünde deprem");
        Newsroom.Session editor = newsroom.signIn(newsroom.member(Role.EDITOR, category.id()));
        String formPath = "/yonetim/bultenler/son-dakika/" + story.id();
        assertThat(editor.page("/yonetim/haberler/" + story.id()).select("a[href=" + formPath + "]").text())
            .isEqualTo("Son Dakika bildirimi gönder");
        long before = audience(editor.page(formPath));
        String breaking = someone();
        String inCategory = someone();
        String both = someone();
        String digestOnly = someone();
        subscribers.confirmed(breaking, MailingList.BREAKING);
        subscribers.confirmed(inCategory, categoryList());
        subscribers.confirmed(both, MailingList.BREAKING, categoryList());
        subscribers.confirmed(digestOnly, MailingList.DIGEST);
        subscriptions.request(new Subscriptions.SignUp(someone(), List.of(MailingList.BREAKING), true, ""), "waiting-client");

        Document form = editor.page(formPath);
        String subject = "SON DAKİKA: " + story.headline();
        assertThat(form.select("[data-subject]").text()).isEqualTo(subject);
        assertThat(audience(form)).isEqualTo(before + 3);
        assertThat(form.select("form[action=" + formPath + "] button").text()).isEqualTo("Evet, " + (before + 3) + " aboneye gönder");

        HttpResponse<String> sent = editor.post(formPath, Map.of(), formPath);
        assertThat(sent.statusCode()).isEqualTo(302);
        assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/yonetim/bultenler");
        assertThat(row(editor, subject).select("td").get(6).text()).isEqualTo("Kuyruğa alınıyor (0)");

        // One alert per story: a second one is refused, whoever asks.
        HttpResponse<String> again = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF)).post(formPath, Map.of(), formPath);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(again.body()).select(".flash-error").text()).contains("zaten", "Her haber için bir kez gönderilir");
        assertThat(editor.page(formPath).select("form[action=" + formPath + "]")).isEmpty();

        mailings.fanOut();
        assertThat(counts(editor, subject)).isEqualTo(new MailCounts(0, 0, before + 3));
        mailbox.deliver();
        assertThat(counts(editor, subject)).isEqualTo(new MailCounts(before + 3, 0, 0));
        assertThat(row(editor, subject).select("td").get(6).text()).isEqualTo("Tamamlandı");

        for (String reached : List.of(breaking, inCategory, both)) {
            List<MimeMessage> alerts = subscribers.mails(reached, subject);
            assertThat(alerts).as(reached).hasSize(1);
            assertThat(Mailbox.text(alerts.getFirst())).contains(story.headline(), story.spot(),
                "http://localhost:8080" + story.path("deprem-haberleri"));
        }
        assertThat(subscribers.mails(digestOnly, subject)).isEmpty();
        mailings.fanOut();
        mailbox.deliver();
        assertThat(subscribers.mails(both, subject)).hasSize(1);
    }

    @Test
    void onlyEditorsWhoMayPublishTheStorySendAlertsAndOnlyForPublishedStories() {
        Article story = story("Yetki denemesi için son dakika");
        Category other = fixtures.category("Başka Masa");
        String formPath = "/yonetim/bultenler/son-dakika/" + story.id();
        for (StaffMember member : List.of(newsroom.member(Role.REPORTER), newsroom.member(Role.MODERATOR),
                newsroom.member(Role.EDITOR, other.id()))) {
            Newsroom.Session session = newsroom.signIn(member);
            assertThat(session.get(formPath).statusCode()).as(member.role() + " form").isEqualTo(403);
            assertThat(session.post(formPath, Map.of(), "/yonetim").statusCode()).as(member.role() + " send").isEqualTo(403);
        }
        assertThat(mailings.forStory(story.id())).isEmpty();

        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        assertThat(chief.postRaw(formPath, List.of()).statusCode()).isEqualTo(403); // no CSRF token
        assertThat(mailings.forStory(story.id())).isEmpty();

        Article draft = fixtures.story("Henüz yayımlanmamış haber").in(category).saveAsDraft();
        String draftPath = "/yonetim/bultenler/son-dakika/" + draft.id();
        HttpResponse<String> refused = chief.get(draftPath);
        assertThat(refused.statusCode()).isEqualTo(409);
        assertThat(Jsoup.parse(refused.body()).select(".flash-error").text())
            .isEqualTo("Son Dakika bildirimi yalnızca yayındaki bir haber için gönderilebilir.");
        assertThat(chief.post(draftPath, Map.of(), "/yonetim").statusCode()).isEqualTo(409);
        assertThat(mailings.forStory(draft.id())).isEmpty();
        assertThat(chief.get("/yonetim/bultenler/son-dakika/999999999").statusCode()).isEqualTo(404);
    }

    @Test
    void aBlockedAddressGetsNothingMoreNotEvenWhatWasAlreadyQueuedUntilTheBlockIsLifted() {
        String blocked = someone();
        String other = someone();
        subscribers.confirmed(blocked, categoryList());
        subscribers.confirmed(other, categoryList());
        Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
        Article queued = story("Engelden önce kuyruğa alınan haber");
        admin.post("/yonetim/bultenler/son-dakika/" + queued.id(), Map.of(), "/yonetim/bultenler/son-dakika/" + queued.id());
        mailings.fanOut();
        Article next = story("Engelden sonraki haber");
        long before = audience(admin.page("/yonetim/bultenler/son-dakika/" + next.id()));

        HttpResponse<String> block = admin.post("/yonetim/bultenler/engellenenler",
            Map.of("adres", blocked.toUpperCase(java.util.Locale.ROOT), "neden", "COMPLAINT", "not", "Spam şikayeti"),
            "/yonetim/bultenler/engellenenler");
        assertThat(block.statusCode()).isEqualTo(302);
        Element entry = blockedRow(admin, blocked);
        assertThat(entry.select("td").eachText()).startsWith(blocked, "Şikayet", "Spam şikayeti");

        // What was queued before the block is not sent and counts as failed.
        mailbox.deliver();
        Mailing first = mailings.forStory(queued.id()).orElseThrow();
        assertThat(subscribers.mails(blocked, queued.headline())).isEmpty();
        assertThat(subscribers.mails(other, queued.headline())).hasSize(1);
        assertThat(outbox.counts(first.id()).failed()).isEqualTo(1);
        // What comes after does not even count the address.
        assertThat(audience(admin.page("/yonetim/bultenler/son-dakika/" + next.id()))).isEqualTo(before - 1);
        send(admin, next);
        assertThat(subscribers.mails(blocked, next.headline())).isEmpty();
        assertThat(subscribers.mails(other, next.headline())).hasSize(1);

        HttpResponse<String> lift = admin.post("/yonetim/bultenler/engellenenler/kaldir", Map.of("adres", blocked),
            "/yonetim/bultenler/engellenenler");
        assertThat(lift.statusCode()).isEqualTo(302);
        assertThat(admin.page("/yonetim/bultenler/engellenenler").select("tbody tr td:eq(0)").eachText()).doesNotContain(blocked);
        Article after = story("Engel kalktıktan sonraki haber");
        send(admin, after);
        assertThat(subscribers.mails(blocked, after.headline())).hasSize(1);
    }

    @Test
    void theBlockedListIsForAdminsAndRefusesWhatIsNotAnAddress() {
        Newsroom.Session admin = newsroom.signIn(newsroom.member(Role.ADMIN));
        HttpResponse<String> bad = admin.post("/yonetim/bultenler/engellenenler", Map.of("adres", "adres değil", "neden", "BOUNCE"),
            "/yonetim/bultenler/engellenenler");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Jsoup.parse(bad.body()).select(".flash-error").text()).isEqualTo("Geçerli bir e-posta adresi yazın.");
        HttpResponse<String> noReason = admin.post("/yonetim/bultenler/engellenenler", Map.of("adres", someone(), "neden", "X"),
            "/yonetim/bultenler/engellenenler");
        assertThat(noReason.statusCode()).isEqualTo(400);

        Newsroom.Session chief = newsroom.signIn(newsroom.member(Role.EDITOR_IN_CHIEF));
        assertThat(chief.get("/yonetim/bultenler").statusCode()).isEqualTo(200);
        assertThat(chief.page("/yonetim/bultenler").select("a[href=/yonetim/bultenler/engellenenler]")).isEmpty();
        assertThat(chief.get("/yonetim/bultenler/engellenenler").statusCode()).isEqualTo(403);
        assertThat(chief.post("/yonetim/bultenler/engellenenler", Map.of("adres", someone(), "neden", "BOUNCE"), "/yonetim").statusCode())
            .isEqualTo(403);
        assertThat(admin.page("/yonetim/bultenler").select("a[href=/yonetim/bultenler/engellenenler]")).isNotEmpty();
        assertThat(newsroom.signIn(newsroom.member(Role.REPORTER)).page("/yonetim").select("a[href=/yonetim/bultenler]")).isEmpty();
        assertThat(chief.page("/yonetim").select("a[href=/yonetim/bultenler]").text()).isEqualTo("Bültenler");
    }

    @Test
    void aFanOutRunAgainFromAnOlderPositionQueuesNobodyTwice() {
        List<String> readers = List.of(someone(), someone(), someone());
        readers.forEach(reader -> subscribers.confirmed(reader, categoryList()));
        Article story = story("Yarıda kalan gönderim");
        long id = mailings.create(MailingKind.BREAKING, "SON DAKİKA: " + story.headline(), story.id(), null, List.of(categoryList()),
            List.of(new MailingItem("DEPREM HABERLERİ", story.headline(), story.spot(), "http://localhost:8080/x", "", "")),
            null, "Deneme").orElseThrow();
        mailings.fanOut();
        MailCounts queued = outbox.counts(id);

        // As if a node had queued these mails and died before its progress was written.
        jdbc.sql("UPDATE mailings SET state = 'QUEUEING', fanned_out_to = 0, queued = 0 WHERE id = :id").param("id", id).update();
        mailings.fanOut();

        assertThat(outbox.counts(id)).isEqualTo(queued);
        assertThat(mailings.find(id).orElseThrow().state()).isEqualTo(Mailing.State.QUEUED);
        mailbox.deliver();
        for (String reader : readers) {
            assertThat(subscribers.mails(reader, story.headline())).as(reader).hasSize(1);
        }
    }

    private void send(Newsroom.Session session, Article story) {
        String path = "/yonetim/bultenler/son-dakika/" + story.id();
        assertThat(session.post(path, Map.of(), path).statusCode()).isEqualTo(302);
        mailings.fanOut();
        mailbox.deliver();
    }

    private static Element row(Newsroom.Session session, String subject) {
        return session.page("/yonetim/bultenler").select("tbody tr").stream()
            .filter(row -> row.select("td").size() > 1 && row.select("td").get(1).text().equals(subject))
            .findFirst().orElseThrow(() -> new AssertionError("no mailing " + subject));
    }

    private static Element blockedRow(Newsroom.Session session, String address) {
        return session.page("/yonetim/bultenler/engellenenler").select("tbody tr").stream()
            .filter(row -> row.select("td").first().text().equals(address))
            .findFirst().orElseThrow(() -> new AssertionError(address + " is not listed"));
    }

    private static MailCounts counts(Newsroom.Session session, String subject) {
        Element row = row(session, subject);
        return new MailCounts(Long.parseLong(row.select("[data-count=sent]").text()),
            Long.parseLong(row.select("[data-count=failed]").text()), Long.parseLong(row.select("[data-count=pending]").text()));
    }
}
