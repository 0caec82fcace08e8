package dev.hisaab.restore;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Streams {@link RestoreStatement}s into {@code restore.sql}, {@code rollback.sql} and their {@code .counts} files.
 *
 * <p>Both scripts run in one transaction, pin their session settings, and stop at the first error under psql
 * ({@code \set ON_ERROR_STOP on}) as under {@link RestoreScriptRunner}. Each statement becomes an evidence comment and
 * one single-line statement, in the caller's order. A {@link RestoreRow} becomes an INSERT that adds the row only while
 * no row with its key exists (a second apply changes nothing, an existing row is never overwritten), undone by a
 * DELETE that removes it only while every column is still as inserted. A {@link RestoreUpdate} becomes an UPDATE that
 * changes the row only while its guard columns still hold what the evidence saw and it does not yet hold the new
 * values, undone by an UPDATE that puts the old values back only while the row still holds what the restore wrote.
 * Each statement is expected to change one row on the first apply. Rollback statements are in reverse order, so child
 * rows go before their parents and chained updates unwind. Statements are not kept in memory: rollback entries are
 * spooled to a file and only their offsets and line counts are kept (9 bytes a statement, about 9 MB for a million).
 *
 * <p>Files are written under {@code .partial} names. {@link #finish()} completes and renames them; {@link #close()}
 * without {@code finish()} deletes them, so a failed run leaves no script behind.
 */
public final class RestoreScriptWriter implements Closeable {

    private final RestoreScriptFiles files;
    private final RestoreScriptHeader header;
    private final ScriptFile restore;
    private final ScriptFile restoreCounts;
    private final Path spoolPath;
    private final OutputStream spool;
    private long[] spoolOffsets = new long[1024];
    /** Line breaks of each spooled entry's script text, so they need not be counted again when it is copied. */
    private byte[] spoolLines = new byte[1024];
    /** Reused for the digits of each statement's line number in its rollback entry. */
    private final byte[] number = new byte[20];
    private long spoolSize;
    private long rows;
    private long updates;
    private boolean finished;

    private RestoreScriptWriter(RestoreScriptFiles files, RestoreScriptHeader header) throws IOException {
        this.files = files;
        this.header = header;
        this.spoolPath = files.rollbackSql().resolveSibling(files.rollbackSql().getFileName() + ".spool");
        ScriptFile restoreFile = null;
        ScriptFile countsFile = null;
        try {
            restoreFile = new ScriptFile(files.restoreSql());
            countsFile = new ScriptFile(files.restoreCounts());
            this.spool = new BufferedOutputStream(Files.newOutputStream(spoolPath), 1 << 16);
        } catch (IOException | RuntimeException e) {
            closeQuietly(restoreFile, e);
            closeQuietly(countsFile, e);
            throw e;
        }
        this.restore = restoreFile;
        this.restoreCounts = countsFile;
    }

    /** Opens the four files (as {@code .partial}) and writes the restore script's header. */
    public static RestoreScriptWriter open(RestoreScriptFiles files, RestoreScriptHeader header) throws IOException {
        RestoreScriptWriter writer = new RestoreScriptWriter(files, header);
        try {
            writer.restore.write(prologue("restore", "Restores rows lost from the live database. Each INSERT adds its row only "
                    + "while no row with the same key exists, each UPDATE changes its row only while the row still holds "
                    + "the values the evidence was read from, so applying it twice changes nothing.", header));
            writer.restoreCounts.write(RestoreCounts.HEADER);
        } catch (IOException | RuntimeException e) {
            closeQuietly(writer, e);
            throw e;
        }
        return writer;
    }

    /**
     * Appends one statement: its evidence comment and INSERT or UPDATE to the restore script, its inverse to the
     * rollback spool.
     */
    public void write(RestoreStatement row) throws IOException {
        write(RenderedStatement.of(row));
    }

    /** Appends one statement built as text beforehand, perhaps on another thread: as {@link #write(RestoreStatement)}. */
    void write(RenderedStatement row) throws IOException {
        if (finished) {
            throw new IllegalStateException("Restore script already finished");
        }
        long insertLine = restore.lines() + row.statementLine() + 1;
        restore.writeUtf8(row.restoreText(), row.restoreLines());
        restoreCounts.writeNumber(insertLine);
        restoreCounts.writeUtf8(ONE_ROW, 0);
        restoreCounts.writeUtf8(row.countsTail(), 1);
        // Spooled entry: its rollback.counts line tail (table TAB key) on the first line, then the script text.
        long undoLines = 1 + row.undoLines();
        if (undoLines > Byte.MAX_VALUE) {
            throw new IllegalStateException("rollback entry of " + undoLines + " lines");
        }
        if (rows == spoolOffsets.length) {
            spoolOffsets = Arrays.copyOf(spoolOffsets, spoolOffsets.length * 2);
            spoolLines = Arrays.copyOf(spoolLines, spoolOffsets.length);
        }
        spoolOffsets[(int) rows] = spoolSize;
        spoolLines[(int) rows] = (byte) undoLines;
        byte[] tail = row.countsTail();
        byte[] undo = row.undoText();
        int digits = digits(insertLine, number);
        spool.write(tail);
        spool.write(UNDO_PREFIX);
        spool.write(number, number.length - digits, digits);
        spool.write(' ');
        spool.write(undo);
        spoolSize += tail.length + UNDO_PREFIX.length + digits + 1 + undo.length;
        rows++;
        if (row.update()) {
            updates++;
        }
    }

    /** {@code "\t1\t"}: the rows a statement changes on its first apply, between the line number and the tail. */
    private static final byte[] ONE_ROW = "\t1\t".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] UNDO_PREFIX = "\n-- undo restore.sql:".getBytes(StandardCharsets.US_ASCII);

    /** Puts the decimal digits of {@code value} (not negative) at the end of {@code into}; returns how many. */
    private static int digits(long value, byte[] into) {
        int i = into.length;
        long n = value;
        do {
            into[--i] = (byte) ('0' + (int) (n % 10));
            n /= 10;
        } while (n > 0);
        return into.length - i;
    }

    /** Statements written so far, inserts and updates: the rows the script changes on its first apply. */
    public long rowCount() {
        return rows;
    }

    /** Of {@link #rowCount()}, the updates. */
    public long updateCount() {
        return updates;
    }

    /** Ends both scripts with {@code COMMIT;} and renames all four files into place, restore.sql last. */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        restore.write("\n-- end of restore: " + rows + " row(s)\nCOMMIT;\n");
        spool.close();
        try (ScriptFile rollback = new ScriptFile(files.rollbackSql());
             ScriptFile rollbackCounts = new ScriptFile(files.rollbackCounts())) {
            rollback.write(prologue("rollback", "Undoes restore.sql newest first: removes each row it inserted, and puts "
                    + "back the old values of each row it updated, only while the row is still exactly as restore wrote it.", header));
            rollbackCounts.write(RestoreCounts.HEADER);
            writeRollbackEntries(rollback, rollbackCounts);
            rollback.write("\n-- end of rollback: " + rows + " row(s)\nCOMMIT;\n");
            rollbackCounts.publish();
            rollback.publish();
        }
        restoreCounts.publish();
        restore.publish();
        finished = true;
        Files.deleteIfExists(spoolPath);
    }

    /** Releases the files; without {@link #finish()} the partial files are deleted. */
    @Override
    public void close() throws IOException {
        try (spool; restore; restoreCounts) {
            Files.deleteIfExists(spoolPath);
        }
    }

    /**
     * Copies the spooled entries newest first, as the bytes they were spooled as. The spool is read backwards a block
     * at a time (a seek and a read per entry would cost two system calls for each of a large run's millions of
     * statements).
     */
    private void writeRollbackEntries(ScriptFile rollback, ScriptFile rollbackCounts) throws IOException {
        try (RandomAccessFile in = new RandomAccessFile(spoolPath.toFile(), "r")) {
            byte[] block = new byte[0];
            long blockStart = spoolSize;
            long end = spoolSize;
            for (int i = (int) rows - 1; i >= 0; i--) {
                long start = spoolOffsets[i];
                if (start < blockStart) {
                    // load the block that ends where this entry ends, at least this entry long
                    long from = Math.max(0, Math.min(start, end - ROLLBACK_BLOCK));
                    block = new byte[(int) (end - from)];
                    in.seek(from);
                    in.readFully(block);
                    blockStart = from;
                }
                int entry = (int) (start - blockStart);
                int entryEnd = (int) (end - blockStart);
                end = start;
                int split = entry;
                while (block[split] != '\n') {
                    split++;
                }
                split++; // the first line (table TAB key) and its line break: the tail of the counts line
                rollback.writeUtf8(block, split, entryEnd - split, spoolLines[i]);
                long deleteLine = rollback.lines(); // the statement is the script text's last line
                rollbackCounts.write(deleteLine + "\t1\t");
                rollbackCounts.writeUtf8(block, entry, split - entry, 1);
            }
        }
    }

    private static final int ROLLBACK_BLOCK = 1 << 20;

    private static String prologue(String kind, String purpose, RestoreScriptHeader header) {
        return "-- Hisaab " + kind + " script\n"
                + "-- " + purpose + "\n"
                + "-- tool: " + SqlText.comment(header.tool(), 200) + "\n"
                + "-- run: " + SqlText.comment(header.runId(), 200) + "\n"
                + "-- generated-at: " + SqlText.comment(header.generatedAt(), 200) + "\n"
                + "-- Apply with: psql -X -v ON_ERROR_STOP=1 -f <this file>  (or hisaab's JDBC runner). One transaction;\n"
                + "-- any error rolls back everything. Lines starting with a backslash are psql commands.\n"
                + "\\set ON_ERROR_STOP on\n"
                + "\\encoding UTF8\n"
                + "BEGIN;\n"
                + "SET LOCAL lock_timeout = '" + header.lockTimeout().toMillis() + "ms';\n"
                + "SET LOCAL statement_timeout = '" + header.statementTimeout().toMillis() + "ms';\n"
                + "SET LOCAL TimeZone = '" + header.timeZone().getId() + "';\n"
                + "SET LOCAL DateStyle = 'ISO, YMD';\n"
                + "SET LOCAL IntervalStyle = 'postgres';\n";
    }

    private static void closeQuietly(Closeable closeable, Exception failure) {
        if (closeable != null) {
            try {
                closeable.close();
            } catch (IOException | RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
