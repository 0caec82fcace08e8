package dev.hisaab.source.jsonl;

/**
 * Reads the common shape of a JSON line without a JSON parser: one object of nested objects whose strings hold no
 * backslash or control character, with numbers, {@code true}, {@code false} and {@code null}. Anything else (escapes,
 * arrays, an invalid or unusual line) it declines, and the line is read by Jackson instead, so every error message
 * still comes from Jackson. It declines before reporting a member that Jackson would not have accepted up to that
 * point, so that a member it does report (and a duplicate key that member makes) is exactly what Jackson would
 * have reported there.
 */
final class PlainJsonLine {

    /** Receives each scalar member: its prefix (the enclosing objects' keys, each followed by a dot) and its name. */
    interface Members {
        void member(String prefix, String line, int nameFrom, int nameTo, String text);
    }

    /** Deeper lines are left to Jackson, which enforces its own nesting limit. */
    private static final int MAX_DEPTH = 16;

    /** Longer numbers are left to Jackson, which enforces its own length limit. */
    private static final int MAX_NUMBER = 100;

    /** The prefix made for each depth on a previous line, reused while the same key opens the object there. */
    private final String[] prefixes = new String[MAX_DEPTH + 1];

    /** Where each scalar member's value (its token: a string with its quotes) starts and ends on the line. */
    private int[] valueStarts = new int[16];
    private int[] valueEnds = new int[16];
    private int values;

    private String line;
    /** The line's chars, copied in bulk once: scanning an array is cheaper than a call per char. */
    private char[] chars = new char[512];
    private int length;
    private Members out;

    /** Reads {@code text}, reporting its members in order; false when the line must be read by Jackson. */
    boolean read(String text, Members members) {
        this.line = text;
        this.length = text.length();
        this.out = members;
        this.values = 0;
        if (chars.length < length) {
            chars = new char[Math.max(length, 2 * chars.length)];
        }
        text.getChars(0, length, chars, 0);
        int i = skipSpace(0);
        if (i >= length || chars[i] != '{') {
            return false;
        }
        i = object(i + 1, "", 0);
        return i >= 0 && skipSpace(i) == length;
    }

    /** Reads the members after an object's {@code {}; the index after its {@code }}, or -1 to decline. */
    private int object(int from, String prefix, int depth) {
        String s = line;
        char[] a = chars;
        int i = skipSpace(from);
        if (i < length && a[i] == '}') {
            return i + 1;
        }
        while (true) {
            if (i >= length || a[i] != '"') {
                return -1;
            }
            int nameFrom = i + 1;
            int nameTo = stringEnd(nameFrom);
            if (nameTo < 0) {
                return -1;
            }
            i = skipSpace(nameTo + 1);
            if (i >= length || a[i] != ':') {
                return -1;
            }
            i = skipSpace(i + 1);
            if (i >= length) {
                return -1;
            }
            char c = a[i];
            if (c == '{') {
                if (depth + 1 >= MAX_DEPTH) {
                    return -1;
                }
                i = object(i + 1, prefix(prefix, nameFrom, nameTo, depth + 1), depth + 1);
                if (i < 0) {
                    return -1;
                }
            } else {
                String text;
                int end;
                if (c == '"') {
                    end = stringEnd(i + 1);
                    if (end < 0) {
                        return -1;
                    }
                    text = s.substring(i + 1, end);
                    end++;
                } else if (c == 'n' && matches(i, "null")) {
                    text = null;
                    end = i + 4;
                } else if (c == 't' && matches(i, "true")) {
                    text = "true";
                    end = i + 4;
                } else if (c == 'f' && matches(i, "false")) {
                    text = "false";
                    end = i + 5;
                } else {
                    end = numberEnd(i);
                    if (end < 0) {
                        return -1;
                    }
                    text = s.substring(i, end);
                }
                if (end < length && !isDelimiter(a[end])) {
                    return -1; // as in 123x or truex: Jackson's error, not ours
                }
                if (values == valueStarts.length) {
                    valueStarts = java.util.Arrays.copyOf(valueStarts, 2 * values);
                    valueEnds = java.util.Arrays.copyOf(valueEnds, 2 * values);
                }
                valueStarts[values] = i;
                valueEnds[values++] = end;
                i = end;
                out.member(prefix, s, nameFrom, nameTo, text);
            }
            i = skipSpace(i);
            if (i >= length) {
                return -1;
            }
            c = a[i];
            if (c == '}') {
                return i + 1;
            }
            if (c != ',') {
                return -1;
            }
            i = skipSpace(i + 1);
        }
    }

    /** The number of scalar members the last line read reported. */
    int values() {
        return values;
    }

    /** Where the token of the last line's scalar member {@code k} starts (a string's opening quote). */
    int valueStart(int k) {
        return valueStarts[k];
    }

    /** Where the token of the last line's scalar member {@code k} ends (after a string's closing quote). */
    int valueEnd(int k) {
        return valueEnds[k];
    }

    /** {@code prefix + name + "."}, the same string as the previous line's at this depth when it is the same text. */
    private String prefix(String prefix, int nameFrom, int nameTo, int depth) {
        String before = prefixes[depth];
        int p = prefix.length();
        int n = nameTo - nameFrom;
        if (before != null && before.length() == p + n + 1 && before.startsWith(prefix)
                && before.regionMatches(p, line, nameFrom, n)) {
            return before;
        }
        String made = prefix + line.substring(nameFrom, nameTo) + '.';
        prefixes[depth] = made;
        return made;
    }

    /** The index of the closing quote of a string starting at {@code from}; -1 for a backslash or control char. */
    private int stringEnd(int from) {
        char[] s = chars;
        for (int i = from; i < length; i++) {
            char c = s[i];
            if (c == '"') {
                return i;
            }
            if (c == '\\' || c < 0x20) {
                return -1;
            }
        }
        return -1;
    }

    /** The end of a number as JSON writes it ({@code -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?}), or -1. */
    private int numberEnd(int from) {
        char[] s = chars;
        int i = from;
        if (i < length && s[i] == '-') {
            i++;
        }
        if (i >= length || !isDigit(s[i])) {
            return -1;
        }
        if (s[i] == '0') {
            i++;
        } else {
            i = digitsEnd(i);
        }
        if (i < length && s[i] == '.') {
            int fraction = i + 1;
            i = digitsEnd(fraction);
            if (i == fraction) {
                return -1;
            }
        }
        if (i < length && (s[i] == 'e' || s[i] == 'E')) {
            i++;
            if (i < length && (s[i] == '+' || s[i] == '-')) {
                i++;
            }
            int exponent = i;
            i = digitsEnd(exponent);
            if (i == exponent) {
                return -1;
            }
        }
        return i - from > MAX_NUMBER ? -1 : i;
    }

    private int digitsEnd(int from) {
        int i = from;
        while (i < length && isDigit(chars[i])) {
            i++;
        }
        return i;
    }

    private int skipSpace(int from) {
        int i = from;
        while (i < length && (chars[i] == ' ' || chars[i] == '\t')) {
            i++;
        }
        return i;
    }

    private boolean matches(int from, String word) {
        int n = word.length();
        if (from + n > length) {
            return false;
        }
        for (int k = 0; k < n; k++) {
            if (chars[from + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isDelimiter(char c) {
        return c == ',' || c == '}' || c == ' ' || c == '\t';
    }
}
