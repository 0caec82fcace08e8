package dev.hisaab.source.pgdump;

import dev.hisaab.source.pgdump.SqlLexer.Kind;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Walks the statements of a dump and stops at the next COPY block or INSERT of the wanted table, positioned at its
 * first row. On the way it skips every other statement (and other tables' COPY data, by raw line), remembers the
 * wanted table's CREATE TABLE columns for positional INSERTs, and follows {@code SET search_path} and
 * {@code SET standard_conforming_strings}.
 */
final class StatementScanner {

    private static final List<String> TABLE_CONSTRAINTS =
            List.of("constraint", "primary", "unique", "check", "foreign", "exclude", "like");

    private final SqlLexer lexer;
    private final DumpLineReader lines;
    private final TableName wanted;
    private final Map<TableName, List<String>> createdColumns = new HashMap<>();
    private String defaultSchema = "public";
    private boolean found;

    StatementScanner(SqlLexer lexer, DumpLineReader lines, TableName wanted) {
        this.lexer = lexer;
        this.lines = lines;
        this.wanted = wanted;
    }

    /** Whether the wanted table appeared (CREATE TABLE, COPY or INSERT) so far. */
    boolean found() {
        return found;
    }

    /** Columns of the wanted table from its CREATE TABLE, or {@code null}. */
    List<String> createdColumns(TableName table) {
        List<String> columns = createdColumns.get(table);
        if (columns == null && table.schema() != null) {
            columns = createdColumns.get(new TableName(null, table.name()));
        }
        return columns;
    }

    /** The first CREATE TABLE columns recorded for the wanted table, or {@code null}. */
    List<String> anyCreatedColumns() {
        return createdColumns.isEmpty() ? null : createdColumns.values().iterator().next();
    }

    /** Advances to the next block of the wanted table's rows; {@code null} at the end of the dump. */
    DataBlock next() throws IOException {
        while (true) {
            lexer.build = true;
            lexer.next();
            switch (lexer.kind) {
                case EOF:
                    return null;
                case META:
                    continue;
                case WORD:
                    DataBlock block = statement(lexer.text);
                    if (block != null) {
                        return block;
                    }
                    continue;
                default:
                    skipStatement();
            }
        }
    }

    private DataBlock statement(String keyword) throws IOException {
        long line = lexer.tokenLine;
        switch (keyword) {
            case "copy":
                return copy(line);
            case "insert":
                return insert(line);
            case "create":
                createTable();
                return null;
            case "set":
                set();
                return null;
            default:
                skipStatement();
                return null;
        }
    }

    private DataBlock copy(long line) throws IOException {
        lexer.next();
        TableName table = qualifiedName();
        if (table == null) {
            skipStatement();
            return null;
        }
        List<String> columns = null;
        if (lexer.isPunct('(')) {
            columns = identifierList();
            lexer.next();
        }
        boolean fromStdin = false;
        while (lexer.kind != Kind.EOF && !lexer.isPunct(';')) {
            if (lexer.isWord("from")) {
                lexer.next();
                fromStdin = lexer.isWord("stdin");
            }
            lexer.next();
        }
        if (!fromStdin) {
            return null;
        }
        lexer.abandonLine();
        if (wanted.matches(table)) {
            found = true;
            return new DataBlock(table, columns != null ? columns : createdColumns(table), true, line);
        }
        lines.skipCopyData(); // another table's data: not decoded, not checked
        return null;
    }

    private DataBlock insert(long line) throws IOException {
        lexer.next();
        if (!lexer.isWord("into")) {
            skipStatement();
            return null;
        }
        lexer.next();
        TableName table = qualifiedName();
        if (table == null || !wanted.matches(table)) {
            skipStatement();
            return null;
        }
        List<String> columns = null;
        if (lexer.isPunct('(')) {
            columns = identifierList();
            lexer.next();
        }
        if (lexer.isWord("overriding")) {
            lexer.next();
            lexer.next();
            lexer.next();
        }
        if (!lexer.isWord("values")) {
            skipStatement();
            return null;
        }
        found = true;
        return new DataBlock(table, columns != null ? columns : createdColumns(table), false, line);
    }

    private void createTable() throws IOException {
        lexer.next();
        while (lexer.isWord("unlogged") || lexer.isWord("temporary") || lexer.isWord("temp")
                || lexer.isWord("global") || lexer.isWord("local") || lexer.isWord("foreign")) {
            lexer.next();
        }
        if (!lexer.isWord("table")) {
            skipStatement();
            return;
        }
        lexer.next();
        if (lexer.isWord("if")) {
            lexer.next();
            lexer.next();
            lexer.next();
        }
        TableName table = qualifiedName();
        if (table == null || !wanted.matches(table) || !lexer.isPunct('(')) {
            skipStatement();
            return;
        }
        found = true;
        List<String> columns = new ArrayList<>();
        boolean more = true;
        while (more) {
            lexer.next();
            if (lexer.isPunct(')')) {
                break;
            }
            boolean constraint = lexer.kind == Kind.WORD && TABLE_CONSTRAINTS.contains(lexer.text);
            if (lexer.isIdentifier() && !constraint) {
                columns.add(lexer.text);
            }
            more = skipToSeparator();
        }
        createdColumns.putIfAbsent(table, List.copyOf(columns));
        skipStatement();
    }

    /** Skips one column definition; true when a {@code ,} ended it, false for the closing {@code )} or EOF. */
    private boolean skipToSeparator() throws IOException {
        int depth = 0;
        while (true) {
            lexer.next();
            if (lexer.kind == Kind.EOF) {
                return false;
            }
            if (lexer.isPunct('(') || lexer.isPunct('[')) {
                depth++;
            } else if (lexer.isPunct(']')) {
                depth--;
            } else if (lexer.isPunct(')')) {
                if (depth-- == 0) {
                    return false;
                }
            } else if (lexer.isPunct(',') && depth == 0) {
                return true;
            }
        }
    }

    private void set() throws IOException {
        lexer.next();
        if (lexer.isWord("session") || lexer.isWord("local")) {
            lexer.next();
        }
        if (lexer.isWord("search_path")) {
            lexer.next();
            lexer.next();
            while ((lexer.isIdentifier() || lexer.kind == Kind.STRING) && "$user".equals(lexer.text)) {
                lexer.next();
                if (lexer.isPunct(',')) {
                    lexer.next();
                }
            }
            if (lexer.isIdentifier() || lexer.kind == Kind.STRING) {
                defaultSchema = lexer.text.isEmpty() ? null : lexer.text;
            }
        } else if (lexer.isWord("standard_conforming_strings")) {
            lexer.next();
            lexer.next();
            lexer.standardStrings(!(lexer.isWord("off") || lexer.kind == Kind.STRING && "off".equals(lexer.text)));
        }
        skipStatement();
    }

    /** Reads {@code name} or {@code schema.name} starting at the current token; leaves the token after it. */
    private TableName qualifiedName() throws IOException {
        if (!lexer.isIdentifier()) {
            return null;
        }
        String first = lexer.text;
        lexer.next();
        if (!lexer.isPunct('.')) {
            return new TableName(defaultSchema, first);
        }
        lexer.next();
        if (!lexer.isIdentifier()) {
            return null;
        }
        String second = lexer.text;
        lexer.next();
        return new TableName(first, second);
    }

    /** Reads {@code (a, "B", c)} from the current {@code (}; leaves the closing {@code )} as current token. */
    private List<String> identifierList() throws IOException {
        List<String> names = new ArrayList<>();
        while (true) {
            lexer.next();
            if (lexer.isIdentifier()) {
                names.add(lexer.text);
            } else if (lexer.isPunct(')') || lexer.kind == Kind.EOF) {
                return List.copyOf(names);
            }
        }
    }

    /** Consumes tokens up to and including the {@code ;} that ends the current statement. */
    void skipStatement() throws IOException {
        lexer.skipStatement();
        lexer.build = true;
    }
}
