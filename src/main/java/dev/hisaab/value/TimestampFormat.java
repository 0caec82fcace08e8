package dev.hisaab.value;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How an input writes instants: {@code java.time} patterns tried in order, and the zone for text without an offset.
 *
 * <p>Special pattern names: {@code iso} (ISO-8601 date, date-time with {@code T} or a space, offset {@code Z},
 * {@code +05:30} or {@code +05} optional: without it the text is local time in {@link #zone()}), {@code epoch-seconds}
 * and {@code epoch-millis}. A pattern with a date but no time means the start of that day in the zone; a pattern
 * without an offset is local time in the zone. Resolution is strict, so {@code 31/02/2025} is rejected; {@code yyyy}
 * in a pattern is read as the proleptic year {@code uuuu}, which strict resolution needs.
 */
public final class TimestampFormat {

    /** India Standard Time, the default zone of every input. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    private static final String ISO = "iso";
    private static final String EPOCH_SECONDS = "epoch-seconds";
    private static final String EPOCH_MILLIS = "epoch-millis";

    /** Compiled formatters shared by all instances: compiling a pattern per value would dominate parse time. */
    private static final Map<String, DateTimeFormatter> FORMATTERS = new ConcurrentHashMap<>();

    /** Fixed-width fast paths of the patterns that have one (an empty array for those that do not). */
    private static final Map<String, TimestampTemplate[]> TEMPLATES = new ConcurrentHashMap<>();

    private static final DateTimeFormatter ISO_FORMATTER = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart().appendLiteral('T').append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffset("+HH:mm", "Z").optionalEnd()
            .optionalStart().appendLiteral('[').appendZoneRegionId().appendLiteral(']').optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final List<String> patterns;
    private final ZoneId zone;
    /** Per pattern, in order: its fixed-width fast paths, looked up once here rather than once per value. */
    private final TimestampTemplate[][] templates;

    /**
     * @param patterns patterns in the order they are tried; empty or null means {@code [iso]}
     * @param zone the zone of local times and dates; null means Asia/Kolkata (IST)
     */
    public TimestampFormat(List<String> patterns, ZoneId zone) {
        this.patterns = patterns == null || patterns.isEmpty() ? List.of(ISO) : List.copyOf(patterns);
        this.zone = zone == null ? IST : zone;
        this.templates = new TimestampTemplate[this.patterns.size()][];
        for (int i = 0; i < templates.length; i++) {
            String pattern = this.patterns.get(i);
            formatter(pattern); // fail on a bad pattern when the format is built, not on the first value
            templates[i] = templates(pattern);
        }
    }

    /** The patterns in the order they are tried. */
    public List<String> patterns() {
        return patterns;
    }

    /** The zone of local times and dates. */
    public ZoneId zone() {
        return zone;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TimestampFormat other && patterns.equals(other.patterns) && zone.equals(other.zone);
    }

    @Override
    public int hashCode() {
        return 31 * patterns.hashCode() + zone.hashCode();
    }

    @Override
    public String toString() {
        return "TimestampFormat[patterns=" + patterns + ", zone=" + zone + "]";
    }

    /** ISO-8601 in IST. */
    public static TimestampFormat iso() {
        return new TimestampFormat(List.of(ISO), IST);
    }

    /** The given patterns, local times in IST. */
    public static TimestampFormat of(String... patterns) {
        return new TimestampFormat(List.of(patterns), IST);
    }

    /**
     * The instant the text denotes, by the first pattern that accepts it.
     *
     * @throws IllegalArgumentException when no pattern accepts the text
     */
    public Instant parse(String text) {
        String s = stripped(text);
        for (int p = 0; p < templates.length; p++) {
            long epochSecond = byTemplate(p, s);
            if (epochSecond != Long.MIN_VALUE) {
                return Instant.ofEpochSecond(epochSecond);
            }
            Instant instant = byFormatter(patterns.get(p), s);
            if (instant != null) {
                return instant;
            }
        }
        throw invalid(text);
    }

    /**
     * {@code parse(text).getEpochSecond()}, without making an {@link Instant} when a fixed-width layout reads the text.
     *
     * @throws IllegalArgumentException when no pattern accepts the text
     */
    public long epochSecond(String text) {
        String s = stripped(text);
        for (int p = 0; p < templates.length; p++) {
            long epochSecond = byTemplate(p, s);
            if (epochSecond != Long.MIN_VALUE) {
                return epochSecond;
            }
            Instant instant = byFormatter(patterns.get(p), s);
            if (instant != null) {
                return instant.getEpochSecond();
            }
        }
        throw invalid(text);
    }

    /** The text read by pattern {@code p}'s fixed-width fast paths, or {@link Long#MIN_VALUE} if none reads it. */
    private long byTemplate(int p, String s) {
        boolean spaceForT = ISO.equals(patterns.get(p));
        for (TimestampTemplate template : templates[p]) {
            long epochSecond = template.epochSecond(s, zone, spaceForT);
            if (epochSecond != Long.MIN_VALUE) {
                return epochSecond;
            }
        }
        return Long.MIN_VALUE;
    }

    /** The text without surrounding whitespace; text that starts and ends visibly (most of it) is not scanned. */
    private static String stripped(String text) {
        if (Texts.startsAndEndsVisibly(text)) {
            return text;
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("empty timestamp");
        }
        return text.strip();
    }

    private IllegalArgumentException invalid(String text) {
        return new IllegalArgumentException("'" + text + "' is not a valid timestamp for " + String.join(" | ", patterns));
    }

    /** The calendar date of an instant in this format's zone. */
    public LocalDate localDate(Instant instant) {
        return localDate(instant, zone);
    }

    /** The calendar date of an instant in a zone (dates are compared in IST). */
    public static LocalDate localDate(Instant instant, ZoneId zone) {
        return instant.atZone(zone).toLocalDate();
    }

    /** The text read by {@code pattern} the general way (after its fast paths), or null if it does not read it. */
    private Instant byFormatter(String pattern, String s) {
        try {
            if (EPOCH_SECONDS.equals(pattern)) {
                return isInteger(s) ? Instant.ofEpochSecond(Long.parseLong(s)) : null;
            }
            if (EPOCH_MILLIS.equals(pattern)) {
                return isInteger(s) ? Instant.ofEpochMilli(Long.parseLong(s)) : null;
            }
            boolean iso = ISO.equals(pattern);
            String input = iso && s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
            TemporalAccessor parsed = formatter(pattern)
                    .parseBest(input, ZonedDateTime::from, LocalDateTime::from, LocalDate::from);
            if (parsed instanceof ZonedDateTime zoned) {
                return zoned.toInstant();
            }
            if (parsed instanceof LocalDateTime local) {
                return local.atZone(zone).toInstant();
            }
            return ((LocalDate) parsed).atStartOfDay(zone).toInstant();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }

    private static TimestampTemplate[] templates(String pattern) {
        return TEMPLATES.computeIfAbsent(pattern, p -> {
            if (ISO.equals(p)) {
                return TimestampTemplate.iso();
            }
            TimestampTemplate template = TimestampTemplate.of(proleptic(p));
            return template == null ? new TimestampTemplate[0] : new TimestampTemplate[] {template};
        });
    }

    private static boolean isInteger(String s) {
        int start = s.startsWith("-") ? 1 : 0;
        if (s.length() == start || s.length() - start > 18) {
            return false;
        }
        for (int i = start; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static DateTimeFormatter formatter(String pattern) {
        if (ISO.equals(pattern)) {
            return ISO_FORMATTER;
        }
        if (EPOCH_SECONDS.equals(pattern) || EPOCH_MILLIS.equals(pattern)) {
            return null;
        }
        return FORMATTERS.computeIfAbsent(pattern, p -> {
            try {
                return new DateTimeFormatterBuilder()
                        .parseCaseInsensitive()
                        .appendPattern(proleptic(p))
                        .toFormatter(Locale.ENGLISH)
                        .withResolverStyle(ResolverStyle.STRICT);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("bad timestamp pattern '" + p + "': " + e.getMessage());
            }
        });
    }

    /** Replaces year-of-era {@code y} by proleptic year {@code u} outside quoted literals (STRICT needs an era otherwise). */
    private static String proleptic(String pattern) {
        StringBuilder out = new StringBuilder(pattern.length());
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            }
            out.append(!quoted && c == 'y' ? 'u' : c);
        }
        return out.toString();
    }
}
