package dev.hisaab.report;

import java.util.Map;

/** Run metadata for reports: run id, job file and its SHA-256, tool version, and the parameters given. */
public record RunInfo(long runId, String jobFile, String jobFileSha256, String version, Map<String, String> parameters) {

    public RunInfo {
        parameters = Map.copyOf(parameters);
    }
}
