package dev.hisaab.restore;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One existing row to change, only while it still holds the values the evidence was read from, with the evidence for
 * doing so. {@link RestoreScriptWriter} writes it as
 * {@code UPDATE t SET c = new ... WHERE k = kv AND c IS NOT DISTINCT FROM old AND g IS NOT DISTINCT FROM gv ...
 * AND (c IS DISTINCT FROM new OR ...);} and its inverse into the rollback script (see {@link RestoreStatements}).
 *
 * <p>Values are raw text, written as string literals of unknown type, so PostgreSQL reads each as the type of the
 * column it is compared with or assigned to. Checked on PostgreSQL 15 (and by {@code RestoreUpdateScriptTests}): for
 * {@code numeric} the comparison is numeric ({@code '50.0'} matches {@code 50.00}); {@code integer}, {@code bigint},
 * {@code date} (under the script's {@code DateStyle ISO, YMD}), {@code timestamptz} (a value without offset is read in
 * the script's pinned {@code TimeZone}; {@code 10:15+05:30} matches {@code 04:45+00}), {@code timestamp},
 * {@code boolean} ({@code 'f'} matches {@code 'false'}), {@code varchar} and {@code text} (exact, case-sensitive) and
 * {@code jsonb} all work. A value the column's type cannot parse fails the whole script (nothing is applied). A
 * {@code json} column (no equality operator) cannot be a guard or a changed column.
 *
 * <p>Because comparisons are typed, a new value that differs from the old only in text ({@code 50.0} vs
 * {@code 50.00}) changes nothing: the statement's last clause ({@code c IS DISTINCT FROM new}) makes it change 0 rows
 * (which {@code apply} reports as already applied, or as a difference among other changes) rather than rewrite the
 * row on every apply. The same clause makes a second apply change 0 rows whatever the spelling.
 *
 * <p>Statements are judged in script order: an update's {@code expect} must describe the row as the script's earlier
 * statements leave it. The rollback script undoes them newest first.
 *
 * @param table     {@code name} or {@code schema.name} of the target table
 * @param keyValues columns that identify the row, with their (non-null) values; never changed
 * @param set       column to new raw text value (null for SQL NULL), in the order of the SET list
 * @param expect    column to the value the evidence saw (null = IS NULL): every column of {@code set}, plus any further
 *                  guard columns (such as {@code updated_at}) that must still hold what the evidence saw
 * @param category  finding category, e.g. {@code PENALTY_WRONGLY_APPLIED}
 * @param key       the finding's key as shown to people, e.g. the bill number
 * @param evidence  {@code file:line} references the change was decided from
 * @param rule      the rule that decided the change
 * @param note      free text for the reviewer, or null
 */
public record RestoreUpdate(String table, Map<String, String> keyValues, Map<String, String> set,
                            Map<String, String> expect, String category, String key, List<String> evidence, String rule,
                            String note) implements RestoreStatement {

    public RestoreUpdate {
        String problem = StatementChecks.tableProblem(table);
        if (problem != null) {
            throw new IllegalArgumentException("Invalid update table " + SqlText.comment(String.valueOf(table), 80) + ": " + problem);
        }
        Objects.requireNonNull(keyValues, "keyValues");
        Objects.requireNonNull(set, "set");
        Objects.requireNonNull(expect, "expect");
        category = StatementChecks.requireText(category, "category");
        key = Objects.requireNonNull(key, "key");
        rule = StatementChecks.requireText(rule, "rule");
        evidence = List.copyOf(evidence);
        ColumnMap keys = ColumnMap.copyOf(keyValues);
        ColumnMap newValues = ColumnMap.copyOf(set);
        ColumnMap guards = ColumnMap.copyOf(expect);
        keyValues = keys;
        set = newValues;
        expect = guards;
        if (keys.isEmpty()) {
            throw updateError(table, key, "no key columns");
        }
        if (newValues.isEmpty()) {
            throw updateError(table, key, "no columns to set");
        }
        String columnProblem = StatementChecks.columnProblem(keys, "key value");
        if (columnProblem == null) {
            columnProblem = StatementChecks.columnProblem(newValues, "new value");
        }
        if (columnProblem == null) {
            columnProblem = StatementChecks.columnProblem(guards, "expected value");
        }
        if (columnProblem != null) {
            throw updateError(table, key, columnProblem);
        }
        for (int i = 0; i < keys.size(); i++) {
            if (keys.value(i) == null) {
                // k = NULL is never true: the statement could never find its row.
                throw updateError(table, key, "key column " + keys.name(i) + " is NULL");
            }
            if (guards.containsKey(keys.name(i))) {
                // A key identifies the row; it is never changed, and guarding it twice would only hide a mistake.
                throw updateError(table, key, "key column " + keys.name(i) + " is also in set or expect");
            }
        }
        boolean changes = false;
        for (int i = 0; i < newValues.size(); i++) {
            String column = newValues.name(i);
            if (!guards.containsKey(column)) {
                // Without the old value the guard cannot tell a row changed since the evidence, nor can rollback undo it.
                throw updateError(table, key, "column " + column + " is set but its expected value is not given");
            }
            changes |= !Objects.equals(newValues.value(i), guards.get(column));
        }
        if (!changes) {
            throw updateError(table, key, "every new value equals its expected value, so the update would change nothing");
        }
    }

    /** {@link #keyValues()} as the writer reads it, column by column. */
    ColumnMap keyColumns() {
        return (ColumnMap) keyValues;
    }

    /** {@link #set()} as the writer reads it, column by column. */
    ColumnMap setColumns() {
        return (ColumnMap) set;
    }

    /** {@link #expect()} as the writer reads it, column by column. */
    ColumnMap expectColumns() {
        return (ColumnMap) expect;
    }

    private static IllegalArgumentException updateError(String table, String key, String problem) {
        return new IllegalArgumentException("Cannot update " + table + " row " + SqlText.comment(key, 80) + ": " + problem);
    }
}
