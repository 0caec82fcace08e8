package dev.hisaab.source.csv;

import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a delimited file with Commons CSV, one {@link SourceRecord} per data record, keyed by the header's column
 * names.
 *
 * <p>Origins cite the physical line where a record starts (a quoted field may span lines; blank lines and skipped
 * lines count). The raw text is the record's exact original text, line breaks inside quotes included, without its
 * final line break: it is cut from the decoded input by the character positions Commons CSV reports, so it is exact
 * up to decoding (a byte order mark is dropped; undecodable bytes appear as U+FFFD).
 *
 * <p>Rejected with a {@link SourceParseException}, reading then going on with the next record: a record with a
 * different number of fields than the header, a record with a NUL character, and a record with U+FFFD, which is how
 * bytes invalid in the encoding decode (a genuine U+FFFD in the input is rejected too). Blank lines are skipped;
 * records matching {@link CsvOptions#footerPattern()} are skipped and counted in {@link #footerLines()}. A quote that is
 * never closed swallows the rest of the file into one field: that is reported once, at the line where the record
 * starts, and the reader then ends. Text after a closing quote (as in {@code "abc"d}) is kept, as spreadsheets do.
 */
public final class CsvRecordReader implements RecordReader {

    private final String file;
    private final String encoding;
    private final TextWindow text;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final long parserStart;
    private final long lineBreaksBeforeParser;
    /** The footer pattern's matcher, reset to each record (one matcher, not one per record); null without one. */
    private final Matcher footer;
    private final List<String> columns;
    private final ColumnValues.Columns indexed;

    private CSVRecord ahead;
    private long lineBreaksAfterAhead;
    /** The parser's line breaks when the record last taken was parsed (0 before the first). */
    private long lineBreaksAfterTaken;
    /** The physical line where the record last taken starts, and its original text. */
    private long takenLine;
    private String takenRaw;
    private RuntimeException failure;
    private long consumed;
    private long footerLines;

    CsvRecordReader(InputSource input, CsvOptions options) throws IOException {
        this.file = input.name();
        this.encoding = options.encoding().name();
        this.footer = options.footer() == null ? null : options.footer().matcher("");
        CharsetDecoder decoder = options.encoding().newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        this.text = new TextWindow(new InputStreamReader(input.openStream(), decoder));
        try {
            text.skipByteOrderMark();
            text.skipLines(options.skipLines());
            this.parserStart = text.delivered();
            this.lineBreaksBeforeParser = text.lineOf(parserStart) - 1;
            this.consumed = parserStart;
            this.parser = CSVParser.builder().setReader(text).setFormat(options.commonsFormat()).get();
            this.records = parser.iterator();
            advance();
            this.columns = options.header() ? readHeader() : numberedColumns();
            this.indexed = ColumnValues.Columns.of(columns);
        } catch (IOException | RuntimeException e) {
            text.close();
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    /** Records skipped because they matched the footer pattern. */
    public long footerLines() {
        return footerLines;
    }

    @Override
    public SourceRecord read() throws IOException {
        while (true) {
            CSVRecord record = take();
            if (record == null) {
                if (failure != null) {
                    RuntimeException reported = failure;
                    failure = null;
                    throw unreadable(reported);
                }
                return null;
            }
            String raw = takenRaw;
            if (footer != null && footer.reset(raw).find()) {
                footerLines++;
                continue;
            }
            Origin origin = new Origin(file, takenLine);
            String bad = badCharacter(raw, encoding);
            if (bad != null) {
                throw new SourceParseException(origin, bad, raw);
            }
            if (record.size() != columns.size()) {
                throw new SourceParseException(origin,
                        "expected " + columns.size() + " fields, found " + record.size(), raw);
            }
            return new SourceRecord(origin, ColumnValues.of(indexed, record.values()), raw);
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }

    /**
     * The next non-blank record from the parser (its line and text in {@link #takenLine} and {@link #takenRaw}), with
     * the following one already parsed to know where it ends. A record for which the parser read exactly one line break
     * (its own, or the end of the file) starts on the line after the previous record's and holds no line break: its
     * line is known from the parser's count, without looking at its characters. Any other (after blank lines, or with
     * line breaks inside quotes) is counted character by character.
     */
    private CSVRecord take() throws IOException {
        while (ahead != null) {
            CSVRecord record = ahead;
            long lineBreaksBefore = lineBreaksAfterTaken;
            long lineBreaks = lineBreaksAfterAhead;
            advance();
            lineBreaksAfterTaken = lineBreaks;
            long begin = text.skipLineBreaks(parserStart + record.getCharacterPosition());
            boolean oneLine = lineBreaks - lineBreaksBefore == 1;
            long line = oneLine ? lineBreaksBeforeParser + lineBreaksBefore + 1 : text.lineOf(begin);
            long end;
            if (ahead != null) {
                end = parserStart + ahead.getCharacterPosition();
            } else if (failure != null) {
                // The next record could not be parsed, so this one ended with a line break, the parser's count.
                end = text.afterLineBreak(lineBreaksBeforeParser + lineBreaks);
            } else {
                end = text.end();
            }
            String raw = text.substringWithoutTrailingLineBreaks(begin, Math.max(begin, end));
            if (oneLine || raw.indexOf('\n') < 0 && raw.indexOf('\r') < 0) {
                text.countedTo(begin + raw.length(), line - 1);
            }
            consumed = Math.max(consumed, end);
            text.discardBefore(begin);
            if (record.size() == 1 && raw.isBlank()) {
                continue;
            }
            takenLine = line;
            takenRaw = raw;
            return record;
        }
        return null;
    }

    private void advance() {
        try {
            ahead = records.hasNext() ? records.next() : null;
            lineBreaksAfterAhead = parser.getCurrentLineNumber();
        } catch (UncheckedIOException | IllegalStateException e) {
            ahead = null;
            failure = e;
        }
    }

    /** The parse failure as a rejected record at the line where the unparseable record starts. */
    private SourceParseException unreadable(RuntimeException e) throws IOException {
        long begin = text.skipLineBreaks(consumed);
        long line = text.lineOf(begin);
        String rest = text.substring(begin, text.end());
        int lineEnd = firstLineBreak(rest);
        String raw = lineEnd < 0 ? rest : rest.substring(0, lineEnd);
        String message = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
        String reason = message.contains("EOF reached before encapsulated token finished")
                ? "unterminated quote: the rest of the file from this line is one field, no further records were read"
                : "unreadable CSV, no further records were read: " + message;
        return new SourceParseException(new Origin(file, line), reason, raw.length() > 500 ? raw.substring(0, 500) : raw);
    }

    private List<String> readHeader() throws IOException {
        CSVRecord header = take();
        if (header == null) {
            if (failure != null) {
                SourceParseException e = unreadable(failure);
                throw new IOException(e.getMessage(), e);
            }
            return List.of();
        }
        List<String> names = new ArrayList<>(header.size());
        Set<String> seen = new HashSet<>();
        for (String name : header) {
            if (!seen.add(name)) {
                throw new IOException("duplicate column '" + name + "' in the header at " + file + ":" + takenLine);
            }
            names.add(name);
        }
        return Collections.unmodifiableList(names);
    }

    /** Without a header, columns are named 1, 2, … after the first record's field count. */
    private List<String> numberedColumns() {
        List<String> names = new ArrayList<>();
        for (int i = 1; ahead != null && i <= ahead.size(); i++) {
            names.add(Integer.toString(i));
        }
        return Collections.unmodifiableList(names);
    }

    /** The first bad character's reason, or null; {@code indexOf} answers at once for text that is all Latin-1. */
    private static String badCharacter(String raw, String encoding) {
        int replaced = raw.indexOf('\uFFFD');
        int nul = raw.indexOf('\0');
        if (replaced < 0 && nul < 0) {
            return null;
        }
        return nul < 0 || (replaced >= 0 && replaced < nul) ? "invalid " + encoding + " bytes" : "NUL character in record";
    }

    private static int firstLineBreak(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
                return i;
            }
        }
        return -1;
    }
}
