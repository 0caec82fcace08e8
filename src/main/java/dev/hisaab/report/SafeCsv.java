package dev.hisaab.report;

import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A CSV file meant for people, who open it in a spreadsheet: a text value starting with {@code = + - @}, tab or
 * carriage return gets a leading apostrophe so no spreadsheet evaluates it as a formula. Written to a part file and
 * renamed on {@link #commit()}.
 *
 * <p>Written as Commons CSV's {@code RFC4180} format with {@code \n} records writes it (a test compares the two on
 * random text), but straight into a byte buffer as UTF-8: findings.csv of a large run is a couple of hundred megabytes,
 * and a printer per value and a character encoder cost more than the rest of writing it. A value is quoted when it is
 * empty and first in its record, starts with a character up to {@code #}, holds a comma, quote or line break, or ends
 * with a character up to a space; quotes inside are doubled. An unpaired surrogate fails, as the encoder would.
 */
public final class SafeCsv implements AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Path target;
    private final Path part;
    private final FileOutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int position;
    private boolean committed;
    private boolean closed;

    public SafeCsv(Path target, String... header) throws IOException {
        this.target = target;
        this.part = target.resolveSibling(target.getFileName() + ".part");
        this.out = new FileOutputStream(part.toFile());
        try {
            record(header);
        } catch (IOException | RuntimeException e) {
            out.close();
            Files.deleteIfExists(part);
            throw e;
        }
    }

    /**
     * Prints one row; {@code null} is an empty cell. Every value is neutralised (see {@link #neutralise}), and a NUL
     * character (which a malformed input line may hold) is shown as U+FFFD, since many tools stop reading a text file
     * at a NUL byte.
     */
    public void row(String... values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (i > 0) {
                put((byte) ',');
            }
            value(neutralise(v == null || v.indexOf('\0') < 0 ? v : v.replace('\0', '\uFFFD')), i == 0);
        }
        put((byte) '\n');
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

    private void record(String[] values) throws IOException {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                put((byte) ',');
            }
            value(values[i], i == 0);
        }
        put((byte) '\n');
    }

    /** One value, quoted as Commons CSV's minimal quoting would. */
    private void value(String v, boolean first) throws IOException {
        if (v == null) {
            return; // a null is printed as nothing, never quoted
        }
        int length = v.length();
        if (length == 0) {
            if (first) {
                put((byte) '"');
                put((byte) '"'); // an empty first value is quoted, so an empty record is not an empty line
            }
            return;
        }
        if (!needsQuotes(v, length)) {
            text(v, 0, length);
            return;
        }
        put((byte) '"');
        int from = 0;
        for (int i = v.indexOf('"'); i >= 0; i = v.indexOf('"', i + 1)) {
            text(v, from, i + 1);
            from = i; // the quote again: doubled
        }
        text(v, from, length);
        put((byte) '"');
    }

    private static boolean needsQuotes(String v, int length) {
        if (v.charAt(0) <= '#') {
            return true;
        }
        for (int i = 0; i < length; i++) {
            char c = v.charAt(i);
            if (c == '\n' || c == '\r' || c == '"' || c == ',') {
                return true;
            }
        }
        return v.charAt(length - 1) <= ' ';
    }

    /** Chars {@code from} to {@code to} of {@code v} as UTF-8. */
    private void text(String v, int from, int to) throws IOException {
        byte[] b = buffer;
        int p = position;
        for (int i = from; i < to; i++) {
            if (p > BUFFER - 4) {
                position = p;
                drain();
                p = 0;
            }
            char c = v.charAt(i);
            if (c < 0x80) {
                b[p++] = (byte) c;
            } else if (c < 0x800) {
                b[p++] = (byte) (0xC0 | c >> 6);
                b[p++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                if (!Character.isHighSurrogate(c) || i + 1 >= to || !Character.isLowSurrogate(v.charAt(i + 1))) {
                    position = p;
                    throw new MalformedInputException(1);
                }
                int cp = Character.toCodePoint(c, v.charAt(++i));
                b[p++] = (byte) (0xF0 | cp >> 18);
                b[p++] = (byte) (0x80 | cp >> 12 & 0x3F);
                b[p++] = (byte) (0x80 | cp >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | cp & 0x3F);
            } else {
                b[p++] = (byte) (0xE0 | c >> 12);
                b[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                b[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        position = p;
    }

    private void put(byte b) throws IOException {
        if (position == BUFFER) {
            drain();
        }
        buffer[position++] = b;
    }

    private void drain() throws IOException {
        out.write(buffer, 0, position);
        position = 0;
    }

    public void commit() throws IOException {
        drain();
        out.close();
        closed = true;
        Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            if (!closed) {
                closed = true;
                out.close();
            }
            Files.deleteIfExists(part);
        }
    }
}
