package dev.hisaab.source.pgdump;

/**
 * Splits one line of COPY text format into fields: tab separated, {@code \N} is NULL, and the backslash escapes
 * {@code \\b \\f \\n \\r \\t \\v}, octal {@code \\NNN}, hex {@code \\xHH} and {@code \\}<i>any</i> are decoded. Fields
 * without a backslash are plain substrings, which keeps the common case cheap.
 */
final class CopyTextSplitter {

    private final UnescapedText value = new UnescapedText();
    private String problem;

    /**
     * Splits {@code line} into {@code fields}; returns how many fields the line has, which may be more or fewer than
     * {@code fields.length} (only the first {@code fields.length} are stored). {@link #problem()} tells whether an
     * escape was invalid.
     */
    int split(String line, String[] fields) {
        problem = null;
        int n = line.length();
        int count = 0;
        int i = 0;
        int backslash = line.indexOf('\\');
        while (true) {
            if (backslash < 0 || backslash >= i) {
                // no backslash before the next tab: the field is a plain substring, found by a vectorised search
                int tab = line.indexOf('\t', i);
                if (backslash < 0 || (tab >= 0 && tab < backslash)) {
                    int j = tab < 0 ? n : tab;
                    if (count < fields.length) {
                        fields[count] = line.substring(i, j);
                    }
                    count++;
                    if (tab < 0) {
                        return count;
                    }
                    i = j + 1;
                    continue;
                }
            }
            int j = i;
            boolean escaped = false;
            while (j < n) {
                char c = line.charAt(j);
                if (c == '\t') {
                    break;
                }
                if (c == '\\') {
                    escaped = true;
                    j += 2;
                } else {
                    j++;
                }
            }
            if (j > n) {
                j = n;
            }
            if (count < fields.length) {
                fields[count] = escaped ? unescape(line, i, j) : line.substring(i, j);
            }
            count++;
            if (j >= n) {
                return count;
            }
            i = j + 1;
            if (backslash >= 0 && backslash < i) {
                backslash = line.indexOf('\\', i);
            }
        }
    }

    /** The first invalid escape of the last split line, or {@code null}. */
    String problem() {
        return problem;
    }

    private String unescape(String line, int from, int to) {
        if (to - from == 2 && line.charAt(from + 1) == 'N') {
            return null;
        }
        UnescapedText out = value;
        out.reset();
        int i = from;
        while (i < to) {
            char c = line.charAt(i++);
            if (c != '\\') {
                int run = i;
                while (run < to && line.charAt(run) != '\\') {
                    run++;
                }
                out.append(line, i - 1, run);
                i = run;
                continue;
            }
            if (i >= to) {
                out.append('\\');
                break;
            }
            c = line.charAt(i++);
            if (UnescapedText.isOctal(c)) {
                int v = c - '0';
                for (int k = 0; k < 2 && i < to && UnescapedText.isOctal(line.charAt(i)); k++) {
                    v = v * 8 + (line.charAt(i++) - '0');
                }
                out.appendByte(v & 0xFF);
            } else if (c == 'x' && i < to && UnescapedText.hexValue(line.charAt(i)) >= 0) {
                int v = UnescapedText.hexValue(line.charAt(i++));
                if (i < to && UnescapedText.hexValue(line.charAt(i)) >= 0) {
                    v = v * 16 + UnescapedText.hexValue(line.charAt(i++));
                }
                out.appendByte(v);
            } else {
                out.append(simpleEscape(c));
            }
        }
        if (problem == null) {
            problem = out.problem();
        }
        return out.toString();
    }

    /** The character a backslash followed by {@code c} stands for, in COPY text and in E'' strings alike. */
    static char simpleEscape(char c) {
        switch (c) {
            case 'b':
                return '\b';
            case 'f':
                return '\f';
            case 'n':
                return '\n';
            case 'r':
                return '\r';
            case 't':
                return '\t';
            case 'v':
                return '\u000B';
            default:
                return c;
        }
    }
}
