package dev.hisaab.restore;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/** Builds the single-line statements and evidence comments for one {@link RestoreRow} or {@link RestoreUpdate}. */
final class RestoreStatements {

    private static final int MAX_COMMENT_FIELD = 200;
    private static final int MAX_COMMENT_NOTE = 500;

    private RestoreStatements() {
    }

    /** The restore statement: {@link #insert} for a row, {@link #update} for an update. */
    static String forward(RestoreStatement statement) {
        return statement instanceof RestoreRow row ? insert(row) : update((RestoreUpdate) statement);
    }

    /** The rollback statement: {@link #delete} for a row, {@link #undoUpdate} for an update. */
    static String undo(RestoreStatement statement) {
        return statement instanceof RestoreRow row ? delete(row) : undoUpdate((RestoreUpdate) statement);
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

    /**
     * {@code UPDATE t SET c = new ... WHERE k = kv AND g IS NOT DISTINCT FROM expected ... AND (c IS DISTINCT FROM new
     * OR ...);}: changes the row only while every guard column still holds what the evidence saw. The last clause skips
     * a row that already holds every new value, so a second apply changes nothing even when a new value equals its old
     * one in the column's type but not in text ({@code 50.0} and {@code 50.00}).
     */
    static String update(RestoreUpdate update) {
        return updateStatement(update.table(), update.keyValues(), update.set(), update.expect());
    }

    /**
     * The inverse of {@link #update}: sets each changed column back to its expected value, only while each still holds
     * the new value and every other guard column is still as the evidence saw it.
     */
    static String undoUpdate(RestoreUpdate update) {
        Map<String, String> undoSet = new LinkedHashMap<>();
        update.set().keySet().forEach(c -> undoSet.put(c, update.expect().get(c)));
        Map<String, String> undoExpect = new LinkedHashMap<>(update.expect());
        undoExpect.putAll(update.set());
        return updateStatement(update.table(), update.keyValues(), undoSet, undoExpect);
    }

    private static String updateStatement(String table, Map<String, String> keyValues, Map<String, String> set,
                                          Map<String, String> expect) {
        StringJoiner assignments = new StringJoiner(", ");
        StringJoiner stillNew = new StringJoiner(" OR ");
        set.forEach((c, v) -> {
            assignments.add(SqlText.identifier(c) + " = " + SqlText.literal(v));
            stillNew.add(SqlText.identifier(c) + " IS DISTINCT FROM " + SqlText.literal(v));
        });
        StringJoiner where = new StringJoiner(" AND ");
        keyValues.forEach((c, v) -> where.add(SqlText.identifier(c) + " = " + SqlText.literal(v)));
        expect.forEach((c, v) -> where.add(SqlText.identifier(c) + " IS NOT DISTINCT FROM " + SqlText.literal(v)));
        where.add(set.size() == 1 ? stillNew.toString() : "(" + stillNew + ")");
        return "UPDATE " + SqlText.qualifiedName(table) + " SET " + assignments + " WHERE " + where + ";";
    }

    /** The evidence comment line(s), each starting with {@code -- } and ending with a line break. */
    static String comment(String prefix, RestoreStatement row) {
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
