package dev.hisaab.generate.kota;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The Kota calendar, all in IST: billing periods (issued on the 25th, due on the 10th of the next month), the portal
 * outage (all of February 2026), the dump moment, and the late fee. Times are epoch seconds for speed.
 */
final class KotaCalendar {

    static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    static final int PERIODS = 3;
    static final long OUTAGE_START = epoch(LocalDateTime.of(2026, 2, 1, 0, 0));
    /** Exclusive: the server failed from 2026-02-01 00:00 to 2026-02-28 23:59 IST. */
    static final long OUTAGE_END = epoch(LocalDateTime.of(2026, 3, 1, 0, 0));
    static final long DUMP = epoch(LocalDateTime.of(2026, 3, 5, 10, 0));
    static final long FIRST_DAY = epoch(LocalDateTime.of(2025, 12, 25, 0, 0));

    private static final YearMonth FIRST_PERIOD = YearMonth.of(2025, 12);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'");
    private static final DateTimeFormatter DUMP_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ssxxx");

    private KotaCalendar() {
    }

    static YearMonth period(int p) {
        return FIRST_PERIOD.plusMonths(p);
    }

    static LocalDate issued(int p) {
        return period(p).atDay(25);
    }

    static LocalDate due(int p) {
        return period(p).plusMonths(1).atDay(10);
    }

    /** Start of the day after the due date: a payment at or after this moment is late. */
    static long dueEnd(int p) {
        return epoch(due(p).plusDays(1).atStartOfDay());
    }

    static long issueTime(int p) {
        return epoch(issued(p).atTime(2, 0));
    }

    /** 2% of the bill, rounded up to the whole rupee, at least Rs 25; in paise. */
    static long lateFee(long amountPaise) {
        long rupees = (amountPaise * 2 + 9_999) / 10_000;
        return Math.max(25, rupees) * 100;
    }

    static boolean inOutage(long epoch) {
        return epoch >= OUTAGE_START && epoch < OUTAGE_END;
    }

    /** The latest period issued on or before {@code day}, or -1. */
    static int latestIssued(LocalDate day) {
        int latest = -1;
        for (int p = 0; p < PERIODS; p++) {
            if (!issued(p).isAfter(day)) {
                latest = p;
            }
        }
        return latest;
    }

    static long epoch(LocalDateTime ist) {
        return ist.toEpochSecond(IST);
    }

    static LocalDateTime ist(long epoch) {
        return LocalDateTime.ofEpochSecond(epoch, 0, IST);
    }

    static LocalDate istDay(long epoch) {
        return ist(epoch).toLocalDate();
    }

    static String utc(long epoch) {
        return UTC.format(LocalDateTime.ofEpochSecond(epoch, 0, ZoneOffset.UTC));
    }

    static String dumpTime(long epoch) {
        return DUMP_TIME.format(OffsetDateTime.ofInstant(Instant.ofEpochSecond(epoch), IST));
    }
}
