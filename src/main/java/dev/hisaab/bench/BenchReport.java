package dev.hisaab.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Prints one scenario's results: each run, the medians, per step the median time with rows/s and MB/s (a stage step
 * counts its own source; later steps count every input), and per CSV file Commons CSV alone beside Hisaab's ingest
 * alone (both measured in fresh JVMs, {@link IngestChild}) and beside the stage step.
 */
final class BenchReport {

    private final BenchScenario scenario;
    private final ScenarioData data;
    private final BenchOptions options;
    private final List<RunMeasurement> runs;
    private final JsonNode summary;
    private final Map<String, IngestBaseline.Comparison> ingest;

    BenchReport(BenchScenario scenario, ScenarioData data, BenchOptions options, List<RunMeasurement> runs,
                JsonNode summary, Map<String, IngestBaseline.Comparison> ingest) {
        this.scenario = scenario;
        this.data = data;
        this.options = options;
        this.runs = runs;
        this.summary = summary;
        this.ingest = ingest;
    }

    void print(PrintWriter out) {
        Map<String, long[]> sources = sources();
        long totalRows = 0;
        long totalBytes = 0;
        Set<String> files = new HashSet<>();
        for (Map.Entry<String, long[]> e : sources.entrySet()) {
            totalRows += e.getValue()[0];
            if (files.add(path(e.getKey()))) {
                totalBytes += e.getValue()[1];
            }
        }
        out.printf("%n== %s (%s): %,d %s, seed %d, %,d input rows, %.1f MB of input%n", scenario.id(),
                scenario.jobFile(), data.scale(), scenario.unit(), data.seed(), totalRows, mb(totalBytes));
        out.printf("   java %s -jar %s, %d run(s)%n", String.join(" ", options.jvmOptions()), options.jar(), runs.size());
        out.printf("%n%4s %9s %14s %14s %5s  %s%n", "run", "wall s", "peak heap MB", "peak RSS MB", "exit", "findings");
        for (int i = 0; i < runs.size(); i++) {
            RunMeasurement r = runs.get(i);
            out.printf("%4d %9.1f %14s %14s %5d  %s%n", i + 1, r.wallMillis() / 1000.0, mbOrUnknown(r.peakHeapBytes()),
                    mbOrUnknown(r.peakRssBytes()), r.exitCode(), r.verdict().ok()
                            ? "as expected (" + String.format("%,d", r.verdict().findings()) + ")"
                            : "WRONG: " + r.verdict().problem());
        }
        long wall = median(runs.stream().map(RunMeasurement::wallMillis).toList());
        out.printf("%nmedian wall %.1f s end to end (%,.0f rows/s, %.1f MB/s); peak heap %s MB, peak RSS %s MB (max of runs)%n",
                wall / 1000.0, perSecond(totalRows, wall), perSecond(mb(totalBytes), wall),
                mbOrUnknown(runs.stream().mapToLong(RunMeasurement::peakHeapBytes).max().orElse(-1)),
                mbOrUnknown(runs.stream().mapToLong(RunMeasurement::peakRssBytes).max().orElse(-1)));
        out.printf("%n%-28s %9s %12s %12s %9s%n", "step (median of runs)", "s", "rows", "rows/s", "MB/s");
        for (String step : steps()) {
            List<Long> times = new ArrayList<>();
            runs.forEach(r -> {
                if (r.stepMillis().containsKey(step)) {
                    times.add(r.stepMillis().get(step));
                }
            });
            long ms = median(times);
            long[] own = step.startsWith("stage-") ? sources.get(step.substring(6)) : null;
            long rows = own != null ? own[0] : totalRows;
            long bytes = own != null ? own[1] : totalBytes;
            out.printf("%-28s %9.1f %,12d %,12.0f %9.1f%n", step, ms / 1000.0, rows, perSecond(rows, ms),
                    perSecond(mb(bytes), ms));
        }
        if (!ingest.isEmpty()) {
            out.printf("%nCommons CSV alone vs Hisaab's ingest alone (both: same file and options, one thread, passes"
                    + " interleaved, in %d fresh JVMs:%nthe JVM with the median ratio): ingest/CSV is the median of %d"
                    + " passes each after a first one, 1st pass that%nfirst one (the JIT still compiling); and vs the"
                    + " stage step (its wall time in the run, sharing the cores with the other stages):%n",
                    Benchmark.INGEST_JVMS, IngestBaseline.TIMED_PASSES);
            out.printf("(the JVMs' options: %s; a smaller -XX:FreqInlineSize slows Commons CSV more than the ingest)%n",
                    jitAndHeapOptions(IngestChild.jvmOptions(options.jvmOptions())));
            out.printf("%-22s %9s %12s %12s %12s %10s %9s %12s %9s%n", "source", "MB", "CSV rows/s", "CSV MB/s",
                    "ingest MB/s", "ingest/CSV", "1st pass", "stage MB/s", "stage/CSV");
            ingest.forEach((id, c) -> {
                CsvBaseline.Measurement m = c.csv();
                long ms = median(runs.stream().map(r -> r.stepMillis().getOrDefault("stage-" + id, 0L)).toList());
                double stage = perSecond(mb(m.bytes()), ms);
                out.printf("%-22s %9.1f %,12.0f %12.1f %12.1f %9.0f%% %8.0f%% %12.1f %8.0f%%%n", id, mb(m.bytes()),
                        m.rowsPerSecond(), m.megabytesPerSecond(), c.ingest().megabytesPerSecond(), c.percent(),
                        c.firstPassPercent(), stage, percent(stage, m.megabytesPerSecond()));
            });
        }
        out.println();
    }

    /** The options that bear on the comparison above: heap, collector and compiler ones. */
    private static String jitAndHeapOptions(List<String> jvmOptions) {
        List<String> options = jvmOptions.stream()
                .filter(o -> o.startsWith("-Xm") || o.startsWith("-XX:") && !o.startsWith("-XX:SharedArchiveFile"))
                .toList();
        return options.isEmpty() ? "the JVM's defaults" : String.join(" ", options);
    }

    /** Per source id: rows read and input bytes, from the first run's summary.json. */
    private Map<String, long[]> sources() {
        Map<String, long[]> out = new LinkedHashMap<>();
        if (summary != null) {
            for (JsonNode s : summary.path("sources")) {
                out.put(s.path("id").asString(), new long[] {s.path("read").asLong(), s.path("bytes").asLong()});
            }
        }
        return out;
    }

    private String path(String sourceId) {
        if (summary != null) {
            for (JsonNode s : summary.path("sources")) {
                if (s.path("id").asString().equals(sourceId)) {
                    return s.path("path").asString();
                }
            }
        }
        return sourceId;
    }

    /** Step names in the order of the first run that has them. */
    private List<String> steps() {
        for (RunMeasurement r : runs) {
            if (!r.stepMillis().isEmpty()) {
                return new ArrayList<>(r.stepMillis().keySet());
            }
        }
        return List.of();
    }

    static long median(List<Long> values) {
        if (values.isEmpty()) {
            return 0;
        }
        List<Long> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double percent(double part, double whole) {
        return whole == 0 ? 0 : 100 * part / whole;
    }

    private static double perSecond(double amount, long millis) {
        return millis <= 0 ? 0 : amount * 1000.0 / millis;
    }

    private static double mb(long bytes) {
        return bytes / (double) (1 << 20);
    }

    private static String mbOrUnknown(long bytes) {
        return bytes < 0 ? "?" : String.format("%,.0f", mb(bytes));
    }
}
