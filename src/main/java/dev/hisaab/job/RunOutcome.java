package dev.hisaab.job;

import java.nio.file.Path;
import java.util.List;
import org.springframework.batch.core.BatchStatus;

/** How a run ended: its id, output folder, batch status and the failures that stopped it. */
public record RunOutcome(long runId, Path out, BatchStatus status, List<Throwable> failures, long millis,
                         java.util.Map<String, Long> stepMillis) {

    public RunOutcome {
        failures = List.copyOf(failures);
        stepMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stepMillis));
    }

    public boolean completed() {
        return status == BatchStatus.COMPLETED;
    }
}
