package tr.manset.comment.traffic;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.convert.PeriodStyle;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import tr.manset.system.time.TurkishTime;

/**
 * Deletes traffic log rows older than {@code manset.comments.traffic-retention}
 * (MANSET_COMMENTS_TRAFFIC_RETENTION; default P730D, two years), once a day at 03:30 Istanbul
 * time. The setting takes a duration (P730D, 730d, PT17520H) or a calendar period (P2Y, P24M,
 * 2y), counted back from now in Istanbul. Law 5651 art. 5 asks for at least one and at most two
 * years; a value outside that starts with a warning. Several nodes running it at once is harmless.
 */
@Component
class TrafficRetention {

    static final String SETTING = "manset.comments.traffic-retention";
    private static final Logger log = LoggerFactory.getLogger(TrafficRetention.class);

    private final TrafficLog traffic;
    private final Clock clock;
    private final Keep keep;

    TrafficRetention(TrafficLog traffic, Clock clock, @Value("${" + SETTING + ":P730D}") String setting) {
        this.traffic = traffic;
        this.clock = clock;
        this.keep = parse(setting);
        Instant now = clock.instant();
        long days = Duration.between(keep.cutoff(now), now).toDays();
        if (days < 365 || days > 731) {
            log.warn("{} is {} ({} days): Law 5651 asks for traffic data to be kept at least one and at most two years",
                SETTING, setting, days);
        }
    }

    @Scheduled(cron = "0 30 3 * * *", zone = "Europe/Istanbul")
    void daily() {
        deleteExpired();
    }

    /** Deletes what is older than the retention period as of now; answers how many rows went. */
    int deleteExpired() {
        Instant cutoff = keep.cutoff(clock.instant());
        int deleted = traffic.deleteBefore(cutoff);
        if (deleted > 0) {
            log.info("Deleted {} comment traffic log rows older than {} ({})", deleted, cutoff, keep.text());
        }
        return deleted;
    }

    /** "730 gün", "2 yıl": for the traffic log page. */
    String describe() {
        return keep.text();
    }

    /** How long rows are kept: exactly one of a duration or a calendar period. */
    record Keep(Duration duration, Period period) {

        Instant cutoff(Instant now) {
            return duration != null ? now.minus(duration) : now.atZone(TurkishTime.ISTANBUL).minus(period).toInstant();
        }

        String text() {
            if (duration != null) {
                return duration.toSeconds() % 86_400 == 0 ? duration.toDays() + " gün" : duration.toHours() + " saat";
            }
            List<String> parts = new ArrayList<>();
            if (period.getYears() > 0) parts.add(period.getYears() + " yıl");
            if (period.getMonths() > 0) parts.add(period.getMonths() + " ay");
            if (period.getDays() > 0) parts.add(period.getDays() + " gün");
            return String.join(" ", parts);
        }
    }

    /** Reads the setting; a value that is not a positive duration or period stops the start, naming it. */
    static Keep parse(String setting) {
        String text = setting == null ? "" : setting.strip();
        try {
            Duration duration = DurationStyle.detectAndParse(text);
            if (!duration.isNegative() && !duration.isZero() && duration.toHours() > 0) {
                return new Keep(duration, null);
            }
        } catch (RuntimeException notADuration) {
            // perhaps a period such as P2Y
        }
        try {
            Period period = PeriodStyle.detectAndParse(text);
            if (!period.isNegative() && !period.isZero()) {
                return new Keep(null, period.normalized());
            }
        } catch (RuntimeException notAPeriod) {
            // neither
        }
        throw new IllegalStateException(SETTING + " (MANSET_COMMENTS_TRAFFIC_RETENTION) must be a positive period "
            + "such as P730D, P2Y or 730d, not '" + setting + "'");
    }
}
