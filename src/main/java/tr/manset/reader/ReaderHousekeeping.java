package tr.manset.reader;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes what has expired: sessions, mailed links (with the passwords of sign-ups never
 * confirmed) and throttle windows. Safe on every node at once.
 */
@Component
class ReaderHousekeeping {

    private static final Logger log = LoggerFactory.getLogger(ReaderHousekeeping.class);

    private final ReaderSessions sessions;
    private final ReaderStore store;
    private final Throttle throttle;
    private final Clock clock;

    ReaderHousekeeping(ReaderSessions sessions, ReaderStore store, Throttle throttle, Clock clock) {
        this.sessions = sessions;
        this.store = store;
        this.throttle = throttle;
        this.clock = clock;
    }

    @Scheduled(initialDelayString = "${manset.scheduler.initial-delay:PT5S}", fixedDelayString = "PT1H")
    void scheduled() {
        int removed = purge();
        if (removed > 0) {
            log.info("Removed {} expired reader sessions, links and throttle windows", removed);
        }
    }

    int purge() {
        Instant now = clock.instant();
        // Links stay a day after expiring, so a late click still hears "expired" rather than "invalid".
        return sessions.purge(now) + store.deleteTokens(now.minus(Duration.ofDays(1))) + throttle.purge(now.minus(Duration.ofDays(1)));
    }
}
