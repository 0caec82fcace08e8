package dev.hisaab.restore;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.payments.PlannedStatement;
import dev.hisaab.recovery.PlannedRestore;
import dev.hisaab.report.RestoreScripts;
import dev.hisaab.report.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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

    @Override
    public Result writeStatements(Path out, JobDefinition job, RunInfo run, Iterable<PlannedStatement> statements)
            throws IOException {
        Map<String, String> skipped = new TreeMap<>();
        List<String> keyColumns = List.of();
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(RestoreScriptFiles.inDirectory(out), header(job, run))) {
            for (PlannedStatement p : statements) {
                RestoreStatement statement;
                try {
                    if (p.insert()) {
                        keyColumns = sameOrCopy(keyColumns, p.key());
                    }
                    statement = p.insert()
                            ? new RestoreRow(p.table(), keyColumns, p.values(), p.category().name(),
                                    p.findingKey(), p.refs(), p.rule(), null)
                            : new RestoreUpdate(p.table(), p.key(), p.values(), p.expect(), p.category().name(),
                                    p.findingKey(), p.refs(), p.rule(), null);
                } catch (IllegalArgumentException e) {
                    skipped.put(p.findingKey(), e.getMessage());
                    continue;
                }
                writer.write(statement);
            }
            writer.finish();
            return new Result(writer.rowCount(), skipped);
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
