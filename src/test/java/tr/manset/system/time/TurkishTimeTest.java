package tr.manset.system.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TurkishTimeTest {

    // Sunday 29 November 2026, 15:00 in Istanbul.
    static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");

    @Test
    void formatsInIstanbulTime() {
        assertThat(TurkishTime.dateTime(Instant.parse("2026-01-24T13:07:00Z"))).isEqualTo("24.01.2026 16:07");
        assertThat(TurkishTime.dateTime(Instant.parse("2026-12-31T22:30:00Z"))).isEqualTo("01.01.2027 01:30");
    }

    @Test
    void formatsTheLongDateInTurkish() {
        assertThat(TurkishTime.longDate(NOW)).isEqualTo("29 Kasım 2026 Pazar");
    }

    @Test
    void formatsMachineReadableTimesWithTheIstanbulOffset() {
        assertThat(TurkishTime.iso(Instant.parse("2026-01-24T13:07:00Z"))).isEqualTo("2026-01-24T16:07:00+03:00");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2026-11-29T11:59:30Z|az önce",
        "2026-11-29T11:55:00Z|5 dakika önce",
        "2026-11-29T11:00:01Z|59 dakika önce",
        "2026-11-29T09:00:00Z|3 saat önce",
        "2026-11-28T13:00:00Z|23 saat önce",
        "2026-11-28T08:00:00Z|dün",
        "2026-11-27T08:00:00Z|2 gün önce",
        "2026-11-23T08:00:00Z|6 gün önce",
        "2026-11-22T08:00:00Z|1 hafta önce",
        "2026-11-08T08:00:00Z|3 hafta önce",
        "2026-10-20T08:00:00Z|1 ay önce",
        "2026-01-30T08:00:00Z|9 ay önce",
        "2025-11-29T08:00:00Z|1 yıl önce",
        "2023-06-01T08:00:00Z|3 yıl önce",
    })
    void tellsHowLongAgoInTurkish(String then, String expected) {
        assertThat(TurkishTime.relative(Instant.parse(then), NOW)).isEqualTo(expected);
    }

    @Test
    void usesTheApplicationClock() {
        TurkishTime time = new TurkishTime(Clock.fixed(NOW, ZoneOffset.UTC));
        assertThat(time.relative(NOW.minus(Duration.ofMinutes(12)))).isEqualTo("12 dakika önce");
    }
}
