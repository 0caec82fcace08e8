package dev.hisaab.spool;

import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads back what a {@link SpoolWriter} wrote; a missing file means the step that writes it never completed.
 *
 * <p>A record is found by its line feed ({@link #next()}) and split straight from the bytes into field bounds only as
 * far as its fields are read (a reader that needs the first few of twenty splits only those); a field becomes a
 * string only when asked for ({@link SpoolFields#text}), a number is read from the bytes ({@link SpoolFields#number}), and a backslash
 * is unescaped only in a field that has one. ASCII fields are built as Latin-1, the cheapest form of a Java string. A
 * short field equal to the same field of the line before is returned as that line's string, so the values that repeat
 * down a file (statuses, column names) are held once however many records keep them; a position whose values keep
 * changing (ids, amounts) is not compared for a while, as comparing would only cost.
 *
 * <p>A line starting with {@code \=} is not a record: its fields are the leading fields of the records after it
 * ({@link SpoolWriter#shareLeading}), which this reader puts before each such record's own, as fields 0, 1, ….
 */
public final class SpoolReader implements AutoCloseable {

    /** Consecutive misses after which a field position is taken to hold distinct values. */
    private static final int MISSES_BEFORE_PAUSE = 8;
    /** Lines after which every position is compared again (values may start repeating). */
    private static final int RETRY_MASK = 1023;

    private final InputStream in;
    private final Path file;
    private final Line line = new Line();
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int filled;
    private boolean eof;
    private long lines;
    /** Fields of the current line split so far ({@link #splitField}). */
    private int count;
    /** Where the current line's next field to split starts, or -1 when all are split. */
    private int nextField = -1;
    /** The index of the current line's line feed. */
    private int lineFeed;
    private int[] starts = new int[32];
    private int[] ends = new int[32];
    private byte[] kinds = new byte[32];
    private String[] previous = new String[32];
    private int[] misses = new int[32];
    private final StringBuilder unescaped = new StringBuilder(64);
    /** {@link #unescapeAscii}'s scratch, grown to the longest such field. */
    private byte[] unescapedBytes = new byte[64];
    /** The first field that {@link #read(int)} did not return, or -1 when it returned them all. */
    private int restFrom = -1;
    /** The leading fields the last {@code \=} line gave, shared by every record after it ({@link SpoolWriter}). */
    private String[] lead = new String[0];

    private static final VarHandle LITTLE_ENDIAN_LONGS =
        MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long TABS = LOW_BITS * '\t';
    private static final long LINE_FEEDS = LOW_BITS * '\n';
    private static final long BACKSLASHES = LOW_BITS * '\\';

    private static final byte ESCAPED = 1;
    private static final byte NOT_ASCII = 2;

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
        if (next() == null) {
            return null;
        }
        int fields = line.count();
        int n = Math.min(limit, fields);
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = line.text(i);
        }
        restFrom = n < fields ? n : -1;
        return out;
    }

    /**
     * The next record as a view of its fields (valid until the next read), or {@code null} at the end: for a caller
     * that turns fields into its own types, with no array of strings in between. Its fields are split only as far as
     * the caller reads them.
     */
    public SpoolFields next() throws IOException {
        while (true) {
            int end = lineEnd();
            if (end < 0) {
                return null;
            }
            int start = pos;
            lineFeed = end;
            nextField = start;
            count = 0;
            pos = end + 1;
            restFrom = -1;
            if ((++lines & RETRY_MASK) == 0) {
                Arrays.fill(misses, 0);
            }
            if (buf[start] != SpoolWriter.LEAD_MARK_1 || start + 1 >= end || buf[start + 1] != SpoolWriter.LEAD_MARK_2) {
                return line;
            }
            readLead();
        }
    }

    /** The fields of a {@code \=} line (after its mark): the leading fields of the records that follow. */
    private void readLead() {
        splitTo(Integer.MAX_VALUE);
        String[] fields = new String[count - 1];
        for (int i = 1; i < count; i++) {
            fields[i - 1] = own(i);
        }
        lead = fields;
    }

    /**
     * The fields of the record last read that {@link #read(int)} did not return (empty if it returned them all), for a
     * caller that needs the rest of a record only once its first fields tell it so. Valid until the next read.
     */
    public String[] rest() {
        return restFrom < 0 ? new String[0] : line.texts(restFrom);
    }

    /**
     * The index of the line feed that ends the line at {@link #pos} (a backslash never escapes one), reading more
     * input as needed; -1 at the end. The last line may lack one: it is given one.
     */
    private int lineEnd() throws IOException {
        int from = pos;
        while (true) {
            int end = lineFeed(from, filled);
            if (end >= 0) {
                return end;
            }
            int searched = filled - pos;
            if (eof) {
                if (pos == filled) {
                    return -1;
                }
                fill();
                buf[filled] = '\n';
                filled++;
            } else {
                fill();
            }
            from = pos + searched;
        }
    }

    /** The index of the first line feed from {@code from} to before {@code limit}, or -1; eight bytes at a time. */
    private int lineFeed(int from, int limit) {
        byte[] b = buf;
        int i = from;
        for (; i <= limit - Long.BYTES; i += Long.BYTES) {
            long feeds = zeroBytes((long) LITTLE_ENDIAN_LONGS.get(b, i) ^ LINE_FEEDS);
            if (feeds != 0) {
                return i + (Long.numberOfTrailingZeros(feeds) >>> 3);
            }
        }
        for (; i < limit; i++) {
            if (b[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Splits fields of the current line until field {@code i} is split; false when the line has fewer fields. */
    private boolean splitTo(int i) {
        while (count <= i) {
            if (nextField < 0) {
                return false;
            }
            splitField();
        }
        return true;
    }

    /**
     * Notes the bounds of the field at {@link #nextField}, up to a tab or the line's line feed. A backslash escapes the
     * byte after it (a tab there does not end the field), but never the line feed. Runs of other bytes are skipped
     * eight at a time: the line feed at {@link #lineFeed} stops every scan, so the words may run past the line's end.
     */
    private void splitField() {
        byte[] b = buf;
        int wordLimit = b.length - Long.BYTES;
        int i = nextField;
        int from = i;
        int bits = 0;
        long highs = 0;
        byte kind = 0;
        while (true) {
            if (i <= wordLimit) {
                // eight bytes at a time up to the first tab, line feed or backslash (see stops)
                long word = (long) LITTLE_ENDIAN_LONGS.get(b, i);
                long stops = stops(word);
                if (stops == 0) {
                    highs |= word;
                    i += Long.BYTES;
                    continue;
                }
                int before = Long.numberOfTrailingZeros(stops) >>> 3;
                highs |= word & ~(-1L << (before << 3)); // the bytes before it: only their high bits matter
                i += before;
            }
            byte c = b[i];
            if (c == '\t' || c == '\n') {
                break;
            }
            bits |= c;
            if (c == '\\') {
                kind = ESCAPED;
                if (b[i + 1] == '\n') {
                    i++;
                    break;
                }
                i++;
            }
            i++;
        }
        if (count == starts.length) {
            grow();
        }
        starts[count] = from;
        ends[count] = i;
        boolean notAscii = (bits & 0x80) != 0 || (highs & HIGH_BITS) != 0;
        kinds[count] = notAscii ? (byte) (kind | NOT_ASCII) : kind;
        count++;
        nextField = i >= lineFeed ? -1 : i + 1;
    }

    /**
     * The high bit of each byte of {@code word} (little-endian) that is a tab, a line feed or a backslash, and perhaps
     * of bytes after such a byte: zero when there is none, and the lowest set bit marks the first.
     */
    private static long stops(long word) {
        return zeroBytes(word ^ TABS) | zeroBytes(word ^ LINE_FEEDS) | zeroBytes(word ^ BACKSLASHES);
    }

    /** The classic test for a zero byte: exact for the lowest one, which is all {@link #stops} needs. */
    private static long zeroBytes(long x) {
        return (x - LOW_BITS) & ~x & HIGH_BITS;
    }

    private void grow() {
        int n = starts.length * 2;
        starts = Arrays.copyOf(starts, n);
        ends = Arrays.copyOf(ends, n);
        kinds = Arrays.copyOf(kinds, n);
        previous = Arrays.copyOf(previous, n);
        misses = Arrays.copyOf(misses, n);
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        in.close();
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

    /** The view of the current record's fields. */
    private final class Line implements SpoolFields {

        @Override
        public int count() {
            splitTo(Integer.MAX_VALUE);
            return lead.length + count;
        }

        @Override
        public String text(int i) {
            String[] shared = lead;
            return i < shared.length ? shared[i] : own(i - shared.length);
        }

        @Override
        public long number(int i) {
            String[] shared = lead;
            return i < shared.length ? Long.parseLong(shared[i]) : ownNumber(i - shared.length);
        }
    }

    /** Field {@code i} of the line itself (the shared leading fields not counted). */
    private String own(int i) {
        if (i >= count && !splitTo(i)) {
            throw outOfRange(i);
        }
        byte kind = kinds[i];
        if (kind == ESCAPED) {
            return unescapeAscii(starts[i], ends[i]);
        }
        if ((kind & ESCAPED) != 0) {
            return unescape(starts[i], ends[i]);
        }
        if ((kind & NOT_ASCII) != 0) {
            return new String(buf, starts[i], ends[i] - starts[i], StandardCharsets.UTF_8);
        }
        return repeated(i, starts[i], ends[i]);
    }

    /** {@link #own} as a number, read straight from the bytes when they are plain digits. */
    private long ownNumber(int i) {
        if (i >= count && !splitTo(i)) {
            throw outOfRange(i);
        }
        int from = starts[i];
        int to = ends[i];
        if (kinds[i] != 0 || to - from > 18 || to == from) {
            return Long.parseLong(own(i));
        }
        boolean negative = buf[from] == '-';
        int at = negative ? from + 1 : from;
        if (at == to) {
            return Long.parseLong(own(i));
        }
        long v = 0;
        for (; at < to; at++) {
            int d = buf[at] - '0';
            if (d < 0 || d > 9) {
                return Long.parseLong(own(i));
            }
            v = v * 10 + d;
        }
        return negative ? -v : v;
    }

    private ArrayIndexOutOfBoundsException outOfRange(int own) {
        return new ArrayIndexOutOfBoundsException("field " + (lead.length + own) + " of a record of "
                + (lead.length + count));
    }

    /** An ASCII field as text, reusing the previous line's string at this position when the bytes are the same. */
    private String repeated(int position, int from, int to) {
        int length = to - from;
        if (length > 32 || misses[position] >= MISSES_BEFORE_PAUSE) {
            return new String(buf, from, length, StandardCharsets.ISO_8859_1);
        }
        String before = previous[position];
        if (before != null && before.length() == length) {
            int i = 0;
            while (i < length && before.charAt(i) == buf[from + i]) {
                i++;
            }
            if (i == length) {
                misses[position] = 0;
                return before;
            }
        }
        misses[position]++;
        String value = new String(buf, from, length, StandardCharsets.ISO_8859_1);
        previous[position] = value;
        return value;
    }

    /**
     * {@link #unescape} of a field split as ASCII, byte by byte, with no string or builder in between; a byte after
     * a backslash, which splitting passes over, may still be one that is not ASCII.
     */
    private String unescapeAscii(int from, int to) {
        if (to - from == 2 && buf[from + 1] == 'N') {
            return null;
        }
        byte[] out = unescapedBytes.length >= to - from ? unescapedBytes : (unescapedBytes = new byte[to - from]);
        int n = 0;
        boolean isNull = false;
        for (int i = from; i < to; i++) {
            byte c = buf[i];
            if (c == '\\' && i + 1 < to) {
                byte e = buf[++i];
                if (e < 0) {
                    return unescape(from, to); // not ASCII after all
                }
                switch (e) {
                    case 't' -> out[n++] = '\t';
                    case 'n' -> out[n++] = '\n';
                    case 'r' -> out[n++] = '\r';
                    case 'N' -> isNull = true;
                    default -> out[n++] = e;
                }
            } else {
                out[n++] = c;
            }
        }
        return isNull ? null : new String(out, 0, n, StandardCharsets.ISO_8859_1);
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
