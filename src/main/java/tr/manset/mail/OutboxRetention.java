package tr.manset.mail;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox from becoming an archive of everyone's mail (KVKK: personal data only as long
 * as needed). Every night, finished mails older than {@code manset.mail.retention}
 * (MANSET_MAIL_RETENTION, 90 days) lose their recipient and text; what remains counts mailings.
 */
@Component
class OutboxRetention {

    private static final Logger log = LoggerFactory.getLogger(OutboxRetention.class);

    private final Outbox outbox;
    private final Clock clock;
    private final Duration retention;

    OutboxRetention(Outbox outbox, Clock clock, MailProperties properties) {
        this.outbox = outbox;
        this.clock = clock;
        this.retention = properties.retention();
    }

    @Scheduled(cron = "0 45 3 * * *", zone = "Europe/Istanbul")
    void nightly() {
        eraseExpired();
    }

    /** Erases the mails that are past the retention period now; answers how many. */
    int eraseExpired() {
        Instant cutoff = clock.instant().minus(retention);
        int erased = outbox.eraseFinishedBefore(cutoff);
        if (erased > 0) {
            log.info("Erased recipient and text of {} finished mails queued before {} ({} retention)", erased, cutoff, retention);
        }
        return erased;
    }
}
