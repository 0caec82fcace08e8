package dev.hisaab.restore;

/**
 * One {@link RestoreStatement} as script text, everything but the line numbers that only the writer knows: built from
 * the statement alone, so it can be built on another thread than the one that writes (see {@link SqlRestoreScripts}).
 *
 * @param restoreText   what restore.sql gets: a blank line, the evidence comment, the statement, a line break
 * @param restoreLines  line breaks in {@code restoreText}
 * @param statementLine line breaks in {@code restoreText} before the statement's own line
 * @param countsTail    {@code table TAB key} and a line break: the end of the statement's line in both counts files
 * @param undoText      what follows {@code -- undo restore.sql:<line> } in rollback.sql: the evidence comment, the
 *                      inverse statement, a line break
 * @param undoLines     line breaks in {@code undoText}
 * @param update        whether the statement is a {@link RestoreUpdate}
 */
record RenderedStatement(String restoreText, long restoreLines, long statementLine, String countsTail, String undoText,
                         long undoLines, boolean update) {

    /** The text of {@code statement}. */
    static RenderedStatement of(RestoreStatement statement) {
        return of(statement, new StringBuilder(256), new StringBuilder(1024));
    }

    /** The text of {@code statement}, built in {@code body} and {@code text} (cleared first), which a caller reuses. */
    static RenderedStatement of(RestoreStatement statement, StringBuilder body, StringBuilder text) {
        // the evidence comment is the same in both scripts but for its prefix: built once
        body.setLength(0);
        RestoreStatements.appendCommentBody(body, statement);
        long bodyLines = ScriptFile.lineBreaks(body);
        text.setLength(0);
        text.append("\n-- ").append(body);
        RestoreStatements.appendForward(text, statement);
        text.append('\n');
        String restoreText = text.toString();
        long restoreLines = ScriptFile.lineBreaks(text);
        text.setLength(0);
        RestoreCounts.appendTail(text, statement);
        String countsTail = text.toString();
        text.setLength(0);
        text.append(body);
        RestoreStatements.appendUndo(text, statement);
        text.append('\n');
        return new RenderedStatement(restoreText, restoreLines, 1 + bodyLines, countsTail, text.toString(),
                ScriptFile.lineBreaks(text), statement instanceof RestoreUpdate);
    }
}
