package dev.hisaab.value;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The fast path of {@link TimestampFormat}: a fixed-width layout of two-digit day, month, hour, minute and second,
 * four-digit year and literal separators ({@code dd/MM/yyyy HH:mm}, and the common ISO-8601 shapes), read digit by
 * digit instead of through a {@link java.time.format.DateTimeFormatter}, which costs far more per value. It only ever
 * answers for text the formatter would read to the same instant; for anything else it answers {@code null} and the
 * formatter decides (and words the error).
 */
final class TimestampTemplate {

    private static final TimestampTemplate[] ISO_SHAPES = {
        new TimestampTemplate("yyyy-MM-dd", Offset.NONE),
        new TimestampTemplate("yyyy-MM-ddTHH:mm", Offset.NONE),
        new TimestampTemplate("yyyy-MM-ddTHH:mm:ss", Offset.NONE),
        new TimestampTemplate("yyyy-MM-ddTHH:mm:ss", Offset.Z),
        new TimestampTemplate("yyyy-MM-ddTHH:mm:ss", Offset.HOURS_MINUTES)};

    private enum Offset { NONE, Z, HOURS_MINUTES }

    /** Per position: a letter of the layout (y, M, d, H, m, s) or the literal character expected there. */
    private final char[] layout;
    /** Per position: the field it adds a digit to ({@link #YEAR} ... {@link #SECOND}) or {@link #LITERAL}. */
    private final byte[] fields;
    private final Offset offset;
    private final boolean hasTime;
    private final int width;

    private static final byte LITERAL = -1;
    private static final byte YEAR = 0;
    private static final byte MONTH = 1;
    private static final byte DAY = 2;
    private static final byte HOUR = 3;
    private static final byte MINUTE = 4;
    private static final byte SECOND = 5;

    /** The last stretch of local time with one offset that a zone was asked about (immutable, shared by threads). */
    private static volatile LocalOffsets recentOffsets;

    private TimestampTemplate(String layout, Offset offset) {
        this.layout = layout.toCharArray();
        this.fields = new byte[this.layout.length];
        for (int i = 0; i < this.layout.length; i++) {
            fields[i] = (byte) "yMdHms".indexOf(this.layout[i]);
        }
        this.offset = offset;
        this.hasTime = layout.indexOf('H') >= 0;
        this.width = this.layout.length + (offset == Offset.Z ? 1 : offset == Offset.HOURS_MINUTES ? 6 : 0);
    }

    /** The ISO-8601 shapes, tried by length. */
    static TimestampTemplate[] iso() {
        return ISO_SHAPES.clone();
    }

    /**
     * The template of a {@code java.time} pattern, or {@code null} if the pattern is not only {@code dd MM yyyy/uuuu
     * HH mm ss} (each exactly so) and separators from {@code /-.: T}, each field at most once, with a date and either no
     * time or at least hours and minutes.
     */
    static TimestampTemplate of(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        String seen = "";
        int i = 0;
        while (i < pattern.length()) {
            char c = pattern.charAt(i);
            if ("/-.: T".indexOf(c) >= 0) {
                out.append(c);
                i++;
                continue;
            }
            int run = i;
            while (run < pattern.length() && pattern.charAt(run) == c) {
                run++;
            }
            int width = run - i;
            char field = c == 'u' ? 'y' : c;
            boolean known = (field == 'y' && width == 4) || ("dMHms".indexOf(field) >= 0 && width == 2);
            if (!known || seen.indexOf(field) >= 0) {
                return null;
            }
            seen += field;
            out.append(String.valueOf(field).repeat(width));
            i = run;
        }
        if (seen.indexOf('y') < 0 || seen.indexOf('M') < 0 || seen.indexOf('d') < 0
                || (seen.indexOf('s') >= 0 && seen.indexOf('m') < 0) || (seen.indexOf('m') >= 0) != (seen.indexOf('H') >= 0)) {
            return null;
        }
        return new TimestampTemplate(out.toString(), Offset.NONE);
    }

    /** Epoch seconds of {@code s} read with this layout, local times in {@code zone}; {@link Long#MIN_VALUE} if not. */
    long epochSecond(String s, ZoneId zone) {
        return epochSecond(s, zone, false);
    }

    /**
     * Like {@link #epochSecond(String, ZoneId)}; with {@code spaceForT} a space stands where the layout has the ISO
     * {@code T}, as ISO text with a space does once the space is replaced by {@code T}.
     */
    long epochSecond(String s, ZoneId zone, boolean spaceForT) {
        if (s.length() != width) {
            return Long.MIN_VALUE;
        }
        int[] v = new int[6];
        char[] layout = this.layout;
        byte[] fields = this.fields;
        for (int i = 0; i < layout.length; i++) {
            char c = s.charAt(i);
            int field = fields[i];
            if (field == LITERAL) {
                char want = layout[i];
                if (c != want && !(want == 'T' && (c == 't' || spaceForT && c == ' '))) {
                    return Long.MIN_VALUE;
                }
                continue;
            }
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            v[field] = v[field] * 10 + (c - '0');
        }
        int year = v[YEAR];
        int month = v[MONTH];
        int day = v[DAY];
        int hour = v[HOUR];
        int minute = v[MINUTE];
        int second = v[SECOND];
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        if (day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        long localSecond = epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;
        int offsetSeconds;
        switch (offset) {
            case Z -> {
                char z = s.charAt(layout.length);
                if (z != 'Z' && z != 'z') {
                    return Long.MIN_VALUE;
                }
                offsetSeconds = 0;
            }
            case HOURS_MINUTES -> {
                offsetSeconds = offsetSeconds(s, layout.length);
                if (offsetSeconds == Integer.MIN_VALUE) {
                    return Long.MIN_VALUE;
                }
            }
            default -> {
                return inZone(localSecond, zone, !hasTime);
            }
        }
        return localSecond - offsetSeconds;
    }

    /**
     * Epoch seconds of a local date-time (given as seconds since 1970-01-01T00:00 local) in a zone, as
     * {@code LocalDateTime.atZone(zone)} answers, or with {@code startOfDay} {@code LocalDate.atStartOfDay(zone)} (a time
     * in a gap moves forward; in an overlap the earlier offset wins).
     * Between two transitions of a zone every local time has exactly one offset, so the answer there is remembered as
     * a stretch of local time with its offset, and most values need no look-up in the zone's rules.
     */
    static long inZone(long localSecond, ZoneId zone, boolean startOfDay) {
        LocalOffsets recent = recentOffsets;
        if (recent != null && (recent.zone == zone || recent.zone.equals(zone)) && localSecond >= recent.from && localSecond < recent.to) {
            return localSecond - recent.offset;
        }
        LocalDateTime local = LocalDateTime.ofEpochSecond(localSecond, 0, ZoneOffset.UTC);
        java.time.ZonedDateTime zoned = startOfDay ? local.toLocalDate().atStartOfDay(zone) : local.atZone(zone);
        long epochSecond = zoned.toEpochSecond();
        java.time.zone.ZoneRules rules = zone.getRules();
        java.time.Instant instant = zoned.toInstant();
        java.time.zone.ZoneOffsetTransition before = rules.previousTransition(instant.plusSeconds(1));
        java.time.zone.ZoneOffsetTransition after = rules.nextTransition(instant);
        long from = before == null ? Long.MIN_VALUE
                : Math.max(localSeconds(before.getDateTimeBefore()), localSeconds(before.getDateTimeAfter()));
        long to = after == null ? Long.MAX_VALUE
                : Math.min(localSeconds(after.getDateTimeBefore()), localSeconds(after.getDateTimeAfter()));
        int offsetSeconds = zoned.getOffset().getTotalSeconds();
        if (localSecond >= from && localSecond < to && localSecond - offsetSeconds == epochSecond) {
            recentOffsets = new LocalOffsets(zone, from, to, offsetSeconds);
        }
        return epochSecond;
    }

    private static long localSeconds(LocalDateTime t) {
        return t.toEpochSecond(ZoneOffset.UTC);
    }

    /** A stretch {@code [from, to)} of local seconds in which {@code zone} has the one offset {@code offset}. */
    private record LocalOffsets(ZoneId zone, long from, long to, int offset) {
    }

    private static int lengthOfMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days since 1970-01-01 of a proleptic ISO date (as {@link LocalDate#toEpochDay()}), for years 0 to 9999. */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y;
        total += (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367 * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total--;
            if (!isLeap(year)) {
                total--;
            }
        }
        return total - 719_528; // days from 0000-01-01 to 1970-01-01
    }

    /** {@code +HH:mm} or {@code -HH:mm} at {@code at}, as seconds east of UTC, or {@link Integer#MIN_VALUE}. */
    private static int offsetSeconds(String s, int at) {
        char sign = s.charAt(at);
        if ((sign != '+' && sign != '-') || s.charAt(at + 3) != ':') {
            return Integer.MIN_VALUE;
        }
        int h = twoDigits(s, at + 1);
        int m = twoDigits(s, at + 4);
        if (h < 0 || m < 0 || h > 18 || m > 59) {
            return Integer.MIN_VALUE;
        }
        int seconds = h * 3600 + m * 60;
        if (seconds > ZoneOffset.MAX.getTotalSeconds()) {
            return Integer.MIN_VALUE;
        }
        return sign == '-' ? -seconds : seconds;
    }

    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
