package dev.hisaab.report;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.spool.SpoolReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The day each finding is about, as report.html and report.xlsx show it: when a lost application was submitted (epoch
 * seconds from the match step's {@code .submitted} work files, in the job's time zone), otherwise the first ISO date
 * (yyyy-MM-dd standing alone as a word) its evidence names.
 */
public record FindingDates(Map<String, Long> submitted, ZoneId zone) {

    /** Suffix of the match step's work files that hold {@code key, epoch seconds} of each lost application. */
    public static final String SUBMITTED = "submitted";

    /** What {@link #evidenceDate} finds, said as a regular expression; used as is only for non-ASCII neighbours. */
    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    public FindingDates {
        submitted = Map.copyOf(submitted);
    }

    /** The submission times in the work files of {@code work} (none if it does not exist). */
    public static FindingDates read(Path work, String timeZone) throws IOException {
        Map<String, Long> out = new HashMap<>();
        if (Files.isDirectory(work)) {
            try (Stream<Path> files = Files.list(work)) {
                for (Path f : files.filter(p -> p.getFileName().toString().endsWith("." + SUBMITTED)).sorted()
                        .toList()) {
                    try (SpoolReader in = new SpoolReader(f)) {
                        for (String[] row = in.read(); row != null; row = in.read()) {
                            out.put(row[0], Long.valueOf(row[1]));
                        }
                    }
                }
            }
        }
        return new FindingDates(out, ZoneId.of(timeZone));
    }

    /** The day a finding is about, or null. */
    public LocalDate date(Finding f) {
        if (f.category() == Category.MISSING_APPLICATION_RESTORABLE
                || f.category() == Category.MISSING_APPLICATION_RECONSTRUCTABLE) {
            Long t = submitted.get(f.key());
            if (t != null && t >= 0) {
                return LocalDate.ofInstant(Instant.ofEpochSecond(t), zone);
            }
        }
        return evidenceDate(f.evidence());
    }

    /**
     * The first {@code \b\d{4}-\d{2}-\d{2}\b} in the text as a date (null if none, or if it is no real day). Scanned by
     * hand, since it runs once per finding; where a word boundary depends on a non-ASCII character the regular
     * expression decides, so the answer is always the expression's.
     */
    static LocalDate evidenceDate(String s) {
        int n = s.length();
        for (int i = s.indexOf('-'); i >= 0 && i + 6 <= n; i = s.indexOf('-', i + 1)) {
            int start = i - 4;
            if (start < 0 || !digits(s, start, 4) || !digits(s, i + 1, 2) || i + 3 >= n || s.charAt(i + 3) != '-'
                    || !digits(s, i + 4, 2)) {
                continue;
            }
            int end = i + 6;
            char before = start == 0 ? ' ' : s.charAt(start - 1);
            char after = end == n ? ' ' : s.charAt(end);
            if (before >= 0x80 || after >= 0x80) {
                return byExpression(s);
            }
            if (word(before) || word(after)) {
                continue;
            }
            return day(num(s, start, 4), num(s, i + 1, 2), num(s, i + 4, 2));
        }
        return null;
    }

    private static LocalDate byExpression(String s) {
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) {
            return null;
        }
        return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }

    private static LocalDate day(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static boolean digits(String s, int from, int count) {
        if (from + count > s.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int num(String s, int from, int count) {
        int v = 0;
        for (int i = from; i < from + count; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    private static boolean word(char c) {
        return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
    }
}
