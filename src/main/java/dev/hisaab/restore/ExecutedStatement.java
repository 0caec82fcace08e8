package dev.hisaab.restore;

/**
 * One statement {@link RestoreScriptRunner} executed.
 *
 * @param line 1-based script line on which the statement starts
 * @param sql  the statement text
 * @param rows rows it changed (its update count; 0 for statements that change none)
 */
public record ExecutedStatement(long line, String sql, long rows) {
}
