package dev.hisaab.restore;

import java.util.List;

/**
 * Builds the single-line statements and evidence comments for one {@link RestoreRow} or {@link RestoreUpdate}.
 *
 * <p>Each part is appended straight into the caller's builder (a large run writes millions of statements, so no
 * intermediate strings, joiners or copied maps): names come from {@link SqlText#identifier} and
 * {@link SqlText#qualifiedName}, which check each name once and then remember its SQL form, and every value goes
 * through {@link SqlText#appendLiteral}, which checks and escapes it in one pass.
 */
final class RestoreStatements {

    private static final int MAX_COMMENT_FIELD = 200;
    private static final int MAX_COMMENT_NOTE = 500;

    private RestoreStatements() {
    }

    /** The restore statement: {@link #insert} for a row, {@link #update} for an update. */
    static String forward(RestoreStatement statement) {
        StringBuilder out = new StringBuilder(256);
        appendForward(out, statement);
        return out.toString();
    }

    /** The rollback statement: {@link #delete} for a row, {@link #undoUpdate} for an update. */
    static String undo(RestoreStatement statement) {
        StringBuilder out = new StringBuilder(256);
        appendUndo(out, statement);
        return out.toString();
    }

    /** Appends {@link #forward(RestoreStatement)}. */
    static void appendForward(StringBuilder out, RestoreStatement statement) {
        if (statement instanceof RestoreRow row) {
            appendInsert(out, row);
        } else {
            appendUpdate(out, (RestoreUpdate) statement, false);
        }
    }

    /** Appends {@link #undo(RestoreStatement)}. */
    static void appendUndo(StringBuilder out, RestoreStatement statement) {
        if (statement instanceof RestoreRow row) {
            appendDelete(out, row);
        } else {
            appendUpdate(out, (RestoreUpdate) statement, true);
        }
    }

    /**
     * {@code INSERT INTO t (c...) SELECT v... WHERE NOT EXISTS (SELECT 1 FROM t WHERE k = v ...);}: inserts the row
     * only while no row with its key exists, so nothing is overwritten and a second apply changes nothing.
     */
    static String insert(RestoreRow row) {
        StringBuilder out = new StringBuilder(256);
        appendInsert(out, row);
        return out.toString();
    }

    /**
     * {@code DELETE FROM t WHERE k = v AND c IS NOT DISTINCT FROM v ...;}: removes the row only while every column
     * still holds what the restore inserted.
     */
    static String delete(RestoreRow row) {
        StringBuilder out = new StringBuilder(256);
        appendDelete(out, row);
        return out.toString();
    }

    /**
     * {@code UPDATE t SET c = new ... WHERE k = kv AND g IS NOT DISTINCT FROM expected ... AND (c IS DISTINCT FROM new
     * OR ...);}: changes the row only while every guard column still holds what the evidence saw. The last clause skips
     * a row that already holds every new value, so a second apply changes nothing even when a new value equals its old
     * one in the column's type but not in text ({@code 50.0} and {@code 50.00}).
     */
    static String update(RestoreUpdate update) {
        StringBuilder out = new StringBuilder(256);
        appendUpdate(out, update, false);
        return out.toString();
    }

    /**
     * The inverse of {@link #update}: sets each changed column back to its expected value, only while each still holds
     * the new value and every other guard column is still as the evidence saw it.
     */
    static String undoUpdate(RestoreUpdate update) {
        StringBuilder out = new StringBuilder(256);
        appendUpdate(out, update, true);
        return out.toString();
    }

    private static void appendInsert(StringBuilder out, RestoreRow row) {
        String table = SqlText.qualifiedName(row.table());
        ColumnMap values = row.columns();
        out.append("INSERT INTO ").append(table).append(" (");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(values.sqlName(i));
        }
        out.append(") SELECT ");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            SqlText.appendLiteral(out, values.value(i));
        }
        out.append(" WHERE NOT EXISTS (SELECT 1 FROM ").append(table).append(" WHERE ");
        appendKeyCondition(out, row);
        out.append(");");
    }

    private static void appendDelete(StringBuilder out, RestoreRow row) {
        out.append("DELETE FROM ").append(SqlText.qualifiedName(row.table())).append(" WHERE ");
        appendKeyCondition(out, row);
        ColumnMap values = row.columns();
        List<String> keyColumns = row.keyColumns();
        for (int i = 0; i < values.size(); i++) {
            if (!keyColumns.contains(values.name(i))) {
                out.append(" AND ").append(values.sqlName(i)).append(" IS NOT DISTINCT FROM ");
                SqlText.appendLiteral(out, values.value(i));
            }
        }
        out.append(';');
    }

    /**
     * The update, or with {@code undo} its inverse: the inverse sets each changed column to its expected value, guards
     * each changed column with its new value (the other guard columns as they are), and skips a row already back.
     */
    private static void appendUpdate(StringBuilder out, RestoreUpdate update, boolean undo) {
        ColumnMap set = update.setColumns();
        ColumnMap expect = update.expectColumns();
        ColumnMap keys = update.keyColumns();
        out.append("UPDATE ").append(SqlText.qualifiedName(update.table())).append(" SET ");
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                out.append(", ");
            }
            out.append(set.sqlName(i)).append(" = ");
            SqlText.appendLiteral(out, undo ? expect.get(set.name(i)) : set.value(i));
        }
        out.append(" WHERE ");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                out.append(" AND ");
            }
            out.append(keys.sqlName(i)).append(" = ");
            SqlText.appendLiteral(out, keys.value(i));
        }
        for (int i = 0; i < expect.size(); i++) {
            String column = expect.name(i);
            out.append(" AND ").append(expect.sqlName(i)).append(" IS NOT DISTINCT FROM ");
            SqlText.appendLiteral(out, undo && set.containsKey(column) ? set.get(column) : expect.value(i));
        }
        out.append(" AND ");
        if (set.size() > 1) {
            out.append('(');
        }
        for (int i = 0; i < set.size(); i++) {
            if (i > 0) {
                out.append(" OR ");
            }
            out.append(set.sqlName(i)).append(" IS DISTINCT FROM ");
            SqlText.appendLiteral(out, undo ? expect.get(set.name(i)) : set.value(i));
        }
        if (set.size() > 1) {
            out.append(')');
        }
        out.append(';');
    }

    /** The evidence comment line(s), each starting with {@code -- } and ending with a line break. */
    static String comment(String prefix, RestoreStatement row) {
        StringBuilder out = new StringBuilder(256).append("-- ").append(prefix);
        appendCommentBody(out, row);
        return out.toString();
    }

    /**
     * Appends what follows {@code -- } and a prefix in {@link #comment(String, RestoreStatement)}: the same for the
     * restore script's comment and the rollback script's, so a writer builds it once for both. Returns the line breaks
     * appended (1, or 2 with a note): the only ones, since comment text is escaped, so a writer need not count them.
     */
    static int appendCommentBody(StringBuilder out, RestoreStatement row) {
        SqlText.appendComment(out, row.category(), MAX_COMMENT_FIELD);
        out.append(' ');
        SqlText.appendComment(out, row.key(), MAX_COMMENT_FIELD);
        out.append(" rule=");
        SqlText.appendComment(out, row.rule(), MAX_COMMENT_FIELD);
        out.append(" evidence=");
        int evidenceStart = out.length();
        boolean first = true;
        for (String e : row.evidence()) {
            if (!first) {
                out.append(", ");
            }
            SqlText.appendComment(out, e, MAX_COMMENT_FIELD);
            first = false;
        }
        if (out.length() == evidenceStart) {
            out.append("none"); // no evidence, or one empty reference: as a joined list would show it
        }
        out.append('\n');
        if (row.note() != null && !row.note().isEmpty()) {
            out.append("-- note: ");
            SqlText.appendComment(out, row.note(), MAX_COMMENT_NOTE);
            out.append('\n');
            return 2;
        }
        return 1;
    }

    private static void appendKeyCondition(StringBuilder out, RestoreRow row) {
        boolean first = true;
        for (String column : row.keyColumns()) {
            if (!first) {
                out.append(" AND ");
            }
            out.append(SqlText.identifier(column)).append(" = ");
            SqlText.appendLiteral(out, row.value(column));
            first = false;
        }
    }
}
