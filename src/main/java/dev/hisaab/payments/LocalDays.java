package dev.hisaab.payments;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;

/**
 * The calendar day of an instant in one time zone, as {@link LocalDate#ofInstant} gives it, without asking the
 * zone's rules for every instant: the offset is kept until the zone's next transition (for most zones today, for
 * ever), and the last day is kept while instants fall on it. For a million receipts, asking the rules each time cost
 * the {@code resolve} step a tenth of its second pass. Not thread-safe.
 */
final class LocalDays {

    private static final long SECONDS_PER_DAY = 86_400;

    private final ZoneRules rules;
    /** The offset, valid from {@code validFrom} (inclusive) to {@code validTo} (exclusive). */
    private int offset;
    private long validFrom = Long.MAX_VALUE;
    private long validTo = Long.MIN_VALUE;
    private long lastEpochDay = Long.MIN_VALUE;
    private LocalDate lastDay;

    LocalDays(ZoneId zone) {
        this.rules = zone.getRules();
    }

    /** The day of the instant {@code epochSecond} seconds after the epoch, in this zone. */
    LocalDate of(long epochSecond) {
        if (epochSecond < validFrom || epochSecond >= validTo) {
            Instant instant = Instant.ofEpochSecond(epochSecond);
            ZoneOffset zoneOffset = rules.getOffset(instant);
            ZoneOffsetTransition next = rules.nextTransition(instant);
            offset = zoneOffset.getTotalSeconds();
            validFrom = epochSecond;
            validTo = next == null ? Long.MAX_VALUE : next.toEpochSecond();
        }
        long epochDay = Math.floorDiv(epochSecond + offset, SECONDS_PER_DAY);
        if (epochDay != lastEpochDay) {
            lastDay = LocalDate.ofEpochDay(epochDay);
            lastEpochDay = epochDay;
        }
        return lastDay;
    }
}
