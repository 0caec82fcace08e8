package dev.hisaab.generate;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The scenario's timeline and the submission time of every application: application {@code i} of {@code n} falls in
 * the {@code i}-th equal slice of all portal business hours, so times rise with the index and any period maps to a
 * contiguous index range without generating the applications.
 */
final class JhatpatCalendar {

    static final ZoneOffset IST = ZoneOffset.ofHoursMinutes(5, 30);
    static final LocalDate FIRST_DAY = LocalDate.of(2025, 11, 1);
    static final LocalDate LAST_DAY = LocalDate.of(2026, 1, 19);
    static final LocalDate UPGRADE_DAY = LocalDate.of(2026, 1, 13);
    static final LocalDate LOSS_WINDOW_START = UPGRADE_DAY.minusMonths(2);
    static final OffsetDateTime SNAPSHOT = OffsetDateTime.of(2025, 12, 20, 23, 0, 0, 0, IST);
    static final OffsetDateTime UPGRADE = UPGRADE_DAY.atStartOfDay().atOffset(IST);
    static final LocalTime OPENS = LocalTime.of(9, 30);
    static final LocalTime CLOSES = LocalTime.of(17, 30);

    private static final long DAY_SECONDS = CLOSES.toSecondOfDay() - OPENS.toSecondOfDay();

    private final List<LocalDate> days = new ArrayList<>();
    private final int applications;
    private final long seed;
    private final double totalSeconds;

    JhatpatCalendar(int applications, long seed) {
        this.applications = applications;
        this.seed = seed;
        for (LocalDate day = FIRST_DAY; !day.isAfter(LAST_DAY); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                days.add(day);
            }
        }
        this.totalSeconds = (double) days.size() * DAY_SECONDS;
    }

    /** Counters and the portal work Monday to Saturday; the portal was down on the upgrade day. */
    static boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SUNDAY && !day.equals(UPGRADE_DAY);
    }

    /** The next working day strictly after {@code day}. */
    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isWorkingDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** A time on a working day {@code daysLater} working days after {@code from}, within business hours. */
    static OffsetDateTime laterWorkingDay(OffsetDateTime from, int daysLater, SplittableRandom random) {
        LocalDate day = from.toLocalDate();
        for (int i = 0; i < daysLater; i++) {
            day = nextWorkingDay(day);
        }
        long second = OPENS.toSecondOfDay() + random.nextLong(DAY_SECONDS);
        return LocalDateTime.of(day, LocalTime.ofSecondOfDay(second)).atOffset(IST);
    }

    int applications() {
        return applications;
    }

    OffsetDateTime submittedAt(int index) {
        double jitter = Seeds.random(seed, Seeds.TIME, index).nextDouble();
        long position = (long) ((index + jitter) / applications * totalSeconds);
        position = Math.min(position, (long) totalSeconds - 1);
        LocalDate day = days.get((int) (position / DAY_SECONDS));
        LocalTime time = LocalTime.ofSecondOfDay(OPENS.toSecondOfDay() + position % DAY_SECONDS);
        return LocalDateTime.of(day, time).atOffset(IST);
    }

    /** The smallest index submitted at or after {@code moment}; {@code applications} if none is. */
    int firstIndexAtOrAfter(OffsetDateTime moment) {
        int low = 0;
        int high = applications;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (submittedAt(middle).isBefore(moment)) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
