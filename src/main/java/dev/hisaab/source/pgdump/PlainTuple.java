package dev.hisaab.source.pgdump;

import java.util.List;

/**
 * Reads an INSERT tuple written on one line the way {@code pg_dump --inserts} writes it: string literals with
 * {@code ''} for a quote, plain numbers, {@code true}, {@code false}, {@code NULL} and {@code DEFAULT}, separated by
 * commas. It declines anything else (casts, escapes, comments, a literal running onto the next line, an empty tuple),
 * and the tuple is then read token by token by {@link InsertTupleParser}, which also words every problem. For a tuple
 * it reads, the values are exactly those the token-by-token reading gives.
 */
final class PlainTuple {

    private PlainTuple() {
    }

    /**
     * Reads the values after the {@code (} that ends just before {@code from} into {@code values}; the index just
     * after the closing {@code )}, or -1 to decline (then {@code values} may hold some values: clear it).
     */
    static int read(String line, int from, List<String> values) {
        int n = line.length();
        int i = skipSpace(line, from);
        while (true) {
            if (i >= n) {
                return -1;
            }
            char c = line.charAt(i);
            int end;
            if (c == '\'') {
                end = string(line, i + 1, values);
            } else if (c >= '0' && c <= '9') {
                end = number(line, i);
                if (end > 0) {
                    values.add(line.substring(i, end));
                }
            } else if ((c == '-' || c == '+') && i + 1 < n && line.charAt(i + 1) >= '0' && line.charAt(i + 1) <= '9') {
                end = number(line, i + 1);
                if (end > 0) {
                    values.add(line.substring(c == '-' ? i : i + 1, end));
                }
            } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                end = word(line, i, values);
            } else {
                return -1;
            }
            if (end < 0) {
                return -1;
            }
            i = skipSpace(line, end);
            if (i >= n) {
                return -1;
            }
            c = line.charAt(i);
            if (c == ')') {
                return i + 1;
            }
            if (c != ',') {
                return -1;
            }
            i = skipSpace(line, i + 1);
        }
    }

    /** A '' literal from just after its opening quote; the index after its closing quote, or -1. */
    private static int string(String line, int from, List<String> values) {
        int n = line.length();
        int quote = line.indexOf('\'', from);
        if (quote < 0) {
            return -1;
        }
        if (quote + 1 >= n || line.charAt(quote + 1) != '\'') {
            values.add(line.substring(from, quote));
            return quote + 1;
        }
        StringBuilder text = new StringBuilder(quote - from + 16);
        int i = from;
        while (true) {
            text.append(line, i, quote);
            if (quote + 1 < n && line.charAt(quote + 1) == '\'') {
                text.append('\'');
                i = quote + 2;
                quote = line.indexOf('\'', i);
                if (quote < 0) {
                    return -1;
                }
            } else {
                values.add(text.toString());
                return quote + 1;
            }
        }
    }

    /** Digits with at most one decimal point between digits; -1 when something the lexer would join follows. */
    private static int number(String line, int from) {
        int n = line.length();
        int i = digitsEnd(line, from);
        if (i < n && line.charAt(i) == '.') {
            int fraction = digitsEnd(line, i + 1);
            if (fraction == i + 1) {
                return -1;
            }
            i = fraction;
        }
        if (i < n) {
            char c = line.charAt(i);
            if (c == '.' || c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c >= 0x80) {
                return -1;
            }
        }
        return i;
    }

    /** {@code true}/{@code false} (as folded text) or {@code NULL}/{@code DEFAULT} (null), any case; else -1. */
    private static int word(String line, int from, List<String> values) {
        int n = line.length();
        int i = from;
        while (i < n) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '$') {
                i++;
            } else if (c >= 0x80) {
                return -1;
            } else {
                break;
            }
        }
        int length = i - from;
        if (length == 4 && line.regionMatches(true, from, "true", 0, 4)) {
            values.add("true");
        } else if (length == 5 && line.regionMatches(true, from, "false", 0, 5)) {
            values.add("false");
        } else if (length == 4 && line.regionMatches(true, from, "null", 0, 4)
                || length == 7 && line.regionMatches(true, from, "default", 0, 7)) {
            values.add(null);
        } else {
            return -1;
        }
        return i;
    }

    private static int digitsEnd(String line, int from) {
        int i = from;
        while (i < line.length() && line.charAt(i) >= '0' && line.charAt(i) <= '9') {
            i++;
        }
        return i;
    }

    private static int skipSpace(String line, int from) {
        int i = from;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }
}
