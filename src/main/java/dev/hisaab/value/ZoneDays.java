package dev.hisaab.value;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Calendar days of instants (epoch seconds, negative ones taken as 0) in one zone. Where the zone's offset can
 * no longer change (no transition after the instant and no rule for future ones; IST has had none since 1945),
 * the day is arithmetic on the epoch second; anywhere else it is {@link LocalDate#ofInstant}. The last day is
 * remembered, as consecutive instants (a partition's charges) fall on few days. Not thread-safe.
 */
public final class ZoneDays {

    private final ZoneId zone;
    /** The first epoch second from which the offset is {@link #fixedOffset} for good; MAX_VALUE when never. */
    private final long fixedFrom;
    private final int fixedOffset;
    private long lastDay = Long.MIN_VALUE;
    private LocalDate lastDate;

    public ZoneDays(ZoneId zone) {
        this.zone = zone;
        java.time.zone.ZoneRules rules = zone.getRules();
        List<java.time.zone.ZoneOffsetTransition> transitions = rules.getTransitions();
        if (rules.isFixedOffset()) {
            fixedFrom = Long.MIN_VALUE;
            fixedOffset = rules.getOffset(java.time.Instant.EPOCH).getTotalSeconds();
        } else if (rules.getTransitionRules().isEmpty() && !transitions.isEmpty()) {
            java.time.zone.ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
            fixedFrom = last.toEpochSecond();
            fixedOffset = last.getOffsetAfter().getTotalSeconds();
        } else {
            fixedFrom = Long.MAX_VALUE;
            fixedOffset = 0;
        }
    }

    public LocalDate of(long epochSecond) {
        long s = Math.max(epochSecond, 0);
        if (s < fixedFrom || s > java.time.Instant.MAX.getEpochSecond()) {
            return LocalDate.ofInstant(java.time.Instant.ofEpochSecond(s), zone);
        }
        long day = Math.floorDiv(s + fixedOffset, 86_400L);
        if (day != lastDay) {
            lastDate = LocalDate.ofEpochDay(day);
            lastDay = day;
        }
        return lastDate;
    }
}
