package tr.manset.subscription;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tr.manset.article.Articles;
import tr.manset.article.MostReadStories;
import tr.manset.article.Teaser;
import tr.manset.system.SiteProperties;
import tr.manset.system.text.TurkishText;
import tr.manset.system.time.TurkishTime;

/**
 * "Günün Özeti": once a day at the configured Istanbul time, the home page's manşet and then the
 * most read stories of the last 24 hours, as far as they were first published in those 24 hours.
 * The mailing's unique day decides which node makes it; a node that was down at the time makes it
 * when it runs later that day. A day with no new story gets a mailing marked skipped and no mail.
 */
@Component
class DailyDigest {

    /** The manşet as the home page shows it: the lead and the four beside it. */
    static final int MANSET = 5;
    static final int MOST = 10;
    static final Duration NEW = Duration.ofHours(24);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", TurkishText.TURKISH)
        .withZone(TurkishTime.ISTANBUL);

    private final Articles articles;
    private final MostReadStories mostRead;
    private final Mailings mailings;
    private final MailingStore store;
    private final SiteProperties site;
    private final SubscriptionProperties properties;
    private final Clock clock;

    DailyDigest(Articles articles, MostReadStories mostRead, Mailings mailings, MailingStore store, SiteProperties site,
                SubscriptionProperties properties, Clock clock) {
        this.articles = articles;
        this.mostRead = mostRead;
        this.mailings = mailings;
        this.store = store;
        this.site = site;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Makes today's digest if its time has come and no node made it yet.
     *
     * @return the new mailing, or empty (not yet time, or made already)
     */
    Optional<Long> makeIfDue() {
        ZonedDateTime now = clock.instant().atZone(TurkishTime.ISTANBUL);
        if (now.toLocalTime().isBefore(properties.digestAt())) {
            return Optional.empty();
        }
        String day = now.toLocalDate().toString();
        if (store.digestMadeFor(day)) {
            return Optional.empty();
        }
        List<MailingItem> items = stories(now.toInstant());
        String subject = items.isEmpty()
            ? "Günün Özeti, " + DAY.format(now)
            : "Günün Özeti, " + DAY.format(now) + ": " + items.getFirst().headline();
        return mailings.create(MailingKind.DIGEST, subject, null, day, List.of(MailingList.DIGEST), items, null, "Otomatik");
    }

    /** The manşet first, then the most read of the day, each story once, all first published in the last 24 hours. */
    List<MailingItem> stories(Instant now) {
        Instant since = now.minus(NEW);
        Map<Long, Teaser> chosen = new LinkedHashMap<>();
        Stream.concat(articles.manset(MANSET).stream(), mostRead.lists().day().stream())
            .filter(teaser -> !teaser.publishedAt().isBefore(since) && !teaser.publishedAt().isAfter(now))
            .forEach(teaser -> chosen.putIfAbsent(teaser.id(), teaser));
        return chosen.values().stream().limit(MOST).map(teaser -> MailingItem.of(teaser, site)).toList();
    }
}
