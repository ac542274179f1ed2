package tr.manset.system.time;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * Reads dates and times typed in the newsroom as Istanbul wall-clock time: the Turkish way
 * ("01.12.2026 09:30", "1.12.2026 9:30") or as an HTML date/datetime-local field sends them
 * ("2026-12-01T09:30", "2026-12-01"). Impossible dates such as 31.02 are refused.
 */
public final class DateTimeInput {

    private static final DateTimeFormatter TURKISH_DATE_TIME =
            DateTimeFormatter.ofPattern("d.M.uuuu H:mm").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter TURKISH_DATE =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter HTML_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");

    private DateTimeInput() {}

    /** A date and time, or empty when the text is blank or not one. */
    public static Optional<Instant> dateTime(String text) {
        String value = normalize(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {TURKISH_DATE_TIME, DateTimeFormatter.ISO_LOCAL_DATE_TIME}) {
            try {
                LocalDateTime local = LocalDateTime.parse(value, format);
                return plausible(local.getYear()) ? Optional.of(local.atZone(TurkishTime.ISTANBUL).toInstant()) : Optional.empty();
            } catch (DateTimeException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** A calendar day, or empty when the text is blank or not one. */
    public static Optional<LocalDate> date(String text) {
        String value = normalize(text);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {TURKISH_DATE, DateTimeFormatter.ISO_LOCAL_DATE}) {
            try {
                LocalDate day = LocalDate.parse(value, format);
                return plausible(day.getYear()) ? Optional.of(day) : Optional.empty();
            } catch (DateTimeException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** The first instant of a day in Istanbul. */
    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(TurkishTime.ISTANBUL).toInstant();
    }

    /** "2026-12-01T09:30": the value of a datetime-local field showing this instant in Istanbul. */
    public static String htmlValue(Instant instant) {
        return instant == null ? "" : HTML_DATE_TIME.format(instant.atZone(TurkishTime.ISTANBUL).truncatedTo(ChronoUnit.MINUTES));
    }

    private static String normalize(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static boolean plausible(int year) {
        return year >= 1900 && year <= 9999;
    }
}
