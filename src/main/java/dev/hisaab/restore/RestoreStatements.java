package dev.hisaab.restore;

import java.util.Map;
import java.util.StringJoiner;

/** Builds the single-line statements and evidence comments for one {@link RestoreRow}. */
final class RestoreStatements {

    private static final int MAX_COMMENT_FIELD = 200;
    private static final int MAX_COMMENT_NOTE = 500;

    private RestoreStatements() {
    }

    /**
     * {@code INSERT INTO t (c...) SELECT v... WHERE NOT EXISTS (SELECT 1 FROM t WHERE k = v ...);}: inserts the row
     * only while no row with its key exists, so nothing is overwritten and a second apply changes nothing.
     */
    static String insert(RestoreRow row) {
        String table = SqlText.qualifiedName(row.table());
        StringJoiner columns = new StringJoiner(", ", " (", ")");
        StringJoiner values = new StringJoiner(", ", " SELECT ", "");
        for (Map.Entry<String, String> column : row.values().entrySet()) {
            columns.add(SqlText.identifier(column.getKey()));
            values.add(SqlText.literal(column.getValue()));
        }
        return "INSERT INTO " + table + columns + values
                + " WHERE NOT EXISTS (SELECT 1 FROM " + table + " WHERE " + keyCondition(row) + ");";
    }

    /**
     * {@code DELETE FROM t WHERE k = v AND c IS NOT DISTINCT FROM v ...;}: removes the row only while every column
     * still holds what the restore inserted.
     */
    static String delete(RestoreRow row) {
        StringBuilder where = new StringBuilder(keyCondition(row));
        for (Map.Entry<String, String> column : row.values().entrySet()) {
            if (!row.keyColumns().contains(column.getKey())) {
                where.append(" AND ").append(SqlText.identifier(column.getKey()))
                        .append(" IS NOT DISTINCT FROM ").append(SqlText.literal(column.getValue()));
            }
        }
        return "DELETE FROM " + SqlText.qualifiedName(row.table()) + " WHERE " + where + ";";
    }

    /** The evidence comment line(s), each starting with {@code -- } and ending with a line break. */
    static String comment(String prefix, RestoreRow row) {
        StringJoiner evidence = new StringJoiner(", ");
        row.evidence().forEach(e -> evidence.add(SqlText.comment(e, MAX_COMMENT_FIELD)));
        StringBuilder out = new StringBuilder("-- ").append(prefix)
                .append(SqlText.comment(row.category(), MAX_COMMENT_FIELD)).append(' ')
                .append(SqlText.comment(row.key(), MAX_COMMENT_FIELD))
                .append(" rule=").append(SqlText.comment(row.rule(), MAX_COMMENT_FIELD))
                .append(" evidence=").append(evidence.length() == 0 ? "none" : evidence.toString()).append('\n');
        if (row.note() != null && !row.note().isEmpty()) {
            out.append("-- note: ").append(SqlText.comment(row.note(), MAX_COMMENT_NOTE)).append('\n');
        }
        return out.toString();
    }

    private static String keyCondition(RestoreRow row) {
        StringJoiner condition = new StringJoiner(" AND ");
        for (String column : row.keyColumns()) {
            condition.add(SqlText.identifier(column) + " = " + SqlText.literal(row.value(column)));
        }
        return condition.toString();
    }
}
