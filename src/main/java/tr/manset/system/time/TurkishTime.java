package tr.manset.system.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import org.springframework.stereotype.Component;
import tr.manset.system.text.TurkishText;

/** Shows instants the way Turkish readers read them: Istanbul wall-clock time, and "3 saat önce". */
@Component
public class TurkishTime {

    public static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", TurkishText.TURKISH).withZone(ISTANBUL);
    private static final DateTimeFormatter LONG_DATE =
            DateTimeFormatter.ofPattern("d MMMM yyyy EEEE", TurkishText.TURKISH).withZone(ISTANBUL);
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ISTANBUL);

    private final Clock clock;

    public TurkishTime(Clock clock) {
        this.clock = clock;
    }

    /** "24.01.2026 16:07" in Istanbul time. */
    public static String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** "29 Kasım 2026 Pazar", for the masthead. */
    public static String longDate(Instant instant) {
        return LONG_DATE.format(instant);
    }

    /** "2026-01-24T16:07:00+03:00", for the datetime attribute of a time element. */
    public static String iso(Instant instant) {
        return instant == null ? "" : ISO.format(instant);
    }

    public String relative(Instant instant) {
        return relative(instant, clock.instant());
    }

    /**
     * az önce, N dakika önce, N saat önce, dün, N gün önce, N hafta önce, N ay önce, N yıl önce.
     * Under a day counts hours; beyond that, calendar days in Istanbul decide ("dün" is the day before).
     */
    public static String relative(Instant then, Instant now) {
        Duration ago = Duration.between(then, now);
        if (ago.toMinutes() < 1) {
            return "az önce";
        }
        if (ago.toMinutes() < 60) {
            return ago.toMinutes() + " dakika önce";
        }
        if (ago.toHours() < 24) {
            return ago.toHours() + " saat önce";
        }
        LocalDate thenDay = then.atZone(ISTANBUL).toLocalDate();
        LocalDate today = now.atZone(ISTANBUL).toLocalDate();
        long days = ChronoUnit.DAYS.between(thenDay, today);
        if (days <= 1) {
            return "dün";
        }
        if (days < 7) {
            return days + " gün önce";
        }
        Period period = Period.between(thenDay, today);
        if (period.toTotalMonths() < 1) {
            return days / 7 + " hafta önce";
        }
        if (period.getYears() < 1) {
            return period.toTotalMonths() + " ay önce";
        }
        return period.getYears() + " yıl önce";
    }
}
