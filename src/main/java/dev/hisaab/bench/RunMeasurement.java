package dev.hisaab.bench;

import java.util.Map;

/**
 * One counted run: its wall time (JVM start to exit), peak heap and RSS in bytes (-1 unknown), exit code, the
 * job's own per-step times (from summary.json) and whether its findings were the known answers.
 */
record RunMeasurement(long wallMillis, long peakHeapBytes, long peakRssBytes, int exitCode, Map<String, Long> stepMillis,
                      FindingsCheck.Verdict verdict) {

    RunMeasurement {
        stepMillis = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stepMillis));
    }
}
