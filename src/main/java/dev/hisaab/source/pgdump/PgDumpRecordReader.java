package dev.hisaab.source.pgdump;

import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a pg_dump plain-format SQL file once and returns the rows of one table, from its {@code COPY ... FROM stdin}
 * blocks and its {@code INSERT} statements, as {@link SourceRecord}s keyed by column name. Values are the raw text of
 * the row (COPY text unescaped, literal contents of INSERT values), {@code null} for SQL NULL. A bad row is reported
 * as a {@link SourceParseException} and the next {@link #read()} continues after it.
 *
 * <p>Opening advances to the table's first row, so {@link #columns()} and {@link #tableFound()} are known at once.
 */
public final class PgDumpRecordReader implements RecordReader {

    private enum Mode { SQL, COPY, INSERT, DONE }

    private final String file;
    private final DumpLineReader lines;
    private final StatementScanner scanner;
    private final InsertTupleParser tuples;
    private final CopyTextSplitter splitter = new CopyTextSplitter();
    private Mode mode = Mode.SQL;
    private List<String> columns = List.of();
    private DataBlock block;
    private String[] blockColumns;
    private ColumnValues.Columns indexed;
    private String[] fields;

    /** Opens {@code input} and advances to the first row of {@code options.table()}. */
    public PgDumpRecordReader(InputSource input, PgDumpOptions options) throws IOException {
        this.file = input.name();
        this.lines = new DumpLineReader(input.openStream());
        SqlLexer lexer = new SqlLexer(lines);
        this.scanner = new StatementScanner(lexer, lines, options.tableName());
        this.tuples = new InsertTupleParser(lexer, scanner);
        try {
            advance();
        } catch (IOException | RuntimeException e) {
            lines.close();
            throw e;
        }
    }

    /**
     * The columns of {@code table} in {@code dump} (from its first COPY or INSERT column list, else its CREATE TABLE),
     * without returning rows; empty when the table does not appear.
     */
    public static List<String> columnsOf(Path dump, String table) throws IOException {
        try (PgDumpRecordReader reader = new PgDumpRecordReader(InputSource.forALook(dump), new PgDumpOptions(table))) {
            return reader.columns();
        }
    }

    /** The table's columns: those of its first COPY/INSERT column list, else of its CREATE TABLE; empty if unknown. */
    @Override
    public List<String> columns() {
        return columns;
    }

    /** Whether the dump has the table at all (CREATE TABLE, COPY or INSERT seen so far; known in full after open). */
    public boolean tableFound() {
        return scanner.found();
    }

    @Override
    public SourceRecord read() throws IOException {
        while (true) {
            SourceRecord record;
            switch (mode) {
                case COPY:
                    record = copyRow();
                    break;
                case INSERT:
                    record = insertRow();
                    break;
                case SQL:
                    advance();
                    continue;
                default:
                    return null;
            }
            if (record != null) {
                return record;
            }
        }
    }

    private void advance() throws IOException {
        block = scanner.next();
        if (block == null) {
            mode = Mode.DONE;
            if (columns.isEmpty() && scanner.anyCreatedColumns() != null) {
                columns = scanner.anyCreatedColumns();
            }
            return;
        }
        if (columns.isEmpty() && block.columns() != null) {
            columns = block.columns();
        }
        blockColumns = block.columns() == null ? null : block.columns().toArray(new String[0]);
        indexed = block.columns() == null ? null : ColumnValues.Columns.of(block.columns());
        fields = blockColumns == null ? null : new String[blockColumns.length];
        if (block.copy()) {
            mode = Mode.COPY;
        } else {
            mode = Mode.INSERT;
            tuples.start();
        }
    }

    /** The next row of the current COPY block, or {@code null} at its end marker. */
    private SourceRecord copyRow() throws IOException {
        if (!lines.next()) {
            throw truncated();
        }
        if (lines.isCopyEnd()) {
            mode = Mode.SQL;
            return null;
        }
        long line = lines.number();
        String text = lines.text();
        if (text == null) {
            throw new SourceParseException(new Origin(file, line), lines.problem(), lines.lenientText());
        }
        while (endsInLoneBackslash(text)) {
            // COPY text allows a backslash-newline for a data newline; the field continues on the next line
            if (!lines.next()) {
                throw truncated();
            }
            String more = lines.text();
            if (more == null) {
                throw new SourceParseException(new Origin(file, line), lines.problem() + " " + lines.number(),
                        text + "\n" + lines.lenientText());
            }
            text = text + "\n" + more;
        }
        if (blockColumns == null) {
            throw unknownColumns(line, text);
        }
        int count = splitter.split(text, fields);
        if (count != fields.length) {
            throw new SourceParseException(new Origin(file, line), "expected " + fields.length + " fields for "
                    + block.table() + " but found " + count, text);
        }
        if (splitter.problem() != null) {
            throw new SourceParseException(new Origin(file, line), splitter.problem(), text);
        }
        return record(line, fields, text);
    }

    private SourceRecord insertRow() throws IOException {
        InsertTupleParser.Tuple tuple = tuples.next();
        if (tuple == null) {
            mode = Mode.SQL;
            return null;
        }
        Origin origin = new Origin(file, tuple.line());
        if (tuple.problem() != null) {
            if (tuple.truncated()) {
                mode = Mode.DONE;
            }
            throw new SourceParseException(origin, tuple.problem(), tuple.raw());
        }
        if (blockColumns == null) {
            throw unknownColumns(tuple.line(), tuple.raw());
        }
        if (tuple.values().size() != blockColumns.length) {
            throw new SourceParseException(origin, "expected " + blockColumns.length + " values for "
                    + block.table() + " but found " + tuple.values().size(), tuple.raw());
        }
        return record(tuple.line(), tuple.values().toArray(fields), tuple.raw());
    }

    private SourceRecord record(long line, String[] values, String raw) {
        if (indexed != null) {
            return new SourceRecord(new Origin(file, line), ColumnValues.of(indexed, values.clone()), raw);
        }
        Map<String, String> map = new LinkedHashMap<>(values.length * 2);
        for (int i = 0; i < values.length; i++) {
            map.put(blockColumns[i], values[i]);
        }
        return new SourceRecord(new Origin(file, line), map, raw);
    }

    private SourceParseException truncated() {
        mode = Mode.DONE;
        return new SourceParseException(new Origin(file, block.line()), "truncated dump: COPY block for "
                + block.table() + " started at line " + block.line() + " has no end marker \\.", "");
    }

    private SourceParseException unknownColumns(long line, String raw) {
        return new SourceParseException(new Origin(file, line), "column list of " + block.table()
                + " is unknown: no column list and no CREATE TABLE earlier in the dump", raw);
    }

    private static boolean endsInLoneBackslash(String text) {
        int n = text.length();
        int i = n;
        while (i > 0 && text.charAt(i - 1) == '\\') {
            i--;
        }
        return ((n - i) & 1) == 1;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
