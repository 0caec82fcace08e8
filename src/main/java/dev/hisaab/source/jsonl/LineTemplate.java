package dev.hisaab.source.jsonl;

import dev.hisaab.record.ColumnValues;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The text between the values of a line that {@link PlainJsonLine} read (keys, braces, separators and spacing, exactly
 * as written), so that a later ASCII line with the same text around its values is read by comparing that text and
 * scanning the values alone. A line matches only when it is one that {@link PlainJsonLine} would read into the same
 * keys, in order, with the same values: the text compared holds every key and every structural character, and each
 * value is checked as {@link PlainJsonLine} checks it (a string without backslash or control character, a JSON number,
 * {@code true}, {@code false} or {@code null}); any other line is left to the reader's usual way.
 */
final class LineTemplate {

    /** Longer numbers are left to the usual way, as {@link PlainJsonLine} leaves them to Jackson. */
    private static final int MAX_NUMBER = 100;

    private final ColumnValues.Columns columns;
    /** {@code literals[k]} comes before value {@code k}; the last one ends the line. */
    private final byte[][] literals;

    private LineTemplate(ColumnValues.Columns columns, byte[][] literals) {
        this.columns = columns;
        this.literals = literals;
    }

    /**
     * The template of an all-ASCII {@code line} that {@code plain} has just read into {@code columns} (one column per
     * scalar member, in order).
     */
    static LineTemplate of(String line, PlainJsonLine plain, ColumnValues.Columns columns) {
        int n = plain.values();
        if (columns == null || columns.size() != n) {
            return null;
        }
        byte[] b = line.getBytes(StandardCharsets.ISO_8859_1);
        byte[][] literals = new byte[n + 1][];
        int at = 0;
        for (int k = 0; k < n; k++) {
            literals[k] = Arrays.copyOfRange(b, at, plain.valueStart(k));
            at = plain.valueEnd(k);
        }
        literals[n] = Arrays.copyOfRange(b, at, b.length);
        return new LineTemplate(columns, literals);
    }

    ColumnValues.Columns columns() {
        return columns;
    }

    /** The values of the ASCII line {@code b[from, to)}, or null when it does not match. */
    String[] read(byte[] b, int from, int to) {
        byte[][] lits = literals;
        int n = lits.length - 1;
        String[] values = new String[n];
        int i = from;
        for (int k = 0; k < n; k++) {
            byte[] lit = lits[k];
            int after = i + lit.length;
            if (after > to || !Arrays.equals(b, i, after, lit, 0, lit.length)) {
                return null;
            }
            i = after;
            if (i >= to) {
                return null;
            }
            byte c = b[i];
            int end;
            if (c == '"') {
                end = i + 1;
                while (true) {
                    if (end >= to) {
                        return null;
                    }
                    byte s = b[end];
                    if (s == '"') {
                        break;
                    }
                    if (s < 0x20 || s == '\\') {
                        return null;
                    }
                    end++;
                }
                values[k] = new String(b, i + 1, end - i - 1, StandardCharsets.ISO_8859_1);
                end++;
            } else if (c == 'n') {
                if (!word(b, i, to, "null")) {
                    return null;
                }
                end = i + 4;
            } else if (c == 't') {
                if (!word(b, i, to, "true")) {
                    return null;
                }
                values[k] = "true";
                end = i + 4;
            } else if (c == 'f') {
                if (!word(b, i, to, "false")) {
                    return null;
                }
                values[k] = "false";
                end = i + 5;
            } else {
                end = numberEnd(b, i, to);
                if (end < 0) {
                    return null;
                }
                values[k] = new String(b, i, end - i, StandardCharsets.ISO_8859_1);
            }
            i = end;
        }
        byte[] last = lits[n];
        return to - i == last.length && Arrays.equals(b, i, to, last, 0, last.length) ? values : null;
    }

    private static boolean word(byte[] b, int from, int to, String word) {
        int n = word.length();
        if (from + n > to) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (b[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The end of a number as JSON writes it ({@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}), or -1. */
    private static int numberEnd(byte[] b, int from, int to) {
        int i = from;
        if (i < to && b[i] == '-') {
            i++;
        }
        if (i >= to || !isDigit(b[i])) {
            return -1;
        }
        if (b[i] == '0') {
            i++;
        } else {
            i = digitsEnd(b, i, to);
        }
        if (i < to && b[i] == '.') {
            int fraction = i + 1;
            i = digitsEnd(b, fraction, to);
            if (i == fraction) {
                return -1;
            }
        }
        if (i < to && (b[i] == 'e' || b[i] == 'E')) {
            i++;
            if (i < to && (b[i] == '+' || b[i] == '-')) {
                i++;
            }
            int exponent = i;
            i = digitsEnd(b, exponent, to);
            if (i == exponent) {
                return -1;
            }
        }
        return i - from > MAX_NUMBER ? -1 : i;
    }

    private static int digitsEnd(byte[] b, int from, int to) {
        int i = from;
        while (i < to && isDigit(b[i])) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(byte c) {
        return c >= '0' && c <= '9';
    }
}
