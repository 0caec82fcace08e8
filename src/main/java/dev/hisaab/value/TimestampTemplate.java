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
    private final Offset offset;
    private final boolean hasTime;

    private TimestampTemplate(String layout, Offset offset) {
        this.layout = layout.toCharArray();
        this.offset = offset;
        this.hasTime = layout.indexOf('H') >= 0;
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

    private int width() {
        return layout.length + (offset == Offset.Z ? 1 : offset == Offset.HOURS_MINUTES ? 6 : 0);
    }

    /** Epoch seconds of {@code s} read with this layout, local times in {@code zone}; {@link Long#MIN_VALUE} if not. */
    long epochSecond(String s, ZoneId zone) {
        if (s.length() != width()) {
            return Long.MIN_VALUE;
        }
        int year = 0;
        int month = 0;
        int day = 0;
        int hour = 0;
        int minute = 0;
        int second = 0;
        for (int i = 0; i < layout.length; i++) {
            char want = layout[i];
            char c = s.charAt(i);
            if ("yMdHms".indexOf(want) < 0) {
                if (c != want && !(want == 'T' && c == 't')) {
                    return Long.MIN_VALUE;
                }
                continue;
            }
            if (c < '0' || c > '9') {
                return Long.MIN_VALUE;
            }
            int d = c - '0';
            switch (want) {
                case 'y' -> year = year * 10 + d;
                case 'M' -> month = month * 10 + d;
                case 'd' -> day = day * 10 + d;
                case 'H' -> hour = hour * 10 + d;
                case 'm' -> minute = minute * 10 + d;
                default -> second = second * 10 + d;
            }
        }
        if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) {
            return Long.MIN_VALUE;
        }
        LocalDate date = LocalDate.of(year, month, 1);
        if (day > date.lengthOfMonth()) {
            return Long.MIN_VALUE;
        }
        date = date.withDayOfMonth(day);
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
                if (!hasTime) {
                    return date.atStartOfDay(zone).toEpochSecond();
                }
                return LocalDateTime.of(year, month, day, hour, minute, second).atZone(zone).toEpochSecond();
            }
        }
        return date.toEpochDay() * 86_400 + hour * 3600L + minute * 60L + second - offsetSeconds;
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
