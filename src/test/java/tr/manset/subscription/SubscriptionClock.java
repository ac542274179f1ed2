package tr.manset.subscription;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import tr.manset.MutableClock;
import tr.manset.system.time.TurkishTime;

/**
 * The clock of the newsletter tests that need time to pass (digest time, link expiry, resend
 * pause). The test classes that import it share one application; each moves the clock only
 * forward, so mail queued by one is always due for the others.
 */
@TestConfiguration
class SubscriptionClock {

    /** Monday 1 March 2027, 06:00 in Istanbul. */
    static final Instant START = Instant.parse("2027-03-01T03:00:00Z");

    @Bean
    @Primary
    MutableClock subscriptionTestClock() {
        return new MutableClock(START);
    }

    /** Moves the clock to this time of day (Istanbul) on the day after next: no story of an earlier test is within 24 hours. */
    static ZonedDateTime dayAfterNext(MutableClock clock, LocalTime at) {
        ZonedDateTime day = clock.instant().atZone(TurkishTime.ISTANBUL).plusDays(2).with(at);
        clock.set(day.toInstant());
        return day;
    }

    static void advance(MutableClock clock, Duration duration) {
        clock.advance(duration);
    }
}
