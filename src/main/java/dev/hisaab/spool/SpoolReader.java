package dev.hisaab.spool;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads back what a {@link SpoolWriter} wrote; a missing file means the step that writes it never completed.
 *
 * <p>Lines are split straight from the bytes: a field without a backslash becomes one string without any copy in
 * between (ASCII fields are built as Latin-1, the cheapest form of a Java string), so reading a work file costs little
 * more than the strings it returns. A short field equal to the same field of the line before is returned as that
 * line's string, so the values that repeat down a file (source ids, file names, statuses, column names) are held once
 * however many records keep them.
 */
public final class SpoolReader implements AutoCloseable {

    private final InputStream in;
    private final Path file;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int filled;
    private boolean eof;
    private String[] scratch = new String[32];
    private String[] previous = new String[32];
    private final StringBuilder unescaped = new StringBuilder(64);
    /** Where the fields that {@link #read(int)} left unsplit begin and end, or -1 when it split them all. */
    private int restFrom = -1;
    private int restTo;

    public SpoolReader(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("work file missing (its step did not complete): " + file);
        }
        this.file = file;
        this.in = Files.newInputStream(file);
    }

    /** The next record's fields, or {@code null} at the end. */
    public String[] read() throws IOException {
        return read(Integer.MAX_VALUE);
    }

    /** The first {@code limit} fields (or all, if fewer) of the next record, or {@code null} at the end. */
    public String[] read(int limit) throws IOException {
        int end = lineEnd();
        if (end < 0) {
            return null;
        }
        int count = split(pos, end, limit, true);
        pos = end + 1;
        return Arrays.copyOf(scratch, count);
    }

    /**
     * The fields of the record last read that {@link #read(int)} did not return (empty if it returned them all), for a
     * caller that needs the rest of a record only once its first fields tell it so. Valid until the next read.
     */
    public String[] rest() {
        if (restFrom < 0) {
            return new String[0];
        }
        return Arrays.copyOf(scratch, split(restFrom, restTo, Integer.MAX_VALUE, false));
    }

    /**
     * Splits the bytes from {@code start} to {@code end} (a line feed or the end of the rest) into {@link #scratch},
     * at most {@code limit} fields, noting where the unsplit rest is; returns the number of fields.
     */
    private int split(int start, int end, int limit, boolean dedupe) {
        int count = 0;
        int i = start;
        restFrom = -1;
        while (true) {
            int from = i;
            int bits = 0;
            boolean escaped = false;
            byte c = 0;
            while (i < end && (c = buf[i]) != '\t') {
                bits |= c;
                if (c == '\\') {
                    escaped = true;
                    i++;
                }
                i++;
            }
            if (i > end) {
                i = end;
            }
            if (count == scratch.length) {
                scratch = Arrays.copyOf(scratch, count * 2);
                previous = Arrays.copyOf(previous, count * 2);
            }
            scratch[count] = escaped ? unescape(from, i) : dedupe ? repeated(count, from, i, bits) : text(from, i, bits);
            count++;
            if (i >= end) {
                return count;
            }
            if (count == limit) {
                restFrom = i + 1;
                restTo = end;
                return count;
            }
            i++;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Index of the next line feed, reading more input as needed; the last line may lack one. -1 at the end. */
    private int lineEnd() throws IOException {
        int scanned = pos;
        while (true) {
            for (int i = scanned; i < filled; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            scanned = filled;
            if (eof) {
                if (pos == filled) {
                    return -1;
                }
                // a last line without its line feed: make room for one so the split sees the same shape
                fill();
                buf[filled] = '\n';
                return filled++;
            }
            scanned -= pos;
            fill();
        }
    }

    /** Moves the unread bytes to the front, grows the buffer when one line fills it, and reads more. */
    private void fill() throws IOException {
        int kept = filled - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
            pos = 0;
            filled = kept;
        }
        if (filled == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (!eof) {
            int n = in.read(buf, filled, buf.length - filled);
            if (n < 0) {
                eof = true;
            } else {
                filled += n;
            }
        }
    }

    /** The field as text, reusing the previous line's string at this position when the bytes are the same. */
    private String repeated(int position, int from, int to, int bits) {
        String before = previous[position];
        int length = to - from;
        if ((bits & 0x80) != 0 || length > 32) {
            return text(from, to, bits);
        }
        if (before != null && before.length() == length) {
            int i = 0;
            while (i < length && before.charAt(i) == buf[from + i]) {
                i++;
            }
            if (i == length) {
                return before;
            }
        }
        String value = text(from, to, bits);
        previous[position] = value;
        return value;
    }

    private String text(int from, int to, int bits) {
        return (bits & 0x80) == 0 ? new String(buf, from, to - from, StandardCharsets.ISO_8859_1)
                : new String(buf, from, to - from, StandardCharsets.UTF_8);
    }

    /** A field with escapes: {@code \N} alone is null; {@code \t \n \r} and a backslash before anything else. */
    private String unescape(int from, int to) {
        if (to - from == 2 && buf[from + 1] == 'N') {
            return null;
        }
        // decode first, then unescape: every escape is ASCII, so it survives decoding unchanged
        String raw = new String(buf, from, to - from, StandardCharsets.UTF_8);
        StringBuilder sb = unescaped;
        sb.setLength(0);
        boolean isNull = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'N' -> isNull = true;
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return isNull ? null : sb.toString();
    }
}
