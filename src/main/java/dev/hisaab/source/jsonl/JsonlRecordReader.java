package dev.hisaab.source.jsonl;

import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.JsonRecyclerPools;

/**
 * Streams a JSON lines file: each non-blank line is one JSON object, flattened into one {@link SourceRecord}.
 *
 * <p>Nested objects become dotted paths ({@code payload.payment.entity.amount}). Values keep their text as written:
 * numbers exactly as in the file ({@code 10000}, {@code 100.50}, never through a double), strings unescaped,
 * {@code true}/{@code false}, JSON {@code null} as a null value, and an array as its original JSON text under its key.
 * The raw text is the line. Blank lines are skipped. Rejected with a {@link SourceParseException}, reading then going
 * on with the next line: invalid or truncated JSON, a line whose value is not an object, a key that occurs twice
 * (after flattening), and a line with U+FFFD, which is how bytes invalid in the encoding decode.
 */
public final class JsonlRecordReader implements RecordReader {

    /** Buffers recycled per thread: a parser per line from the shared pool costs a concurrent deque poll per line. */
    private static final JsonFactory JSON = JsonFactory.builder().recyclerPool(JsonRecyclerPools.threadLocalPool())
            .build();

    /** How many sets of keys are remembered: a log has a few shapes of line (one per kind of event), mixed. */
    private static final int SHAPES = 8;

    private final String file;
    private final String encoding;
    /** The lines of a UTF-8 input, as bytes; null for another encoding, read through {@link #lines}. */
    private final Utf8Lines utf8;
    private final BufferedReader lines;
    private long lineNumber;
    /**
     * The keys the current line is expected to have: those of the previous line, or of another recent line once the
     * keys read so far stop matching. While the line's keys are a prefix of them, no key can repeat and no key string
     * needs to be made; records with the same keys share one index.
     */
    private ColumnValues.Columns lastColumns;
    private final ColumnValues.Columns[] shapes = new ColumnValues.Columns[SHAPES];
    private int nextShape;
    private final List<String> keys = new ArrayList<>(16);
    private final List<String> texts = new ArrayList<>(16);
    private boolean asBefore;
    /** Reads most lines; Jackson reads the others. */
    private final PlainJsonLine plain = new PlainJsonLine();
    private final PlainJsonLine.Members members = this::plainMember;
    private Origin currentOrigin;
    /** Templates of recent lines, the one that matched last first: most lines of a log differ only in their values. */
    private final LineTemplate[] templates = new LineTemplate[4];

    JsonlRecordReader(InputSource input, JsonlOptions options) throws IOException {
        this.file = input.name();
        this.encoding = options.encoding().name();
        CharsetDecoder decoder = options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        if (options.encoding().equals(StandardCharsets.UTF_8)) {
            this.utf8 = new Utf8Lines(input.openStream(), decoder);
            this.lines = null;
        } else {
            this.utf8 = null;
            this.lines = new BufferedReader(new InputStreamReader(input.openStream(), decoder), 1 << 16);
        }
    }

    /** Always empty: the keys are only known line by line. */
    @Override
    public List<String> columns() {
        return List.of();
    }

    @Override
    public SourceRecord read() throws IOException {
        String line;
        boolean ascii;
        do {
            if (utf8 != null) {
                if (!utf8.next()) {
                    return null;
                }
                lineNumber++;
                ascii = utf8.ascii();
                if (ascii) {
                    SourceRecord matched = matchTemplate();
                    if (matched != null) {
                        return matched;
                    }
                }
                line = utf8.text();
            } else {
                line = lines.readLine();
                if (line == null) {
                    return null;
                }
                lineNumber++;
                ascii = false;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
        } while (line.isBlank());
        SourceRecord record = readLine(line);
        if (ascii && record.values() instanceof ColumnValues values && plain.values() == values.size()
                && plainRead) {
            remember(LineTemplate.of(line, plain, values.columns()));
        }
        return record;
    }

    /** The current ASCII line read by a template of a recent line, or null when none matches. */
    private SourceRecord matchTemplate() {
        byte[] b = utf8.bytes();
        int from = utf8.from();
        int to = utf8.to();
        for (int t = 0; t < templates.length; t++) {
            LineTemplate template = templates[t];
            if (template == null) {
                return null;
            }
            String[] values = template.read(b, from, to);
            if (values != null) {
                if (t > 0) {
                    System.arraycopy(templates, 0, templates, 1, t);
                    templates[0] = template;
                }
                lastColumns = template.columns();
                String raw = new String(b, from, to - from, StandardCharsets.ISO_8859_1);
                return new SourceRecord(new Origin(file, lineNumber), ColumnValues.of(lastColumns, values), raw);
            }
        }
        return null;
    }

    /** Keeps a template as the first to try, forgetting the oldest. */
    private void remember(LineTemplate template) {
        if (template != null) {
            System.arraycopy(templates, 0, templates, 1, templates.length - 1);
            templates[0] = template;
        }
    }

    /** Whether {@link #plain} read the last line (else Jackson did). */
    private boolean plainRead;

    /** The record of a non-blank line, read by {@link PlainJsonLine} or else by Jackson. */
    private SourceRecord readLine(String line) {
        Origin origin = new Origin(file, lineNumber);
        if (line.indexOf('\uFFFD') >= 0) {
            throw new SourceParseException(origin, "invalid " + encoding + " bytes", line);
        }
        keys.clear();
        texts.clear();
        asBefore = lastColumns != null;
        currentOrigin = origin;
        plainRead = plain.read(line, members);
        if (!plainRead) {
            keys.clear();
            texts.clear();
            asBefore = lastColumns != null;
            parse(line, origin);
        }
        if (!asBefore || keys.size() != lastColumns.size()) {
            lastColumns = shape(keys);
        }
        return new SourceRecord(origin, ColumnValues.of(lastColumns, texts.toArray(new String[0])), line);
    }

    /** A member found by {@link PlainJsonLine}: added as Jackson's reading would add it. */
    private void plainMember(String prefix, String line, int nameFrom, int nameTo, String text) {
        add(key(prefix, line, nameFrom, nameTo), text, line, currentOrigin);
    }

    /** Reads a line {@link PlainJsonLine} declined, with Jackson. */
    private void parse(String line, Origin origin) {
        try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), line)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new SourceParseException(origin, "not a JSON object", line);
            }
            flatten(parser, "", line, origin);
            if (parser.nextToken() != null) {
                throw new SourceParseException(origin, "invalid JSON: more than one value on the line", line);
            }
        } catch (JacksonException e) {
            throw new SourceParseException(origin, "invalid JSON: " + shortReason(e.getOriginalMessage()), line);
        }
    }

    @Override
    public void close() throws IOException {
        if (utf8 != null) {
            utf8.close();
        } else {
            lines.close();
        }
    }

    /** Reads the members of the object whose START_OBJECT is the current token, up to its END_OBJECT. */
    private void flatten(JsonParser parser, String prefix, String line, Origin origin) {
        JsonToken token;
        while ((token = parser.nextToken()) == JsonToken.PROPERTY_NAME) {
            String key = key(prefix, parser.currentName());
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                flatten(parser, key + ".", line, origin);
                continue;
            }
            String text;
            if (value == JsonToken.START_ARRAY) {
                int from = (int) parser.currentTokenLocation().getCharOffset();
                parser.skipChildren();
                int to = (int) parser.currentTokenLocation().getCharOffset() + 1;
                text = line.substring(from, to);
            } else if (value == JsonToken.VALUE_NULL) {
                text = null;
            } else {
                text = parser.getString();
            }
            add(key, text, line, origin);
        }
        if (token != JsonToken.END_OBJECT) {
            throw new SourceParseException(origin, "invalid JSON: unexpected " + token, line);
        }
    }

    /**
     * {@code prefix + name}; while the keys follow the last line's, that line's key string when it is the same text,
     * so a log's repeated keys are not concatenated anew on every line.
     */
    private String key(String prefix, String name) {
        int n = keys.size();
        if (asBefore && n < lastColumns.size()) {
            String before = lastColumns.name(n);
            int p = prefix.length();
            if (before.length() == p + name.length() && before.startsWith(prefix)
                    && before.regionMatches(p, name, 0, name.length())) {
                return before;
            }
        }
        return prefix.isEmpty() ? name : prefix + name;
    }

    /** {@link #key(String, String)} of the name at {@code from..to} of {@code line}, made only when it is new. */
    private String key(String prefix, String line, int from, int to) {
        int n = keys.size();
        int length = to - from;
        if (asBefore && n < lastColumns.size()) {
            String before = lastColumns.name(n);
            int p = prefix.length();
            if (before.length() == p + length && before.startsWith(prefix) && before.regionMatches(p, line, from, length)) {
                return before;
            }
        }
        String name = line.substring(from, to);
        return prefix.isEmpty() ? name : prefix + name;
    }

    /** Adds a value, rejecting a key seen before on the line (no need to look while the keys follow a known shape). */
    private void add(String key, String text, String line, Origin origin) {
        int n = keys.size();
        if (asBefore && !(n < lastColumns.size() && lastColumns.name(n).equals(key))) {
            asBefore = switchShape(n, key);
        }
        if (!asBefore && keys.contains(key)) {
            throw new SourceParseException(origin, "duplicate key '" + key + "'", line);
        }
        keys.add(key);
        texts.add(text);
    }

    /** Follows another remembered shape whose first keys are the line's keys so far and then {@code key}, if any. */
    private boolean switchShape(int n, String key) {
        for (ColumnValues.Columns c : shapes) {
            if (c != null && c != lastColumns && n < c.size() && c.name(n).equals(key) && startsWithKeys(c, n)) {
                lastColumns = c;
                return true;
            }
        }
        return false;
    }

    private boolean startsWithKeys(ColumnValues.Columns c, int n) {
        for (int i = 0; i < n; i++) {
            if (!c.name(i).equals(keys.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The remembered columns with exactly these keys, or new ones remembered in place of the oldest. */
    private ColumnValues.Columns shape(List<String> keys) {
        for (ColumnValues.Columns c : shapes) {
            if (c != null && c.sameAs(keys)) {
                return c;
            }
        }
        ColumnValues.Columns c = ColumnValues.Columns.of(keys);
        shapes[nextShape] = c;
        nextShape = (nextShape + 1) % SHAPES;
        return c;
    }

    /** Jackson's message without its location suffix, which only repeats what the origin says. */
    static String shortReason(String message) {
        String m = message == null ? "unreadable" : message;
        for (String cut : new String[] {" (start marker", "\n", " at [Source"}) {
            int i = m.indexOf(cut);
            if (i > 0) {
                m = m.substring(0, i);
            }
        }
        return m;
    }
}
