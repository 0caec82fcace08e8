package dev.hisaab.restore;

import dev.hisaab.definition.JobDefinition;
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
 * Writes a run's restore.sql and rollback.sql (and their expected-count files) with {@link RestoreScriptWriter}.
 * The header names the job but no run id or time, so the same inputs give byte-identical scripts; the run's
 * metadata is in summary.json. A row the writer refuses (a NUL in a value, say) is not restored and is listed.
 */
@Component
public class SqlRestoreScripts implements RestoreScripts {

    @Override
    public Result write(Path out, JobDefinition job, RunInfo run, List<PlannedRestore> rows) throws IOException {
        Map<String, String> skipped = new TreeMap<>();
        RestoreScriptHeader header = new RestoreScriptHeader("hisaab " + run.version(), job.name(),
                "reproducibly from the inputs listed in summary.json", ZoneId.of(job.timeZone()),
                Duration.ofSeconds(10), Duration.ofMinutes(15));
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(RestoreScriptFiles.inDirectory(out), header)) {
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
}
