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

    /** The positions of the literal characters of the layout, and those characters. */
    private final int[] literalAt;
    private final char[] literals;
    /** Where each field's digits start ({@link #YEAR} four, the others two), or -1 for a field the layout lacks. */
    private final int[] fieldAt = {-1, -1, -1, -1, -1, -1};
    /** The layout's length, without any offset after it. */
    private final int length;
    private final Offset offset;
    private final boolean hasTime;
    private final int width;

    private static final int YEAR = 0;
    private static final int MONTH = 1;
    private static final int DAY = 2;
    private static final int HOUR = 3;
    private static final int MINUTE = 4;
    private static final int SECOND = 5;

    /** The last stretch of local time with one offset that a zone was asked about (immutable, shared by threads). */
    private static volatile LocalOffsets recentOffsets;

    /** {@code layout}: each field's letters ({@code yyyy MM dd HH mm ss}) once, in one run, and literal characters. */
    private TimestampTemplate(String layout, Offset offset) {
        int literalCount = 0;
        for (int i = 0; i < layout.length(); i++) {
            int field = "yMdHms".indexOf(layout.charAt(i));
            if (field < 0) {
                literalCount++;
            } else if (fieldAt[field] < 0) {
                fieldAt[field] = i;
            }
        }
        this.literalAt = new int[literalCount];
        this.literals = new char[literalCount];
        for (int i = 0, k = 0; i < layout.length(); i++) {
            if ("yMdHms".indexOf(layout.charAt(i)) < 0) {
                literalAt[k] = i;
                literals[k++] = layout.charAt(i);
            }
        }
        this.length = layout.length();
        this.offset = offset;
        this.hasTime = fieldAt[HOUR] >= 0;
        this.width = length + (offset == Offset.Z ? 1 : offset == Offset.HOURS_MINUTES ? 6 : 0);
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
        // the literals first, then each field's digits at its fixed place: no per-character dispatch on the layout
        int[] at = literalAt;
        char[] want = literals;
        for (int k = 0; k < at.length; k++) {
            char c = s.charAt(at[k]);
            char w = want[k];
            if (c != w && !(w == 'T' && (c == 't' || spaceForT && c == ' '))) {
                return Long.MIN_VALUE;
            }
        }
        int[] fields = fieldAt;
        int year = fourDigits(s, fields[YEAR]);
        int month = twoDigits(s, fields[MONTH]);
        int day = twoDigits(s, fields[DAY]);
        int hour = fields[HOUR] < 0 ? 0 : twoDigits(s, fields[HOUR]);
        int minute = fields[MINUTE] < 0 ? 0 : twoDigits(s, fields[MINUTE]);
        int second = fields[SECOND] < 0 ? 0 : twoDigits(s, fields[SECOND]);
        if ((year | hour | minute | second) < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23
                || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        if (day > lengthOfMonth(year, month)) {
            return Long.MIN_VALUE;
        }
        long localSecond = epochDay(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;
        int offsetSeconds;
        switch (offset) {
            case Z -> {
                char z = s.charAt(length);
                if (z != 'Z' && z != 'z') {
                    return Long.MIN_VALUE;
                }
                offsetSeconds = 0;
            }
            case HOURS_MINUTES -> {
                offsetSeconds = offsetSeconds(s, length);
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

    /** The four digits at {@code at} as a number, or -1 if any is not a digit. */
    private static int fourDigits(String s, int at) {
        int high = twoDigits(s, at);
        int low = twoDigits(s, at + 2);
        return high < 0 || low < 0 ? -1 : high * 100 + low;
    }

    /** The two digits at {@code at} as a number, or -1 if either is not a digit. */
    private static int twoDigits(String s, int at) {
        char a = s.charAt(at);
        char b = s.charAt(at + 1);
        if (a < '0' || a > '9' || b < '0' || b > '9') {
            return -1;
        }
        return (a - '0') * 10 + (b - '0');
    }
}
