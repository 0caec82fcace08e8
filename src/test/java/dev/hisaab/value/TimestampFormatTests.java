package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimestampFormatTests {

    @Test
    void isoAcceptsOffsetsZuluAndLocalTimeInIst() {
        TimestampFormat iso = TimestampFormat.iso();
        assertThat(iso.parse("2025-03-01T10:15:30Z")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(iso.parse("2025-03-01T15:45:30+05:30")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(iso.parse("2025-03-01 15:45:30+05:30")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(iso.parse("2025-03-01 10:15:30.123456+00")).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
        assertThat(iso.parse("2025-03-01T15:45:30")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(iso.parse("2025-03-01")).isEqualTo(Instant.parse("2025-02-28T18:30:00Z"));
    }

    @Test
    void patternsAreTriedInOrderAndLocalTimesAreInTheZone() {
        TimestampFormat format = TimestampFormat.of("dd/MM/yyyy HH:mm:ss", "dd-MMM-yyyy hh:mm a", "dd/MM/yyyy");
        assertThat(format.parse("01/03/2025 15:45:30")).isEqualTo(Instant.parse("2025-03-01T10:15:30Z"));
        assertThat(format.parse("01-Mar-2025 03:45 PM")).isEqualTo(Instant.parse("2025-03-01T10:15:00Z"));
        assertThat(format.parse("01-MAR-2025 03:45 pm")).isEqualTo(Instant.parse("2025-03-01T10:15:00Z"));
        assertThat(format.parse("01/03/2025")).isEqualTo(Instant.parse("2025-02-28T18:30:00Z"));
        TimestampFormat utc = new TimestampFormat(List.of("yyyy-MM-dd HH:mm"), ZoneOffset.UTC);
        assertThat(utc.parse("2025-03-01 10:15")).isEqualTo(Instant.parse("2025-03-01T10:15:00Z"));
    }

    @Test
    void epochPatterns() {
        assertThat(TimestampFormat.of("epoch-seconds").parse("1479978483")).isEqualTo(Instant.ofEpochSecond(1479978483));
        assertThat(TimestampFormat.of("epoch-millis").parse("1479978483123"))
                .isEqualTo(Instant.ofEpochMilli(1479978483123L));
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampFormat.of("epoch-seconds").parse("14799x"));
    }

    @Test
    void rejectsImpossibleDatesAndUnmatchedText() {
        TimestampFormat format = TimestampFormat.of("dd/MM/yyyy");
        assertThatIllegalArgumentException().isThrownBy(() -> format.parse("31/02/2025"))
                .withMessage("'31/02/2025' is not a valid timestamp for dd/MM/yyyy");
        assertThatIllegalArgumentException().isThrownBy(() -> format.parse("29/02/2023"));
        assertThat(format.parse("29/02/2024")).isEqualTo(Instant.parse("2024-02-28T18:30:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampFormat.iso().parse("2025-02-30T10:00:00Z"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampFormat.iso().parse(""));
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampFormat.iso().parse("yesterday"));
    }

    @Test
    void defaultsToIsoInIstAndRejectsBadPatternsEarly() {
        TimestampFormat defaults = new TimestampFormat(null, null);
        assertThat(defaults.patterns()).containsExactly("iso");
        assertThat(defaults.zone()).isEqualTo(ZoneId.of("Asia/Kolkata"));
        assertThatIllegalArgumentException().isThrownBy(() -> TimestampFormat.of("dd/MM/yyyy {"))
                .withMessageContaining("bad timestamp pattern");
    }

    @Test
    void localDateIsTheCalendarDayInTheZone() {
        Instant lateEvening = Instant.parse("2025-03-01T19:00:00Z"); // 00:30 IST on 2 March
        assertThat(TimestampFormat.iso().localDate(lateEvening)).isEqualTo(LocalDate.of(2025, 3, 2));
        assertThat(TimestampFormat.localDate(lateEvening, ZoneOffset.UTC)).isEqualTo(LocalDate.of(2025, 3, 1));
    }

    @Test
    void epochSecondIsTheEpochSecondOfParseForEveryKindOfText() {
        TimestampFormat iso = TimestampFormat.iso();
        TimestampFormat patterns = new TimestampFormat(java.util.List.of("dd/MM/yyyy HH:mm", "yyyy-MM-dd", "epoch-millis"),
                java.time.ZoneId.of("Europe/London"));
        for (String s : java.util.List.of("2025-12-31 08:55:44+05:30", "2025-12-31T08:55:44Z", "2025-12-31",
                " 2026-03-05T04:12:27.750+05:30 ", "2026-03-05T04:12", "2024-03-31T01:30", "1969-12-31T23:59:59.5Z")) {
            assertThat(iso.epochSecond(s)).as(s).isEqualTo(iso.parse(s).getEpochSecond());
        }
        for (String s : java.util.List.of("31/03/2024 01:30", "27/10/2024 01:30", "2024-03-31", "1712345678901", "-1500")) {
            assertThat(patterns.epochSecond(s)).as(s).isEqualTo(patterns.parse(s).getEpochSecond());
        }
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> iso.epochSecond("31/02/2025"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a valid timestamp");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> iso.epochSecond(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("empty timestamp");
    }
}
