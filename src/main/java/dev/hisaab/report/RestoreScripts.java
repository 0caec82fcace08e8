package dev.hisaab.report;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.recovery.PlannedRestore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes restore.sql and rollback.sql for the planned rows (see {@code dev.hisaab.restore}). */
public interface RestoreScripts {

    /** Rows written, and keys not restored with the reason. */
    record Result(long rows, Map<String, String> skipped) {
        public static final Result NONE = new Result(0, Map.of());
    }

    Result write(Path out, JobDefinition job, RunInfo run, List<PlannedRestore> rows) throws IOException;
}
