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

    private final Reader in;
    private final StringBuilder text = new StringBuilder(1 << 17);
    private final char[] chunk = new char[8192];
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
        int from = (int) (delivered - start);
        text.getChars(from, from + n, buffer, off);
        delivered += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** Absolute position after the last character read from the underlying reader. */
    long end() {
        return start + text.length();
    }

    /** Absolute position of the next character the consumer will get. */
    long delivered() {
        return delivered;
    }

    /** Drops a leading byte order mark, which a decoder passes on as U+FEFF, before anyone reads. */
    void skipByteOrderMark() throws IOException {
        if (has(0) && text.charAt(0) == '\uFEFF') {
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
            if (isLineBreakEnd(countedTo)) {
                lineBreaks++;
            }
            countedTo++;
        }
        return lineBreaks + 1;
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
        return text.substring((int) (from - start), (int) (to - start));
    }

    /** Forgets text before {@code pos} (never past what has been counted or delivered). */
    void discardBefore(long pos) {
        long limit = Math.min(pos, Math.min(countedTo, delivered));
        if (limit - start >= DISCARD_THRESHOLD) {
            text.delete(0, (int) (limit - start));
            start = limit;
        }
    }

    private char charAt(long pos) {
        return text.charAt((int) (pos - start));
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
        int n = in.read(chunk);
        if (n < 0) {
            eof = true;
            return false;
        }
        text.append(chunk, 0, n);
        return true;
    }
}
