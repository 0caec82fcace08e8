package dev.hisaab.source.pgdump;

import java.io.IOException;

/**
 * Tokenizes the SQL parts of a dump across lines: words, quoted identifiers, string literals ({@code '...'} with
 * {@code ''}, {@code E'...'} with backslash escapes, dollar quoting), numbers and punctuation, skipping whitespace and
 * comments. Knowing where literals and comments end is what keeps a {@code ;} or {@code COPY} inside them from being
 * mistaken for SQL. A psql meta-command ({@code \connect}, {@code \restrict}) is one token running to end of line.
 * (Longer than most classes because every token kind shares one line cursor; splitting it would expose that cursor.)
 */
final class SqlLexer {

    /** Token kinds. */
    enum Kind { WORD, QUOTED_IDENT, STRING, NUMBER, CAST, PUNCT, META, EOF }

    private final DumpLineReader lines;
    private final UnescapedText escaped = new UnescapedText();
    private final StringBuilder plain = new StringBuilder();
    private String line = "";
    private int pos;
    private boolean haveLine;
    private long lineNo;
    private boolean standardStrings = true;
    private long firstBadLine;
    private boolean lineBad;
    private StringBuilder capture;
    private int captureFrom;

    /** Whether token text is materialized; off while skipping statements nobody reads. */
    boolean build = true;
    Kind kind;
    String text;
    char punct;
    long tokenLine;
    /** Set when a string literal's escapes were invalid. */
    String problem;

    SqlLexer(DumpLineReader lines) {
        this.lines = lines;
    }

    /** After {@code SET standard_conforming_strings = off} backslashes escape inside plain '' literals too. */
    void standardStrings(boolean on) {
        standardStrings = on;
    }

    /** Gives up the rest of the current line: the lines after a {@code COPY ... FROM stdin;} are data, read raw. */
    void abandonLine() {
        haveLine = false;
    }

    /**
     * The first line that was not valid UTF-8 (or held a NUL) since {@link #clearBadLine()}, current line included;
     * 0 if none. Bad bytes in such lines read as {@link DumpLineReader#MARK}.
     */
    long badLine() {
        return firstBadLine;
    }

    void clearBadLine() {
        firstBadLine = haveLine && lineBad ? lineNo : 0;
    }

    /** Starts recording raw text at the start of the current token. */
    void startCapture() {
        capture = new StringBuilder();
        captureFrom = tokenPos;
    }

    /** Stops recording and returns the raw text up to the end of the current token. */
    String endCapture() {
        if (capture == null) {
            return "";
        }
        if (haveLine) {
            capture.append(line, captureFrom, Math.min(pos, line.length()));
        }
        String raw = capture.toString();
        capture = null;
        return raw;
    }

    private int tokenPos;

    /**
     * With the {@code (} of an INSERT tuple as current token: reads the rest of the tuple by {@link PlainTuple} when
     * the line holds it in plain form, leaving its {@code )} as current token as {@link #next()} would, and returns
     * the tuple's raw text; {@code null} (nothing consumed, {@code values} empty) when the tuple must be read token by
     * token.
     */
    String plainTuple(java.util.List<String> values) {
        if (!haveLine || lineBad || !standardStrings || capture != null || kind != Kind.PUNCT || punct != '(') {
            return null;
        }
        int end = PlainTuple.read(line, pos, values);
        if (end < 0) {
            values.clear();
            return null;
        }
        String raw = line.substring(tokenPos, end);
        firstBadLine = 0;
        text = null;
        problem = null;
        tokenLine = lineNo;
        punct = ')';
        tokenPos = end - 1;
        pos = end;
        return raw;
    }

    private int ch() throws IOException {
        if (!haveLine && !load()) {
            return -1;
        }
        return pos < line.length() ? line.charAt(pos) : '\n';
    }

    private int peek(int ahead) {
        int p = pos + ahead;
        return p < line.length() ? line.charAt(p) : p == line.length() ? '\n' : -1;
    }

    private void step() {
        if (++pos > line.length()) {
            leaveLine();
        }
    }

    private void leaveLine() {
        if (capture != null) {
            capture.append(line, captureFrom, line.length()).append('\n');
            captureFrom = 0;
        }
        haveLine = false;
    }

    private boolean load() throws IOException {
        if (!lines.next()) {
            return false;
        }
        useLine();
        return true;
    }

    /** Makes the line the reader is on the current line, at its start. */
    private void useLine() {
        String text = lines.text();
        lineBad = text == null;
        if (lineBad) {
            if (firstBadLine == 0) {
                firstBadLine = lines.number();
            }
            text = lines.markedText();
        }
        line = text;
        lineNo = lines.number();
        pos = 0;
        haveLine = true;
    }

    /** Reads the next token into {@link #kind}, {@link #text}, {@link #punct} and {@link #tokenLine}. */
    void next() throws IOException {
        text = null;
        problem = null;
        int c;
        while (true) {
            c = ch();
            if (c == -1) {
                kind = Kind.EOF;
                return;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                step();
            } else if (c == '-' && peek(1) == '-') {
                pos = line.length();
                step();
            } else if (c == '/' && peek(1) == '*') {
                skipBlockComment();
            } else {
                break;
            }
        }
        tokenLine = lineNo;
        tokenPos = pos;
        if (c == '\'') {
            step();
            readString(!standardStrings);
        } else if ((c == 'E' || c == 'e') && peek(1) == '\'') {
            pos += 2;
            readString(true);
        } else if ((c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && peek(1) == '\'') {
            pos += 2;
            readString(false);
        } else if ((c == 'U' || c == 'u') && peek(1) == '&' && peek(2) == '\'') {
            pos += 3;
            readString(false);
        } else if (c == '"') {
            step();
            readQuotedIdent();
        } else if (c == '$' && dollarTagEnd() > 0) {
            readDollarString(dollarTagEnd());
        } else if (c >= '0' && c <= '9' || c == '.' && peek(1) >= '0' && peek(1) <= '9') {
            readNumber();
        } else if (isIdentStart(c)) {
            readWord();
        } else if (c == '\\') {
            kind = Kind.META;
            text = line.substring(pos);
            pos = line.length();
            step();
        } else if (c == ':' && peek(1) == ':') {
            kind = Kind.CAST;
            pos += 2;
        } else {
            kind = Kind.PUNCT;
            punct = (char) c;
            step();
        }
    }

    /**
     * Consumes tokens up to and including the {@code ;} that ends the current statement (nothing if the current token
     * is that {@code ;} or the end), as calling {@link #next()} until then would, without making token text, and
     * passing spaces, tabs, parentheses and commas (which are only ever whitespace or a one-character token) in a
     * plain loop.
     */
    void skipStatement() throws IOException {
        boolean was = build;
        build = false;
        try {
            while (kind != Kind.EOF && !isPunct(';')) {
                if (haveLine) {
                    String l = line;
                    int n = l.length();
                    int p = pos;
                    while (p < n) {
                        char c = l.charAt(p);
                        if (c != ' ' && c != ',' && c != '(' && c != ')' && c != '\t') {
                            break;
                        }
                        p++;
                    }
                    pos = p;
                    if (p == n && capture == null) {
                        haveLine = false; // the line break is whitespace too, as next() would find
                    }
                }
                if (!haveLine && capture == null) {
                    skipPlainLines();
                }
                next();
            }
        } finally {
            build = was;
        }
    }

    /**
     * Between tokens at a line boundary while skipping: passes over whole lines that cannot end the statement
     * ({@link DumpLineReader#isPlainSql}) without decoding them, and makes the first other line current (at the end of
     * the input, none).
     */
    private void skipPlainLines() throws IOException {
        while (lines.next()) {
            if (!lines.isPlainSql(standardStrings)) {
                useLine();
                return;
            }
        }
    }

    boolean isPunct(char c) {
        return kind == Kind.PUNCT && punct == c;
    }

    boolean isWord(String folded) {
        return kind == Kind.WORD && folded.equals(text);
    }

    /** The current token is an identifier (unquoted, folded, or quoted). */
    boolean isIdentifier() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENT;
    }

    private static boolean isIdentStart(int c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 0x80;
    }

    private static boolean isIdentPart(int c) {
        return isIdentStart(c) || c >= '0' && c <= '9' || c == '$';
    }

    private void readWord() {
        int from = pos;
        while (pos < line.length() && isIdentPart(line.charAt(pos))) {
            pos++;
        }
        kind = Kind.WORD;
        if (build) {
            StringBuilder sb = plain;
            sb.setLength(0);
            for (int i = from; i < pos; i++) {
                sb.append(TableName.fold(line.charAt(i)));
            }
            text = sb.toString();
        }
    }

    private void readNumber() {
        int from = pos;
        while (pos < line.length()) {
            char c = line.charAt(pos);
            if (c >= '0' && c <= '9' || c == '.' || c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
                pos++;
            } else if ((c == '+' || c == '-') && (line.charAt(pos - 1) == 'e' || line.charAt(pos - 1) == 'E')) {
                pos++;
            } else {
                break;
            }
        }
        kind = Kind.NUMBER;
        text = build ? line.substring(from, pos) : null;
    }

    private void readQuotedIdent() throws IOException {
        StringBuilder sb = plain;
        sb.setLength(0);
        while (true) {
            int c = ch();
            if (c == -1) {
                kind = Kind.EOF;
                return;
            }
            step();
            if (c == '"') {
                if (ch() != '"') {
                    break;
                }
                step();
            }
            sb.append((char) c);
        }
        kind = Kind.QUOTED_IDENT;
        text = sb.toString();
    }

    /** Reads a '' literal after its opening quote; with {@code backslashes} it is an E'' literal. */
    private void readString(boolean backslashes) throws IOException {
        UnescapedText out = escaped;
        out.reset();
        while (true) {
            if (ch() == -1) {
                kind = Kind.EOF;
                return;
            }
            int from = pos;
            int n = line.length();
            if (backslashes) {
                while (pos < n) {
                    char c = line.charAt(pos);
                    if (c == '\'' || c == '\\') {
                        break;
                    }
                    pos++;
                }
            } else {
                int quote = line.indexOf('\'', pos);
                pos = quote < 0 ? n : quote;
            }
            if (build) {
                out.append(line, from, pos);
            }
            if (pos >= n) {
                if (build) {
                    out.append('\n');
                }
                pos = n;
                step();
                continue;
            }
            char c = line.charAt(pos++);
            if (c == '\'') {
                if (pos < n && line.charAt(pos) == '\'') {
                    pos++;
                    out.append('\'');
                    continue;
                }
                break;
            }
            readBackslashEscape(out);
        }
        kind = Kind.STRING;
        if (build) {
            problem = out.problem();
            text = out.toString();
        }
    }

    private void readBackslashEscape(UnescapedText out) throws IOException {
        int n = line.length();
        if (pos >= n) {
            out.append('\n');
            pos = n;
            step();
            return;
        }
        char c = line.charAt(pos++);
        if (UnescapedText.isOctal(c)) {
            int v = c - '0';
            for (int k = 0; k < 2 && pos < n && UnescapedText.isOctal(line.charAt(pos)); k++) {
                v = v * 8 + (line.charAt(pos++) - '0');
            }
            out.appendByte(v & 0xFF);
        } else if (c == 'x' && pos < n && UnescapedText.hexValue(line.charAt(pos)) >= 0) {
            int v = UnescapedText.hexValue(line.charAt(pos++));
            if (pos < n && UnescapedText.hexValue(line.charAt(pos)) >= 0) {
                v = v * 16 + UnescapedText.hexValue(line.charAt(pos++));
            }
            out.appendByte(v);
        } else if (c == 'u' || c == 'U') {
            int digits = c == 'u' ? 4 : 8;
            int v = 0;
            for (int k = 0; k < digits; k++) {
                int h = pos < n ? UnescapedText.hexValue(line.charAt(pos)) : -1;
                if (h < 0) {
                    out.fail("invalid Unicode escape");
                    return;
                }
                v = v * 16 + h;
                pos++;
            }
            out.appendCodePoint(v);
        } else if (c == 'v') {
            out.append('v');
        } else {
            out.append(CopyTextSplitter.simpleEscape(c));
        }
    }

    /** If the current {@code $} opens a dollar quote, the position just after its closing {@code $}; else -1. */
    private int dollarTagEnd() {
        int p = pos + 1;
        if (p < line.length() && line.charAt(p) == '$') {
            return p + 1;
        }
        if (p >= line.length() || !isIdentStart(line.charAt(p))) {
            return -1;
        }
        while (p < line.length() && isIdentPart(line.charAt(p)) && line.charAt(p) != '$') {
            p++;
        }
        return p < line.length() && line.charAt(p) == '$' ? p + 1 : -1;
    }

    private void readDollarString(int tagEnd) throws IOException {
        String tag = line.substring(pos, tagEnd);
        pos = tagEnd;
        StringBuilder sb = plain;
        sb.setLength(0);
        while (true) {
            if (ch() == -1) {
                kind = Kind.EOF;
                return;
            }
            int close = line.indexOf(tag, pos);
            if (close >= 0) {
                if (build) {
                    sb.append(line, pos, close);
                }
                pos = close + tag.length();
                break;
            }
            if (build) {
                sb.append(line, pos, line.length()).append('\n');
            }
            pos = line.length();
            step();
        }
        kind = Kind.STRING;
        text = build ? sb.toString() : null;
    }

    private void skipBlockComment() throws IOException {
        int depth = 0;
        while (true) {
            int c = ch();
            if (c == -1) {
                return;
            }
            if (c == '/' && peek(1) == '*') {
                depth++;
                pos += 2;
            } else if (c == '*' && peek(1) == '/') {
                pos += 2;
                if (--depth == 0) {
                    return;
                }
            } else {
                step();
            }
        }
    }
}
