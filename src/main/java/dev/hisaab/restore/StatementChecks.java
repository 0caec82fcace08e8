package dev.hisaab.restore;

/**
 * The checks {@link RestoreRow} and {@link RestoreUpdate} share, so both refuse the same bad names and values with the
 * same messages: a table that is not {@code name} or {@code schema.name}, a column name PostgreSQL would not keep as
 * written, a value PostgreSQL text cannot hold.
 */
final class StatementChecks {

    private StatementChecks() {
    }

    /** Why {@code table} cannot be written as a table name, or null when it can. */
    static String tableProblem(String table) {
        if (table == null) {
            return "null";
        }
        try {
            SqlText.qualifiedName(table);
            return null;
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    /** {@code text}, unless it is null or blank. */
    static String requireText(String text, String what) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Restore row " + what + " is required");
        }
        return text;
    }

    /**
     * Why one of {@code columns} has an unusable name or an unstorable value, or null when none has; {@code what}
     * names the map in the message ({@code value}, {@code new value}, ...).
     */
    static String columnProblem(ColumnMap columns, String what) {
        for (int i = 0; i < columns.size(); i++) {
            String name = columns.name(i);
            String nameProblem = SqlText.identifierProblem(name);
            if (nameProblem != null) {
                return "column " + SqlText.comment(String.valueOf(name), 80) + " " + nameProblem;
            }
            String value = columns.value(i);
            String valueProblem = value == null ? null : SqlText.unstorableReason(value);
            if (valueProblem != null) {
                return what + " of column " + name + " " + valueProblem;
            }
        }
        return null;
    }
}
