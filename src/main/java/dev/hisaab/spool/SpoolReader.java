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
 * more than the strings it returns.
 */
public final class SpoolReader implements AutoCloseable {

    private final InputStream in;
    private final Path file;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private boolean eof;
    private String[] scratch = new String[32];
    private final StringBuilder unescaped = new StringBuilder(64);

    public SpoolReader(Path file) throws IOException {
        if (!Files.exists(file)) {
            throw new IOException("work file missing (its step did not complete): " + file);
        }
        this.file = file;
        this.in = Files.newInputStream(file);
    }

    /** The next record's fields, or {@code null} at the end. */
    public String[] read() throws IOException {
        int end = lineEnd();
        if (end < 0) {
            return null;
        }
        int count = 0;
        int i = pos;
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
            }
            scratch[count++] = escaped ? unescape(from, i) : text(from, i, bits);
            if (i >= end) {
                break;
            }
            i++;
        }
        pos = end + 1;
        return Arrays.copyOf(scratch, count);
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
            for (int i = scanned; i < limit; i++) {
                if (buf[i] == '\n') {
                    return i;
                }
            }
            scanned = limit;
            if (eof) {
                if (pos == limit) {
                    return -1;
                }
                // a last line without its line feed: make room for one so the split sees the same shape
                fill();
                buf[limit] = '\n';
                return limit++;
            }
            scanned -= pos;
            fill();
        }
    }

    /** Moves the unread bytes to the front, grows the buffer when one line fills it, and reads more. */
    private void fill() throws IOException {
        int kept = limit - pos;
        if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, kept);
            pos = 0;
            limit = kept;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        if (!eof) {
            int n = in.read(buf, limit, buf.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
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
