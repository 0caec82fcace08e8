package dev.hisaab.restore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What applying a script changed, or would change, compared with its counts file: per group of statements (finding
 * category and table) and in total, and every statement whose row count differs from the expected one.
 *
 * <p>{@link Outcome#AS_EXPECTED}: every statement changes exactly its expected rows (the first apply).
 * {@link Outcome#ALREADY_APPLIED}: rows were expected, and every statement changes none (the script, or one with the
 * same rows, was applied before: its inserts find their keys taken and its guarded updates find the new values in
 * place). {@link Outcome#DIFFERS}: anything else, e.g. a row re-created by staff since the
 * script was generated; such a script is never committed.
 *
 * @param script       the script's file name
 * @param groups       per category and table, in script order
 * @param differences  statements whose counts differ (empty unless {@link Outcome#DIFFERS})
 * @param statements   data statements counted
 * @param expectedRows rows the counts file expects in total
 * @param changedRows  rows the statements changed in total
 */
public record ApplyReport(String script, List<Group> groups, List<Difference> differences, long statements,
                          long expectedRows, long changedRows) {

    /** What the counts say about the database the script ran on. */
    public enum Outcome { AS_EXPECTED, ALREADY_APPLIED, DIFFERS }

    /** The statements of one category on one table. */
    public record Group(String category, String table, long statements, long expectedRows, long changedRows) {
    }

    /**
     * A statement that changed another number of rows than expected.
     *
     * @param line  script line the statement starts on
     * @param table its table ({@code ?} for a statement the counts file does not list)
     * @param key   its finding key ({@code ?} likewise)
     * @param note  null, or why the statement could not be compared
     */
    public record Difference(long line, String table, String key, long expectedRows, long changedRows, String note) {
    }

    public ApplyReport {
        groups = List.copyOf(groups);
        differences = List.copyOf(differences);
    }

    /**
     * Compares executed statements with the expected counts.
     *
     * @param categories finding category of the statement starting on each line (from the script's comments)
     */
    public static ApplyReport compare(String script, List<ExecutedStatement> executed, List<ExpectedCount> expected,
                                      Map<Long, String> categories) {
        Map<Long, ExecutedStatement> byLine = new HashMap<>();
        executed.forEach(s -> byLine.put(s.line(), s));
        Map<Long, ExpectedCount> expectedByLine = new HashMap<>();
        expected.forEach(e -> expectedByLine.put(e.line(), e));
        Map<String, long[]> groupCounts = new java.util.LinkedHashMap<>();
        Map<String, String[]> groupNames = new HashMap<>();
        List<Difference> differences = new ArrayList<>();
        long expectedRows = 0;
        long changedRows = 0;
        for (ExpectedCount e : expected) {
            ExecutedStatement s = byLine.get(e.line());
            long changed = s == null ? 0 : s.rows();
            expectedRows += e.rows();
            changedRows += changed;
            if (s == null) {
                differences.add(new Difference(e.line(), e.table(), e.key(), e.rows(), 0,
                        "no statement starts on this line: the script and its counts file do not belong together"));
            } else if (changed != e.rows()) {
                differences.add(new Difference(e.line(), e.table(), e.key(), e.rows(), changed, null));
            }
            String category = categories.getOrDefault(e.line(), "-");
            String groupKey = category + "\u0000" + e.table();
            groupNames.putIfAbsent(groupKey, new String[] {category, e.table()});
            long[] c = groupCounts.computeIfAbsent(groupKey, k -> new long[3]);
            c[0]++;
            c[1] += e.rows();
            c[2] += changed;
        }
        for (ExecutedStatement s : executed) {
            if (!expectedByLine.containsKey(s.line()) && s.rows() != 0) {
                changedRows += s.rows();
                differences.add(new Difference(s.line(), "?", "?", 0, s.rows(),
                        "the counts file does not list this statement"));
            }
        }
        differences.sort(java.util.Comparator.comparingLong(Difference::line));
        List<Group> groups = new ArrayList<>();
        groupCounts.forEach((k, c) -> groups.add(new Group(groupNames.get(k)[0], groupNames.get(k)[1], c[0], c[1], c[2])));
        return new ApplyReport(script, groups, differences, expected.size(), expectedRows, changedRows);
    }

    /** The outcome; see the type's description. */
    public Outcome outcome() {
        if (differences.isEmpty()) {
            return Outcome.AS_EXPECTED;
        }
        boolean noneChanged = changedRows == 0
                && differences.stream().allMatch(d -> d.note() == null && d.changedRows() == 0);
        return noneChanged && expectedRows > 0 ? Outcome.ALREADY_APPLIED : Outcome.DIFFERS;
    }
}
