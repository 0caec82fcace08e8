package dev.hisaab.report;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A CSV file meant for people, who open it in a spreadsheet: a text value starting with {@code = + - @}, tab or
 * carriage return gets a leading apostrophe so no spreadsheet evaluates it as a formula. Written to a part file and
 * renamed on {@link #commit()}.
 *
 * <p>RFC 4180 with line feeds, quoted as Commons CSV's {@code RFC4180} format quotes (its minimal quote mode), which
 * wrote these files before: a value is quoted when it starts with a character up to {@code #}, holds a comma, quote,
 * CR or LF, or ends with a character up to space, and an empty first value is quoted so that the line is not empty;
 * quotes inside are doubled. Each row is built whole and written with one call (findings.csv has a line per finding).
 * Text that is not valid UTF-16 (an unpaired surrogate) fails the write.
 */
public final class SafeCsv implements AutoCloseable {

    private final Path target;
    private final Path part;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private boolean committed;

    public SafeCsv(Path target, String... header) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.out = Files.newBufferedWriter(part, StandardCharsets.UTF_8);
        record(header);
    }

    /**
     * Prints one row; {@code null} is an empty cell. Every value is neutralised (see {@link #neutralise}), and a NUL
     * character (which a malformed input line may hold) is shown as U+FFFD, since many tools stop reading a text file
     * at a NUL byte.
     */
    public void row(String... values) throws IOException {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            out[i] = neutralise(v == null || v.indexOf('\0') < 0 ? v : v.replace('\0', '\uFFFD'));
        }
        record(out);
    }

    private void record(String[] values) throws IOException {
        StringBuilder b = line;
        b.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(',');
            }
            appendValue(b, values[i], i == 0);
        }
        b.append('\n');
        out.append(b);
    }

    /** One value as Commons CSV's minimal quote mode prints it; null prints nothing, never quotes. */
    static void appendValue(StringBuilder b, String v, boolean first) {
        if (v == null) {
            return;
        }
        int n = v.length();
        if (n == 0) {
            if (first) {
                b.append("\"\"");
            }
            return;
        }
        if (!needsQuotes(v, n)) {
            b.append(v);
            return;
        }
        b.append('"');
        int from = 0;
        for (int i = v.indexOf('"'); i >= 0; i = v.indexOf('"', i + 1)) {
            b.append(v, from, i + 1).append('"');
            from = i + 1;
        }
        b.append(v, from, n).append('"');
    }

    private static boolean needsQuotes(String v, int n) {
        if (v.charAt(0) <= '#' || v.charAt(n - 1) <= ' ') {
            return true;
        }
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }

    /** Prefixes an apostrophe to values a spreadsheet would take for a formula. */
    public static String neutralise(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        char c = v.charAt(0);
        if (c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r') {
            return "'" + v;
        }
        return v;
    }

    public void commit() throws IOException {
        out.close();
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(part);
            }
        }
    }
}
