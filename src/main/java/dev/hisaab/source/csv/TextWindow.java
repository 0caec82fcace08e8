package dev.hisaab.source.csv;

import java.io.IOException;
import java.io.Reader;

/**
 * A reader that keeps the characters it has handed out since the last {@link #discardBefore(long) discard}, so the
 * CSV reader can cut a record's original text out by the character positions Commons CSV reports, and counts line
 * breaks ({@code \n}, {@code \r\n} or a lone {@code \r}) to turn positions into physical line numbers. Positions are
 * absolute character offsets from the start of the decoded input. Only the current record and the parser's read-ahead
 * are held, so memory stays bounded by the longest record.
 */
final class TextWindow extends Reader {

    private static final int DISCARD_THRESHOLD = 1 << 16;

    private static final int CHUNK = 8192;

    private final Reader in;
    /** The characters held, from absolute position {@link #start} on: {@code buf[0, held)}. */
    private char[] buf = new char[1 << 17];
    private int held;
    private long start;
    private long delivered;
    private boolean eof;
    private long countedTo;
    private long lineBreaks;

    TextWindow(Reader in) {
        this.in = in;
    }

    @Override
    public int read(char[] buffer, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (delivered == end() && !fill()) {
            return -1;
        }
        int n = (int) Math.min(len, end() - delivered);
        System.arraycopy(buf, (int) (delivered - start), buffer, off, n);
        delivered += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Absolute position after the last character read from the underlying reader. */
    long end() {
        return start + held;
    }

    /** Absolute position of the next character the consumer will get. */
    long delivered() {
        return delivered;
    }

    /** Drops a leading byte order mark, which a decoder passes on as U+FEFF, before anyone reads. */
    void skipByteOrderMark() throws IOException {
        if (has(0) && buf[0] == '\uFEFF') {
            delivered = 1;
            countedTo = 1;
        }
    }

    /** Hides the next {@code count} physical lines from the consumer (banner lines before a header). */
    void skipLines(int count) throws IOException {
        long pos = delivered;
        for (int skipped = 0; skipped < count && has(pos); pos++) {
            if (isLineBreakEnd(pos)) {
                skipped++;
            }
        }
        delivered = pos;
    }

    /** The first position at or after {@code pos} that is not a line break character. */
    long skipLineBreaks(long pos) throws IOException {
        while (has(pos) && (charAt(pos) == '\n' || charAt(pos) == '\r')) {
            pos++;
        }
        return pos;
    }

    /** The 1-based physical line of a position; positions must be asked for in increasing order. */
    long lineOf(long pos) throws IOException {
        while (countedTo < pos) {
            // plain characters and \n straight from the array; a \r (which may need the next character) the careful way
            char[] b = buf;
            int i = (int) (countedTo - start);
            int stop = (int) (Math.min(pos, end()) - start);
            long breaks = lineBreaks;
            while (i < stop) {
                char c = b[i];
                if (c == '\r') {
                    break;
                }
                if (c == '\n') {
                    breaks++;
                }
                i++;
            }
            lineBreaks = breaks;
            countedTo = start + i;
            if (countedTo < pos) {
                if (isLineBreakEnd(countedTo)) {
                    lineBreaks++;
                }
                countedTo++;
            }
        }
        return lineBreaks + 1;
    }

    /**
     * Moves line counting on to {@code pos} without looking, told that {@code lineBreaks} line breaks come before it:
     * the caller knows what counting the characters would find (a record's text without line breaks, from the CSV
     * parser's own count or checked faster as a string than char by char here). Ignored when counting is already past
     * {@code pos}.
     */
    void countedTo(long pos, long lineBreaks) {
        if (countedTo < pos) {
            countedTo = pos;
            this.lineBreaks = lineBreaks;
        }
    }

    /** The position just after the {@code number}-th line break of the input (or the end, if there are fewer). */
    long afterLineBreak(long number) throws IOException {
        while (lineBreaks < number && has(countedTo)) {
            if (isLineBreakEnd(countedTo)) {
                lineBreaks++;
            }
            countedTo++;
        }
        return countedTo;
    }

    /** The text between two absolute positions, both still held. */
    String substring(long from, long to) {
        return new String(buf, (int) (from - start), (int) (to - from));
    }

    /** The text between two held positions without the line break characters at its end. */
    String substringWithoutTrailingLineBreaks(long from, long to) {
        int f = (int) (from - start);
        int t = (int) (to - start);
        while (t > f && (buf[t - 1] == '\n' || buf[t - 1] == '\r')) {
            t--;
        }
        return new String(buf, f, t - f);
    }

    /** Forgets text before {@code pos} (never past what has been counted or delivered). */
    void discardBefore(long pos) {
        long limit = Math.min(pos, Math.min(countedTo, delivered));
        if (limit - start >= DISCARD_THRESHOLD) {
            int n = (int) (limit - start);
            System.arraycopy(buf, n, buf, 0, held - n);
            held -= n;
            start = limit;
        }
    }

    private char charAt(long pos) {
        return buf[(int) (pos - start)];
    }

    /** Whether the character at {@code pos} ends a line: {@code \n}, or {@code \r} not followed by {@code \n}. */
    private boolean isLineBreakEnd(long pos) throws IOException {
        char c = charAt(pos);
        return c == '\n' || c == '\r' && !(has(pos + 1) && charAt(pos + 1) == '\n');
    }

    /** Whether a character exists at {@code pos}, reading more input if needed. */
    private boolean has(long pos) throws IOException {
        while (pos >= end()) {
            if (!fill()) {
                return false;
            }
        }
        return true;
    }

    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        if (buf.length - held < CHUNK) {
            buf = java.util.Arrays.copyOf(buf, buf.length * 2);
        }
        int n = in.read(buf, held, Math.min(buf.length - held, 4 * CHUNK));
        if (n < 0) {
            eof = true;
            return false;
        }
        held += n;
        return true;
    }
}
