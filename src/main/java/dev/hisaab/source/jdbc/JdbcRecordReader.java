package dev.hisaab.source.jdbc;

import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Streams the rows of a table or query: autocommit off and a fetch size make PostgreSQL's driver read through a
 * server-side cursor, {@code fetch-size} rows per round trip; the transaction is read-only. Columns come from the
 * statement's metadata before any row is read; values are the server's text ({@code getString}), SQL NULL is null.
 * The origin of a row is {@code db:<table>} and its 1-based row number.
 *
 * <p>Each row's raw text is the row as PostgreSQL's COPY text format writes it (values tab-separated, {@code \N} for
 * NULL, backslash, tab, line feed and carriage return escaped). The input's SHA-256 is that of the column-name line
 * followed by every row line, each ending in a line feed: the same rows give the same digest.
 */
final class JdbcRecordReader implements RecordReader {

    private final InputSource input;
    private final Connection connection;
    private final PreparedStatement statement;
    private final List<String> columns;
    private ResultSet rows;
    private long row;
    private boolean done;

    private JdbcRecordReader(InputSource input, Connection connection, PreparedStatement statement, List<String> columns) {
        this.input = input;
        this.connection = connection;
        this.statement = statement;
        this.columns = columns;
    }

    /** Prepares the statement and learns its columns; takes ownership of {@code connection}. */
    static JdbcRecordReader open(InputSource input, JdbcOptions options, Connection connection) throws IOException {
        PreparedStatement statement = null;
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            statement = connection.prepareStatement(options.sql(), ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(options.fetchSize());
            ResultSetMetaData meta = statement.getMetaData();
            if (meta == null) {
                throw new IOException(input.name() + ": the query returns no rows (it must be a SELECT)");
            }
            List<String> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                String name = meta.getColumnLabel(i);
                if (!seen.add(name)) {
                    throw new IOException(input.name() + ": column '" + name
                            + "' appears twice; give the columns distinct names (AS ...)");
                }
                columns.add(name);
            }
            return new JdbcRecordReader(input, connection, statement, List.copyOf(columns));
        } catch (SQLException e) {
            closeQuietly(statement, connection, e);
            throw new IOException(input.name() + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            closeQuietly(statement, connection, e);
            throw e;
        }
    }

    @Override
    public List<String> columns() {
        return columns;
    }

    @Override
    public SourceRecord read() throws IOException {
        if (done) {
            return null;
        }
        try {
            if (rows == null) {
                rows = statement.executeQuery();
                input.digest(String.join("\t", columns) + "\n");
            }
            if (!rows.next()) {
                done = true;
                return null;
            }
            row++;
            Map<String, String> values = new LinkedHashMap<>();
            StringBuilder raw = new StringBuilder();
            for (int i = 0; i < columns.size(); i++) {
                String value = rows.getString(i + 1);
                values.put(columns.get(i), value);
                if (i > 0) {
                    raw.append('\t');
                }
                appendCopyText(raw, value);
            }
            String text = raw.toString();
            input.digest(text + "\n");
            return new SourceRecord(new Origin(input.name(), row), values, text);
        } catch (SQLException e) {
            throw new IOException(input.name() + " row " + (row + 1) + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        SQLException failure = null;
        try {
            if (rows != null) {
                rows.close();
            }
        } catch (SQLException e) {
            failure = e;
        }
        try {
            statement.close();
            connection.rollback(); // read only: nothing to keep; ends the transaction and its cursor
        } catch (SQLException e) {
            failure = failure == null ? e : failure;
        } finally {
            try {
                connection.close();
            } catch (SQLException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw new IOException(input.name() + ": " + failure.getMessage(), failure);
        }
    }

    static void appendCopyText(StringBuilder out, String value) {
        if (value == null) {
            out.append("\\N");
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
    }

    private static void closeQuietly(PreparedStatement statement, Connection connection, Exception failure) {
        try {
            if (statement != null) {
                statement.close();
            }
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
