package dev.hisaab.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast path answers exactly as the formatter would, or not at all. */
class TimestampTemplateTests {

    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    @Test
    void agreesWithTheFormatterOnIsoText() {
        int answered = 0;
        for (String s : samples("%04d-%02d-%02d", "%04d-%02d-%02dT%02d:%02d:%02d", "%04d-%02d-%02dT%02d:%02d:%02dZ",
                "%04d-%02d-%02dT%02d:%02d:%02d+05:30", "%04d-%02d-%02dT%02d:%02d:%02d-03:00", "%04d-%02d-%02dt%02d:%02d",
                "%04d-%02d-%02dT%02d:%02d:%02d+19:00", "%04d-%02d-%02dT%02d:%02d:%02d.5Z")) {
            for (TimestampTemplate t : TimestampTemplate.iso()) {
                long fast = t.epochSecond(s, IST);
                if (fast != Long.MIN_VALUE) {
                    answered++;
                    assertThat(fast).as(s).isEqualTo(formatter(ISO, s));
                }
            }
        }
        assertThat(answered).isGreaterThan(1000);
    }

    @Test
    void agreesWithTheFormatterOnPatterns() {
        int answered = 0;
        for (String pattern : List.of("dd/MM/uuuu", "dd-MM-uuuu HH:mm", "dd/MM/uuuu HH:mm:ss", "uuuu-MM-dd")) {
            TimestampTemplate t = TimestampTemplate.of(pattern);
            assertThat(t).as(pattern).isNotNull();
            DateTimeFormatter f = new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
            for (String s : samples("%3$02d/%2$02d/%1$04d", "%3$02d-%2$02d-%1$04d %4$02d:%5$02d",
                    "%3$02d/%2$02d/%1$04d %4$02d:%5$02d:%6$02d", "%1$04d-%2$02d-%3$02d", "%3$d/%2$02d/%1$04d")) {
                long fast = t.epochSecond(s, IST);
                if (fast != Long.MIN_VALUE) {
                    answered++;
                    assertThat(fast).as(pattern + " " + s).isEqualTo(formatter(f, s));
                }
            }
        }
        assertThat(answered).isGreaterThan(1000);
    }

    @Test
    void textWithAnyOneCharacterChangedIsReadAsTheFormatterReadsItOrLeftToIt() {
        int answered = 0;
        int left = 0;
        DateTimeFormatter dayFirst = new DateTimeFormatterBuilder().parseCaseInsensitive()
                .appendPattern("dd/MM/uuuu HH:mm").toFormatter(Locale.ENGLISH).withResolverStyle(ResolverStyle.STRICT);
        TimestampTemplate dayFirstTemplate = TimestampTemplate.of("dd/MM/uuuu HH:mm");
        for (String valid : List.of("2025-12-25T00:24:27Z", "2024-02-29T23:59:59+05:30", "2026-01-13", "2026-01-13T10:15")) {
            for (String s : oneCharacterChanged(valid)) {
                for (TimestampTemplate t : TimestampTemplate.iso()) {
                    long fast = t.epochSecond(s, IST);
                    if (fast == Long.MIN_VALUE) {
                        left++;
                    } else {
                        answered++;
                        assertThat(fast).as(s).isEqualTo(formatter(ISO, s));
                    }
                }
            }
        }
        for (String s : oneCharacterChanged("29/02/2024 18:05")) {
            long fast = dayFirstTemplate.epochSecond(s, IST);
            if (fast != Long.MIN_VALUE) {
                answered++;
                assertThat(fast).as(s).isEqualTo(formatter(dayFirst, s));
            }
        }
        assertThat(answered).isGreaterThan(100);
        assertThat(left).isGreaterThan(100);
    }

    /** The text with each of its characters in turn replaced by each of some digits, separators and letters. */
    private static List<String> oneCharacterChanged(String text) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            for (char c : "0139/-: TtZz+x\u0660".toCharArray()) {
                out.add(text.substring(0, i) + c + text.substring(i + 1));
            }
        }
        return out;
    }

    @Test
    void leavesUnusualPatternsToTheFormatter() {
        assertThat(TimestampTemplate.of("d/M/uuuu")).isNull();
        assertThat(TimestampTemplate.of("dd MMM uuuu")).isNull();
        assertThat(TimestampTemplate.of("dd/MM/uu")).isNull();
        assertThat(TimestampTemplate.of("dd/MM/uuuu HH")).isNull();
        assertThat(TimestampTemplate.of("dd/MM/uuuu hh:mm a")).isNull();
        assertThat(TimestampTemplate.of("'on' dd/MM/uuuu")).isNull();
    }

    /** Dates and times, valid and not (month 13, 30 February, hour 24), in each layout. */
    private static List<String> samples(String... layouts) {
        Random random = new Random(42);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            int year = 1990 + random.nextInt(50);
            int month = random.nextInt(14);
            int day = random.nextInt(33);
            int hour = random.nextInt(26);
            int minute = random.nextInt(62);
            int second = random.nextInt(62);
            for (String layout : layouts) {
                out.add(String.format(layout, year, month, day, hour, minute, second));
            }
        }
        return out;
    }

    /** What TimestampFormat's formatter path makes of the text, or Long.MIN_VALUE when it rejects it. */
    private static long formatter(DateTimeFormatter f, String s) {
        try {
            TemporalAccessor parsed = f.parseBest(s, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toEpochSecond();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(IST).toEpochSecond();
            }
            return ((LocalDate) parsed).atStartOfDay(IST).toEpochSecond();
        } catch (DateTimeException e) {
            return Long.MIN_VALUE;
        }
    }

    @Test
    void epochDayIsTheCalendarsForEveryDayOfFourDigitYears() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
            if (TimestampTemplate.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()) != d.toEpochDay()) {
                throw new AssertionError(d.toString());
            }
        }
    }

    @Test
    void localTimesInAZoneWithDaylightSavingAreWhatAtZoneMakesOfThemGapsAndOverlapsIncluded() {
        for (String id : List.of("Europe/London", "America/New_York", "Australia/Lord_Howe", "Asia/Kolkata")) {
            ZoneId zone = ZoneId.of(id);
            // every quarter hour across a year and a half, in order and then back and forth, so stretches are reused
            LocalDateTime first = LocalDateTime.of(2024, 1, 1, 0, 0);
            Random random = new Random(7);
            for (int i = 0; i < 2 * 52_560; i++) {
                LocalDateTime t = i < 52_560 ? first.plusMinutes(15L * i) : first.plusMinutes(15L * random.nextInt(52_560));
                long local = t.toEpochSecond(java.time.ZoneOffset.UTC);
                long expected = t.atZone(zone).toEpochSecond();
                if (TimestampTemplate.inZone(local, zone, false) != expected) {
                    throw new AssertionError(id + " " + t);
                }
                long day = t.toLocalDate().atStartOfDay(zone).toEpochSecond();
                long midnight = t.toLocalDate().atStartOfDay().toEpochSecond(java.time.ZoneOffset.UTC);
                if (TimestampTemplate.inZone(midnight, zone, true) != day) {
                    throw new AssertionError(id + " start of " + t.toLocalDate());
                }
            }
        }
    }

    @Test
    void isoWithASpaceForTIsReadOnlyWhenAsked() {
        TimestampTemplate seconds = TimestampTemplate.iso()[4];
        assertThat(seconds.epochSecond("2025-12-31 08:55:44+05:30", IST)).isEqualTo(Long.MIN_VALUE);
        assertThat(seconds.epochSecond("2025-12-31 08:55:44+05:30", IST, true))
                .isEqualTo(seconds.epochSecond("2025-12-31T08:55:44+05:30", IST))
                .isEqualTo(ZonedDateTime.parse("2025-12-31T08:55:44+05:30").toEpochSecond());
        assertThat(seconds.epochSecond("2025-12-31_08:55:44+05:30", IST, true)).isEqualTo(Long.MIN_VALUE);
    }
}
