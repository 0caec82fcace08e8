package dev.hisaab.restore;

/**
 * One {@link RestoreStatement} as script text, everything but the line numbers that only the writer knows: built from
 * the statement alone, so it can be built on another thread than the one that writes (see {@link SqlRestoreScripts}).
 *
 * @param restoreText   what restore.sql gets: a blank line, the evidence comment, the statement, a line break
 * @param statementLine line breaks in {@code restoreText} before the statement's own line
 * @param countsTail    {@code table TAB key} and a line break: the end of the statement's line in both counts files
 * @param undoText      what follows {@code -- undo restore.sql:<line> } in rollback.sql: the evidence comment, the
 *                      inverse statement, a line break
 * @param update        whether the statement is a {@link RestoreUpdate}
 */
record RenderedStatement(String restoreText, long statementLine, String countsTail, String undoText, boolean update) {

    /** The text of {@code statement}. */
    static RenderedStatement of(RestoreStatement statement) {
        // the evidence comment is the same in both scripts but for its prefix: built once
        StringBuilder body = new StringBuilder(256);
        RestoreStatements.appendCommentBody(body, statement);
        StringBuilder text = new StringBuilder(body.length() + 512);
        text.append("\n-- ").append(body);
        long statementLine = ScriptFile.lineBreaks(text);
        RestoreStatements.appendForward(text, statement);
        text.append('\n');
        String restoreText = text.toString();
        text.setLength(0);
        RestoreCounts.appendTail(text, statement);
        String countsTail = text.toString();
        text.setLength(0);
        text.append(body);
        RestoreStatements.appendUndo(text, statement);
        text.append('\n');
        return new RenderedStatement(restoreText, statementLine, countsTail, text.toString(),
                statement instanceof RestoreUpdate);
    }
}
