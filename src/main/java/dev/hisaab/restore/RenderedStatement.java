package dev.hisaab.restore;

import java.nio.charset.StandardCharsets;

/**
 * One {@link RestoreStatement} as script text in UTF-8, everything but the line numbers that only the writer knows:
 * built from the statement alone, so it can be built on another thread than the one that writes (see
 * {@link SqlRestoreScripts}), and encoded there too, so the writer only copies bytes.
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
record RenderedStatement(byte[] restoreText, long restoreLines, long statementLine, byte[] countsTail, byte[] undoText,
                         long undoLines, boolean update) {

    /** The text of {@code statement}. */
    static RenderedStatement of(RestoreStatement statement) {
        return of(statement, new StringBuilder(256), new StringBuilder(1024));
    }

    /**
     * The text of {@code statement}, built in {@code body} and {@code text} (cleared first), which a caller reuses.
     * Line breaks are not counted but known: the evidence comment says how many it wrote, and a statement is one line
     * (its names and literals hold no line break, see {@link SqlText}).
     */
    static RenderedStatement of(RestoreStatement statement, StringBuilder body, StringBuilder text) {
        // the evidence comment is the same in both scripts but for its prefix: built once
        body.setLength(0);
        int bodyLines = RestoreStatements.appendCommentBody(body, statement);
        text.setLength(0);
        text.append("\n-- ").append(body);
        RestoreStatements.appendForward(text, statement);
        text.append('\n');
        byte[] restoreText = utf8(text);
        text.setLength(0);
        RestoreCounts.appendTail(text, statement);
        byte[] countsTail = utf8(text);
        text.setLength(0);
        text.append(body);
        RestoreStatements.appendUndo(text, statement);
        text.append('\n');
        return new RenderedStatement(restoreText, 2 + bodyLines, 1 + bodyLines, countsTail, utf8(text), 1 + bodyLines,
                statement instanceof RestoreUpdate);
    }

    /**
     * {@code text} in UTF-8. {@link String#getBytes} would write an unpaired surrogate as {@code ?}, but script text
     * never holds one: {@link SqlText} refuses one in a name or a literal and escapes one in comment text.
     */
    private static byte[] utf8(StringBuilder text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
