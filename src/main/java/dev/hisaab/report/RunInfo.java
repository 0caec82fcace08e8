package dev.hisaab.report;

import java.util.Map;

/**
 * Run metadata for reports: run id, job file and its SHA-256, tool version, the parameters given, and whether reports
 * for people mask personal data ({@code --mask-personal-data}).
 */
public record RunInfo(long runId, String jobFile, String jobFileSha256, String version, Map<String, String> parameters,
                      boolean maskPersonalData) {

    public RunInfo {
        parameters = Map.copyOf(parameters);
    }

    /** A run whose reports show personal data as read. */
    public RunInfo(long runId, String jobFile, String jobFileSha256, String version, Map<String, String> parameters) {
        this(runId, jobFile, jobFileSha256, version, parameters, false);
    }

    /** How reports meant for people show names and mobiles (never applied to restore scripts). */
    public PersonalData personalData() {
        return PersonalData.masked(maskPersonalData);
    }
}
