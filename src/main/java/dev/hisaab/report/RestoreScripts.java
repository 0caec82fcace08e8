package dev.hisaab.report;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.recovery.PlannedRestore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes restore.sql and rollback.sql for what a run plans to write back (see {@code dev.hisaab.restore}). */
public interface RestoreScripts {

    /** Rows written, and keys not restored with the reason. */
    record Result(long rows, Map<String, String> skipped) {
        public static final Result NONE = new Result(0, Map.of());
    }

    /** restore.sql for an application recovery: inserts of lost applications. */
    Result write(Path out, JobDefinition job, RunInfo run, List<PlannedRestore> rows) throws IOException;

    /**
     * restore.sql for a payment reconciliation: inserts of unposted payments and guarded updates of bills, in the order
     * given (read once, so a large run can stream them).
     */
    Result writeStatements(Path out, JobDefinition job, RunInfo run,
                           Iterable<dev.hisaab.payments.PlannedStatement> statements) throws IOException;
}
