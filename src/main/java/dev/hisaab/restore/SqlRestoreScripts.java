package dev.hisaab.restore;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.payments.PlannedStatement;
import dev.hisaab.recovery.PlannedRestore;
import dev.hisaab.report.RestoreScripts;
import dev.hisaab.report.RunInfo;
import dev.hisaab.spool.ReadAhead;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Component;

/**
 * Writes a run's restore.sql and rollback.sql (and their expected-count files) with {@link RestoreScriptWriter}:
 * inserts of lost applications, or inserts of unposted payments and guarded updates of bills.
 * The header names the job but no run id or time, so the same inputs give byte-identical scripts; the run's
 * metadata is in summary.json. A row the writer refuses (a NUL in a value, say) is not restored and is listed.
 */
@Component
public class SqlRestoreScripts implements RestoreScripts {

    @Override
    public Result write(Path out, JobDefinition job, RunInfo run, List<PlannedRestore> rows) throws IOException {
        Map<String, String> skipped = new TreeMap<>();
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(RestoreScriptFiles.inDirectory(out), header(job, run))) {
            for (PlannedRestore p : rows) {
                if (p.skipReason() != null) {
                    skipped.put(p.key(), p.skipReason());
                    continue;
                }
                RestoreRow row;
                try {
                    row = new RestoreRow(job.restore().table(), List.of(job.restore().key()), p.values(),
                            p.category().name(), p.key(), p.refs(), p.rule(), null);
                } catch (IllegalArgumentException e) {
                    skipped.put(p.key(), e.getMessage());
                    continue;
                }
                writer.write(row);
            }
            writer.finish();
            return new Result(writer.rowCount(), skipped);
        }
    }

    /**
     * Writes the payment statements. They are read, checked, turned into {@link RestoreRow}s and
     * {@link RestoreUpdate}s and built as text on a thread of their own, a few batches ahead, while this thread numbers
     * their lines and writes the files: the second core does the work on each statement while its data is fresh in
     * that core's cache.
     */
    @Override
    public Result writeStatements(Path out, JobDefinition job, RunInfo run, Iterable<PlannedStatement> statements)
            throws IOException {
        Map<String, String> skipped = new TreeMap<>();
        Iterator<PlannedStatement> planned = statements.iterator();
        Preparer preparer = new Preparer();
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(RestoreScriptFiles.inDirectory(out), header(job, run));
             ReadAhead<Prepared> prepared = new ReadAhead<>("prepare-restore",
                     () -> planned.hasNext() ? preparer.prepare(planned.next()) : null, null)) {
            for (Prepared p = prepared.read(); p != null; p = prepared.read()) {
                if (p.statement() == null) {
                    skipped.put(p.findingKey(), p.skipReason());
                } else {
                    writer.write(p.statement());
                }
            }
            writer.finish();
            return new Result(writer.rowCount(), skipped);
        }
    }

    /** A planned statement as the writer takes it, or the reason it cannot be written. */
    private record Prepared(RenderedStatement statement, String findingKey, String skipReason) {
    }

    /** Turns planned statements into restore statements built as text, one after another, on the preparing thread. */
    private static final class Preparer {

        private List<String> keyColumns = List.of();
        private final StringBuilder body = new StringBuilder(256);
        private final StringBuilder text = new StringBuilder(1024);

        Prepared prepare(PlannedStatement p) {
            RestoreStatement statement;
            try {
                if (p.insert()) {
                    keyColumns = sameOrCopy(keyColumns, p.key());
                    statement = new RestoreRow(p.table(), keyColumns, p.values(), p.category().name(), p.findingKey(),
                            p.refs(), p.rule(), null);
                } else {
                    statement = new RestoreUpdate(p.table(), p.key(), p.values(), p.expect(), p.category().name(),
                            p.findingKey(), p.refs(), p.rule(), null);
                }
            } catch (IllegalArgumentException e) {
                return new Prepared(null, p.findingKey(), e.getMessage());
            }
            return new Prepared(RenderedStatement.of(statement, body, text), p.findingKey(), null);
        }
    }

    /** {@code key}'s columns: {@code previous} when they are the same (the statements of a table share one list). */
    private static List<String> sameOrCopy(List<String> previous, Map<String, String> key) {
        if (previous.size() == key.size()) {
            int i = 0;
            for (String column : key.keySet()) {
                if (!column.equals(previous.get(i))) {
                    return List.copyOf(key.keySet());
                }
                i++;
            }
            return previous;
        }
        return List.copyOf(key.keySet());
    }

    private static RestoreScriptHeader header(JobDefinition job, RunInfo run) {
        return new RestoreScriptHeader("hisaab " + run.version(), job.name(),
                "reproducibly from the inputs listed in summary.json", ZoneId.of(job.timeZone()),
                Duration.ofSeconds(10), Duration.ofMinutes(15));
    }
}
