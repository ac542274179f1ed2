package tr.manset.subscription;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import tr.manset.Mailbox;
import tr.manset.MutableClock;
import tr.manset.Newsroom;
import tr.manset.SiteFixtures;
import tr.manset.SiteTest;
import tr.manset.article.Article;
import tr.manset.article.Articles;
import tr.manset.article.Content;
import tr.manset.article.MostReadStories;
import tr.manset.article.NewsDesk;
import tr.manset.category.Category;
import tr.manset.mail.MailCounts;
import tr.manset.mail.Outbox;
import tr.manset.reads.ViewImport;
import tr.manset.staff.Role;
import tr.manset.staff.StaffMember;
import tr.manset.system.SiteProperties;

/**
 * "Günün Özeti": made at 07:00 Istanbul time and not a minute before, once a day whatever the
 * number of nodes or restarts, by a node that was down at 07:00 when it runs later, with the
 * manşet first and the most read after it, and not at all on a day with nothing new.
 */
@SiteTest
@Import(SubscriptionClock.class)
@TestPropertySource(properties = "manset.subscriptions.sign-ups-per-client-per-hour=3")
class DigestTest {

    private static final AtomicInteger PEOPLE = new AtomicInteger();

    @Autowired MutableClock clock;
    @Autowired DailyDigest digest;
    @Autowired Mailings mailings;
    @Autowired MailingStore store;
    @Autowired Mailbox mailbox;
    @Autowired Outbox outbox;
    @Autowired Subscriptions subscriptions;
    @Autowired SiteFixtures fixtures;
    @Autowired Newsroom newsroom;
    @Autowired NewsDesk desk;
    @Autowired Articles articles;
    @Autowired MostReadStories mostRead;
    @Autowired ViewImport views;
    @Autowired SiteProperties site;
    @Autowired SubscriptionProperties properties;

    SubscriberFixtures subscribers;
    Category category;

    @BeforeEach
    void setUp() {
        subscribers = new SubscriberFixtures(subscriptions, mailbox);
        category = fixtures.category("Özet Haberleri");
        // Mailings other tests left unsent go now, before this test's subscribers exist.
        mailings.fanOut();
        mailbox.deliver();
    }

    static String someone() {
        return "ozet" + PEOPLE.incrementAndGet() + "@abonelik.example";
    }

    Article publishedHoursAgo(String headline, long hours) {
        return fixtures.story(headline).in(category).publishedAt(clock.instant().minus(Duration.ofHours(hours))).publish();
    }

    @Test
    void goesOutAtSevenWithTheManşetFirstThenTheMostReadOfTheDay() throws Exception {
        ZonedDateTime morning = SubscriptionClock.dayAfterNext(clock, LocalTime.of(6, 0));
        String reader = someone();
        String breakingOnly = someone();
        subscribers.confirmed(reader, MailingList.DIGEST);
        subscribers.confirmed(breakingOnly, MailingList.BREAKING);
        StaffMember chief = newsroom.member(Role.EDITOR_IN_CHIEF);
        Article lead = lead(publishedHoursAgo("Manşetteki büyük gelişme", 10), 1, chief);
        Article oldLead = lead(publishedHoursAgo("Üç gün önceki manşet haberi", 72), 2, chief);
        Article fresh1 = publishedHoursAgo("Bir saat önceki haber", 1);
        Article fresh2 = publishedHoursAgo("İki saat önceki haber", 2);
        Article fresh3 = publishedHoursAgo("Üç saat önceki haber", 3);
        Article unread = publishedHoursAgo("Kimsenin okumadığı dört saatlik haber", 4);
        Article popular = publishedHoursAgo("Gece yayımlanan ve çok okunan haber", 20);
        Article oldPopular = publishedHoursAgo("Beş gün önceki çok okunan haber", 120);
        Instant anHourAgo = clock.instant().minus(Duration.ofHours(1));
        views.add(popular.id(), Map.of(anHourAgo, 50L));
        views.add(oldPopular.id(), Map.of(anHourAgo, 500L));
        views.add(fresh3.id(), Map.of(anHourAgo, 5L));

        clock.set(morning.with(LocalTime.of(6, 59, 59)).toInstant());
        assertThat(digest.makeIfDue()).isEmpty();

        clock.set(morning.with(LocalTime.of(7, 0)).toInstant());
        Optional<Long> made = digest.makeIfDue();
        assertThat(made).isPresent();
        assertThat(digest.makeIfDue()).isEmpty();
        Mailing mailing = mailings.find(made.get()).orElseThrow();
        assertThat(mailing.kind()).isEqualTo(MailingKind.DIGEST);
        assertThat(mailing.digestDay()).isEqualTo(morning.toLocalDate().toString());
        assertThat(mailing.items()).extracting(MailingItem::headline).containsExactly(lead.headline(), fresh1.headline(),
            fresh2.headline(), fresh3.headline(), popular.headline());
        assertThat(mailing.items()).extracting(MailingItem::headline).doesNotContain(oldLead.headline(), unread.headline(),
            oldPopular.headline());

        mailings.fanOut();
        List<MimeMessage> digests = subscribers.mails(reader, "Günün Özeti");
        assertThat(digests).hasSize(1);
        MimeMessage mail = digests.getFirst();
        String date = java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("tr")).format(morning);
        assertThat(date).matches("\\d{1,2} (Mart|Nisan|Mayıs|Haziran) 2027");
        assertThat(mail.getSubject()).isEqualTo("Günün Özeti, " + date + ": " + lead.headline());
        assertThat(mail.getHeader("List-Unsubscribe")[0]).startsWith("<" + site.absolute("/abonelik/cik?t="));
        Document html = Jsoup.parse(Mailbox.html(mail));
        assertThat(html.select("h2 a").eachText()).containsExactly(lead.headline(), fresh1.headline(), fresh2.headline(),
            fresh3.headline(), popular.headline());
        assertThat(html.select("h2 a").first().attr("href")).isEqualTo(site.absolute(lead.path("ozet-haberleri")));
        assertThat(html.select("img").first().attr("src")).startsWith(site.absolute("/medya/"));
        assertThat(html.text()).contains(lead.spot(), "GÜNÜN ÖZETİ", "ÖZET HABERLERİ");
        String text = Mailbox.text(mail);
        assertThat(text.indexOf(lead.headline())).isLessThan(text.indexOf(fresh1.headline()));
        assertThat(text.indexOf(fresh3.headline())).isLessThan(text.indexOf(popular.headline()));
        assertThat(text).contains(site.absolute(popular.path("ozet-haberleri")), "Tercihlerim: " + site.absolute("/abonelik/tercihler?t="));
        assertThat(subscribers.mails(breakingOnly, "Günün Özeti")).isEmpty();
        assertThat(outbox.counts(mailing.id()).sent()).isEqualTo(outbox.counts(mailing.id()).total());

        // Later that day, nothing more.
        clock.set(morning.with(LocalTime.of(18, 0)).toInstant());
        assertThat(digest.makeIfDue()).isEmpty();
        mailings.fanOut();
        assertThat(mailbox.to(reader)).hasSize(2); // the confirmation and the one digest

        // Leave the manşet as other tests expect it.
        unlead(lead, chief);
        unlead(oldLead, chief);
    }

    @Test
    void isMadeOnceADayByOneOfSeveralNodesAndByALateNodeLaterThatDay() {
        ZonedDateTime morning = SubscriptionClock.dayAfterNext(clock, LocalTime.of(6, 0));
        String reader = someone();
        subscribers.confirmed(reader, MailingList.DIGEST);
        Article story = publishedHoursAgo("Sabah erken yayımlanan haber", 1);

        // Every node was down at 07:00; two come up in the afternoon at once.
        clock.set(morning.with(LocalTime.of(15, 30)).toInstant());
        DailyDigest otherNode = new DailyDigest(articles, mostRead, mailings, store, site, properties, clock);
        CompletableFuture<Optional<Long>> one = CompletableFuture.supplyAsync(digest::makeIfDue);
        CompletableFuture<Optional<Long>> two = CompletableFuture.supplyAsync(otherNode::makeIfDue);
        assertThat(one.join().isPresent() ^ two.join().isPresent()).isTrue();

        // A restarted node (nothing in memory) finds the day's digest made.
        assertThat(new DailyDigest(articles, mostRead, mailings, store, site, properties, clock).makeIfDue()).isEmpty();
        mailings.fanOut();
        mailings.fanOut();
        assertThat(subscribers.mails(reader, "Günün Özeti")).singleElement()
            .satisfies(mail -> assertThat(Mailbox.text(mail)).contains(story.headline()));

        // The next day before seven: nothing; at seven: the next one (yesterday's story is no longer new).
        publishedHoursAgo("Ertesi günün haberi", 0);
        clock.set(morning.plusDays(1).with(LocalTime.of(6, 59)).toInstant());
        assertThat(digest.makeIfDue()).isEmpty();
        clock.set(morning.plusDays(1).with(LocalTime.of(7, 0)).toInstant());
        Mailing next = mailings.find(digest.makeIfDue().orElseThrow()).orElseThrow();
        assertThat(next.items()).extracting(MailingItem::headline).containsExactly("Ertesi günün haberi");
    }

    @Test
    void aDayWithNothingNewSendsNothing() {
        ZonedDateTime morning = SubscriptionClock.dayAfterNext(clock, LocalTime.of(7, 0));
        String reader = someone();
        subscribers.confirmed(reader, MailingList.DIGEST);
        Article stale = fixtures.story("Dünden kalan haber").in(category)
            .publishedAt(morning.minusHours(25).toInstant()).publish();
        views.add(stale.id(), Map.of(clock.instant().minus(Duration.ofMinutes(30)), 40L));

        Mailing skipped = mailings.find(digest.makeIfDue().orElseThrow()).orElseThrow();

        assertThat(skipped.state()).isEqualTo(Mailing.State.SKIPPED);
        assertThat(skipped.items()).isEmpty();
        assertThat(digest.makeIfDue()).isEmpty();
        mailings.fanOut();
        assertThat(subscribers.mails(reader, "Günün Özeti")).isEmpty();
        assertThat(outbox.counts(skipped.id())).isEqualTo(new MailCounts(0, 0, 0));
        assertThat(new MailingRow(skipped, outbox.counts(skipped.id())).state()).isEqualTo("Gönderilmedi: yeni haber yoktu");
    }

    private Article lead(Article story, int rank, StaffMember chief) {
        Content content = story.content();
        return desk.save(story.id(), story.version(), new Content(content.headline(), content.spot(), content.body(),
            content.categoryId(), content.authorIds(), content.tags(), content.source(), content.hero(), rank,
            content.commentMode()), chief, "");
    }

    private void unlead(Article story, StaffMember chief) {
        Article current = articles.find(story.id()).orElseThrow();
        Content content = current.content();
        desk.save(current.id(), current.version(), new Content(content.headline(), content.spot(), content.body(),
            content.categoryId(), content.authorIds(), content.tags(), content.source(), content.hero(), null,
            content.commentMode()), chief, "");
    }
}
