package dev.hisaab.restore;

/**
 * How many rows one data statement of a script changes when the script is first applied.
 *
 * @param line  1-based line of the script on which the statement starts
 * @param rows  rows it changes on the first apply (1 for each INSERT, guarded UPDATE and rollback DELETE or UPDATE)
 * @param table the target table
 * @param key   the finding key, escaped as in the script's comments
 */
public record ExpectedCount(long line, long rows, String table, String key) {

    public ExpectedCount {
        if (line < 1 || rows < 0) {
            throw new IllegalArgumentException("Invalid expected count: line " + line + ", rows " + rows);
        }
    }
}
