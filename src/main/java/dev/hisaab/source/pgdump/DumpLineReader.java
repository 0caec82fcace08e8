package dev.hisaab.source.pgdump;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Splits a byte stream into lines (LF or CRLF) without decoding them, so that lines nobody needs (other tables' COPY
 * data) cost one byte scan. A line is decoded as strict UTF-8 only on request; a line with invalid UTF-8 or a NUL
 * byte has no text, only a reason and a lenient rendering for reports.
 */
final class DumpLineReader implements Closeable {

    /** Stands for a bad byte in {@link #markedText()}: a noncharacter, not expected in real text. */
    static final char MARK = '\uFFFF';

    /** Reads eight bytes of the buffer as one long, to look for a line feed (or a NUL) in all of them at once. */
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long LOW_BITS = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;
    private static final long LINE_FEEDS = 0x0A0A0A0A0A0A0A0AL;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final CharsetDecoder marking = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(String.valueOf(DumpLineReader.MARK));
    private byte[] buf = new byte[1 << 16];
    private int limit;
    private int start;
    private int end;
    private int following;
    private boolean eof;
    private long number;
    private boolean ascii;
    private boolean nul;

    DumpLineReader(InputStream in) {
        this.in = in;
    }

    /** Advances to the next line; false at the end of the input. */
    boolean next() throws IOException {
        start = following;
        int i = start;
        int bits = 0;
        long wordBits = 0;
        boolean zero = false;
        while (true) {
            byte[] b = buf;
            int lim = limit;
            // eight bytes at a time up to the word that holds the line feed
            while (i + 8 <= lim) {
                long w = (long) LONGS.get(b, i);
                if (hasZeroByte(w ^ LINE_FEEDS)) {
                    break;
                }
                wordBits |= w;
                zero |= hasZeroByte(w);
                i += 8;
            }
            while (i < lim) {
                byte c = b[i];
                if (c == '\n') {
                    break;
                }
                bits |= c;
                if (c == 0) {
                    zero = true;
                }
                i++;
            }
            if (i < limit) {
                end = i;
                following = i + 1;
                break;
            }
            if (eof) {
                if (i == start) {
                    return false;
                }
                end = i;
                following = i;
                break;
            }
            fill(i);
            i -= start;
            start = 0;
        }
        if (end > start && buf[end - 1] == '\r') {
            end--;
        }
        number++;
        ascii = (bits & 0x80) == 0 && (wordBits & HIGH_BITS) == 0;
        nul = zero;
        return true;
    }

    /**
     * Advances past the lines of a COPY block nobody reads, up to and including its end marker {@code \.}; false if
     * the input ends first. Lines are only split and counted, not checked: the current line then has no text.
     */
    boolean skipCopyData() throws IOException {
        while (true) {
            start = following;
            int i = start;
            while (true) {
                byte[] b = buf;
                int lim = limit;
                while (i + 8 <= lim && !hasZeroByte((long) LONGS.get(b, i) ^ LINE_FEEDS)) {
                    i += 8;
                }
                while (i < lim && b[i] != '\n') {
                    i++;
                }
                if (i < lim) {
                    end = i;
                    following = i + 1;
                    break;
                }
                if (eof) {
                    if (i == start) {
                        return false;
                    }
                    end = i;
                    following = i;
                    break;
                }
                fill(i);
                i -= start;
                start = 0;
            }
            if (end > start && buf[end - 1] == '\r') {
                end--;
            }
            number++;
            ascii = false;
            nul = true;
            if (isCopyEnd()) {
                return true;
            }
        }
    }

    /**
     * Whether the current line, read as SQL from its start (outside any literal), can be passed over whole while a
     * statement is skipped: it holds no {@code ;} outside literals, every {@code ''} literal it opens it closes, and
     * nothing this byte scan does not follow (quoted identifiers, dollar quotes, block comments, literals with a
     * prefix such as {@code E''}, and backslashes in literals when they escape). A line comment or a backslash outside
     * literals (a meta-command) takes the rest of the line, as the lexer reads them. UTF-8 never encodes another
     * character with these ASCII bytes, so the line need not be decoded.
     */
    boolean isPlainSql(boolean standardStrings) {
        byte[] b = buf;
        boolean quoted = false;
        for (int i = start; i < end; i++) {
            byte c = b[i];
            if (quoted) {
                if (c == '\'') {
                    quoted = false;
                } else if (c == '\\' && !standardStrings) {
                    return false;
                }
                continue;
            }
            switch (c) {
                case '\'':
                    if (i > start && isWordByte(b[i - 1])) {
                        return false;
                    }
                    quoted = true;
                    break;
                case ';', '"', '$':
                    return false;
                case '-':
                    if (i + 1 < end && b[i + 1] == '-') {
                        return true;
                    }
                    break;
                case '/':
                    if (i + 1 < end && b[i + 1] == '*') {
                        return false;
                    }
                    break;
                case '\\':
                    return true;
                default:
                    break;
            }
        }
        return !quoted;
    }

    private static boolean isWordByte(byte c) {
        return c < 0 || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$';
    }

    /** Whether any of the eight bytes of {@code w} is zero (exact: no false positives for the word as a whole). */
    private static boolean hasZeroByte(long w) {
        return ((w - LOW_BITS) & ~w & HIGH_BITS) != 0;
    }

    /** Moves the current partial line to the front of the buffer (growing it if full) and reads more bytes. */
    private void fill(int scanned) throws IOException {
        int kept = limit - start;
        if (start > 0) {
            System.arraycopy(buf, start, buf, 0, kept);
            limit = kept;
        }
        if (limit == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    /** 1-based number of the current line. */
    long number() {
        return number;
    }

    /** Whether the current line is exactly the COPY end marker {@code \.}. */
    boolean isCopyEnd() {
        return end - start == 2 && buf[start] == '\\' && buf[start + 1] == '.';
    }

    /** Whether the current line is empty. */
    boolean isEmpty() {
        return end == start;
    }

    /** The current line as text, or {@code null} when it is not valid UTF-8 or holds a NUL byte (see {@link #problem()}). */
    String text() {
        if (nul) {
            return null;
        }
        if (ascii) {
            return new String(buf, start, end - start, StandardCharsets.ISO_8859_1);
        }
        try {
            return decoder.reset().decode(ByteBuffer.wrap(buf, start, end - start)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Why {@link #text()} returned null. */
    String problem() {
        return nul ? "NUL byte in line" : "invalid UTF-8 byte sequence in line";
    }

    /**
     * The current line with each bad byte sequence and NUL replaced by {@link #MARK}, so that a statement spanning
     * many values can tell which of them held the bad bytes.
     */
    String markedText() {
        try {
            return marking.reset().decode(ByteBuffer.wrap(buf, start, end - start)).toString().replace('\0', MARK);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The current line with bad bytes replaced, for showing in a report. */
    String lenientText() {
        return new String(buf, start, end - start, StandardCharsets.UTF_8).replace('\0', '\uFFFD');
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
