package dev.hisaab.restore;

import dev.hisaab.report.ConcurrentWriters;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Future;

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
 * spooled to files in blocks already reversed ({@link RollbackSpool}); a byte a statement is kept in memory.
 *
 * <p>Files are written under {@code .partial} names. {@link #finish()} completes and renames them; {@link #close()}
 * without {@code finish()} deletes them, so a failed run leaves no script behind.
 */
public final class RestoreScriptWriter implements Closeable {

    private final RestoreScriptFiles files;
    private final RestoreScriptHeader header;
    private final ScriptFile restore;
    private final ScriptFile restoreCounts;
    private final RollbackSpool spool;
    private long rows;
    private long updates;
    private boolean finished;

    private RestoreScriptWriter(RestoreScriptFiles files, RestoreScriptHeader header) throws IOException {
        this.files = files;
        this.header = header;
        ScriptFile restoreFile = null;
        ScriptFile countsFile = null;
        try {
            restoreFile = new ScriptFile(files.restoreSql());
            countsFile = new ScriptFile(files.restoreCounts());
            this.spool = new RollbackSpool(spoolOf(files.rollbackSql()), spoolOf(files.rollbackCounts()));
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
        spool.add(insertLine, row.undoText(), row.undoLines(), row.countsTail());
        rows++;
        if (row.update()) {
            updates++;
        }
    }

    /** {@code "\t1\t"}: the rows a statement changes on its first apply, between the line number and the tail. */
    private static final byte[] ONE_ROW = "\t1\t".getBytes(StandardCharsets.US_ASCII);

    /** Puts the decimal digits of {@code value} (not negative) at the end of {@code into}; returns how many. */
    static int digits(long value, byte[] into) {
        int i = into.length;
        long n = value;
        do {
            into[--i] = (byte) ('0' + (int) (n % 10));
            n /= 10;
        } while (n > 0);
        return into.length - i;
    }

    private static Path spoolOf(Path script) {
        return script.resolveSibling(script.getFileName() + ".spool");
    }

    /** Statements written so far, inserts and updates: the rows the script changes on its first apply. */
    public long rowCount() {
        return rows;
    }

    /** Of {@link #rowCount()}, the updates. */
    public long updateCount() {
        return updates;
    }

    /**
     * Ends both scripts with {@code COMMIT;} and renames all four files into place, restore.sql last. The end of a
     * large run is three things at once, each mostly the kernel's work: restore.sql and its counts go to disk, the
     * rollback's text is copied from its spool (half a gigabyte at a million consumers) and then goes to disk, and the
     * rollback's counts are written, so no core waits for another.
     */
    public void finish() throws IOException {
        if (finished) {
            return;
        }
        restore.write("\n-- end of restore: " + rows + " row(s)\nCOMMIT;\n");
        spool.end();
        try (ScriptFile rollback = new ScriptFile(files.rollbackSql());
             ScriptFile rollbackCounts = new ScriptFile(files.rollbackCounts());
             ConcurrentWriters background = new ConcurrentWriters("restore-")) {
            Future<Void> restoreOnDisk = background.start("sync", () -> {
                restore.sync();
                restoreCounts.sync();
                return null;
            });
            rollback.write(prologue("rollback", "Undoes restore.sql newest first: removes each row it inserted, and puts "
                    + "back the old values of each row it updated, only while the row is still exactly as restore wrote it.", header));
            rollbackCounts.write(RestoreCounts.HEADER);
            long linesBefore = rollback.lines();
            Future<Void> rollbackOnDisk = background.start("rollback", () -> {
                spool.writeTextTo(rollback);
                rollback.write("\n-- end of rollback: " + rows + " row(s)\nCOMMIT;\n");
                rollback.sync();
                return null;
            });
            spool.writeCountsTo(rollbackCounts, linesBefore);
            rollbackCounts.publish();
            ConcurrentWriters.awaitIo(rollbackOnDisk);
            rollback.publish();
            ConcurrentWriters.awaitIo(restoreOnDisk);
        }
        restoreCounts.publish();
        restore.publish();
        finished = true;
        spool.close();
    }

    /** Releases the files; without {@link #finish()} the partial files are deleted. */
    @Override
    public void close() throws IOException {
        try (restore; restoreCounts) {
            spool.close();
        }
    }

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
