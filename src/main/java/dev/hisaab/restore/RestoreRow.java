package dev.hisaab.restore;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row to put back into a table, with the evidence for doing so.
 *
 * @param table      {@code name} or {@code schema.name} of the target table
 * @param keyColumns columns that identify the row; each is in {@code values} with a non-null value
 * @param values     column name to raw text value (null for SQL NULL), in the column order of the statement
 * @param category   finding category, e.g. {@code MISSING_APPLICATION_RESTORABLE}
 * @param key        the finding's key as shown to people, e.g. the application number
 * @param evidence   {@code file:line} references the row was reconstructed from
 * @param rule       the rule that decided the row is restorable
 * @param note       free text for the reviewer, or null
 */
public record RestoreRow(String table, List<String> keyColumns, Map<String, String> values, String category,
                         String key, List<String> evidence, String rule, String note) implements RestoreStatement {

    public RestoreRow {
        String problem = StatementChecks.tableProblem(table);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid restore table " + SqlText.comment(String.valueOf(table), 80) + ": " + problem);
        }
        Objects.requireNonNull(values, "values");
        Objects.requireNonNull(keyColumns, "keyColumns");
        if (values.isEmpty()) {
            throw new IllegalArgumentException("Restore row for " + table + " has no columns");
        }
        if (keyColumns.isEmpty()) {
            throw new IllegalArgumentException("Restore row for " + table + " has no key columns");
        }
        values = ColumnMap.copyOf(values);
        keyColumns = List.copyOf(keyColumns);
        category = StatementChecks.requireText(category, "category");
        key = Objects.requireNonNull(key, "key");
        rule = StatementChecks.requireText(rule, "rule");
        evidence = List.copyOf(evidence);
        String columnProblem = StatementChecks.columnProblem((ColumnMap) values, "value");
        if (columnProblem != null) {
            throw rowError(table, key, columnProblem);
        }
        for (String keyColumn : keyColumns) {
            if (!values.containsKey(keyColumn)) {
                throw rowError(table, key, "key column " + SqlText.comment(String.valueOf(keyColumn), 80) + " is not among the values");
            }
            if (values.get(keyColumn) == null) {
                // k = NULL is never true, so the NOT EXISTS guard would let every apply insert another copy.
                throw rowError(table, key, "key column " + keyColumn + " is NULL");
            }
        }
        for (int i = 1; i < keyColumns.size(); i++) {
            if (keyColumns.subList(0, i).contains(keyColumns.get(i))) {
                throw rowError(table, key, "key columns repeat: " + keyColumns);
            }
        }
    }

    /** The value of column {@code column} (null for SQL NULL). */
    public String value(String column) {
        return values.get(column);
    }

    /** {@link #values()} as the writer reads it, column by column. */
    ColumnMap columns() {
        return (ColumnMap) values;
    }

    private static IllegalArgumentException rowError(String table, String key, String problem) {
        return new IllegalArgumentException("Cannot restore " + table + " row " + SqlText.comment(key, 80) + ": " + problem);
    }
}
