package dev.hisaab.bench;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.definition.SourceSpec;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs the benchmark: per scenario, prepares the data ({@link ScenarioData}), runs the job end to end in a JVM of its
 * own {@code runs} times ({@link ChildRun}), checks each run's findings against the known answers, measures Commons
 * CSV alone ({@link CsvBaseline}) and Hisaab's own ingest ({@link IngestBaseline}) on the job's CSV files in JVMs of
 * their own ({@link IngestChild}), and prints the report ({@link BenchReport}).
 */
@Component
public class Benchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final JobDefinitionLoader loader;

    public Benchmark(JobDefinitionLoader loader) {
        this.loader = loader;
    }

    /** Runs every scenario of {@code options}, printing progress and results; true if every run was correct. */
    public boolean run(BenchOptions options, PrintWriter out) throws IOException, InterruptedException {
        boolean allCorrect = true;
        for (BenchScenario scenario : options.scenarios()) {
            ScenarioData data = ScenarioData.prepare(scenario, options.scaleOf(scenario), options.seedOf(scenario),
                    options.work().resolve("data"), out);
            JobDefinition job = loader.load(scenario.jobFile(), Map.of());
            Path runs = options.work().resolve("runs").resolve(scenario.id());
            if (options.profile()) {
                Path dir = runs.resolve("profile");
                List<String> jvm = new ArrayList<>(options.jvmOptions());
                jvm.add("-XX:StartFlightRecording=filename=" + dir.resolve("profile.jfr") + ",settings=profile");
                out.printf("%s: profiling run (not counted) ...%n", scenario.id());
                out.flush();
                measure(options, scenario, job, data, jvm, dir);
                out.printf("%s: profile in %s; top frames: jfr print --events jdk.ExecutionSample %s%n", scenario.id(),
                        dir.resolve("profile.jfr"), dir.resolve("profile.jfr"));
            }
            List<RunMeasurement> measured = new ArrayList<>();
            JsonNode summary = null;
            for (int i = 1; i <= options.runs(); i++) {
                Path dir = runs.resolve("run-" + i);
                RunMeasurement m = measure(options, scenario, job, data, options.jvmOptions(), dir);
                measured.add(m);
                if (summary == null && Files.isRegularFile(dir.resolve("summary.json"))) {
                    summary = JSON.readTree(Files.readString(dir.resolve("summary.json")));
                }
                out.printf("%s: run %d of %d: %.1f s, %s%n", scenario.id(), i, options.runs(), m.wallMillis() / 1000.0,
                        m.verdict().ok() ? "findings as expected" : "WRONG: " + m.verdict().problem());
                out.flush();
                allCorrect &= m.verdict().ok();
            }
            Map<String, IngestBaseline.Comparison> ingest = new LinkedHashMap<>();
            ingestComparisons(options, scenario, job, data, out, ingest);
            new BenchReport(scenario, data, options, measured, summary, ingest).print(out);
            out.flush();
        }
        return allCorrect;
    }

    private RunMeasurement measure(BenchOptions options, BenchScenario scenario, JobDefinition job, ScenarioData data,
                                   List<String> jvmOptions, Path dir) throws IOException, InterruptedException {
        deleteTree(dir);
        Path outDir = dir.resolve("out");
        List<String> jvm = new ArrayList<>(jvmOptions);
        jvm.add("-Dhisaab.work-dir=" + options.work().resolve("history").toAbsolutePath());
        ChildRun child = ChildRun.of(Path.of(System.getProperty("java.home"), "bin", "java"), jvm, options.jar(),
                runArguments(scenario, job, data, outDir), Path.of("").toAbsolutePath(), dir);
        ChildRun.Result r = child.execute();
        Map<String, Long> steps = new LinkedHashMap<>();
        Path summary = outDir.resolve("summary.json");
        if (Files.isRegularFile(summary)) {
            JSON.readTree(Files.readString(summary)).path("stepMillis").properties()
                    .forEach(e -> steps.put(e.getKey(), e.getValue().asLong()));
            Files.copy(summary, dir.resolve("summary.json"));
        }
        FindingsCheck.Verdict verdict = r.exitCode() > 1
                ? new FindingsCheck.Verdict(false, 0, "exit code " + r.exitCode() + ", see " + r.stderr())
                : FindingsCheck.compare(outDir.resolve("findings.csv"), data.expectedFindings());
        if (!options.keepOutputs() && verdict.ok()) {
            deleteTree(outDir);
        }
        return new RunMeasurement(r.wallMillis(), r.peakHeapBytes(), r.peakRssBytes(), r.exitCode(), steps, verdict);
    }

    /** {@code run <job> --out <dir> -q} with every file source pointed at the generated file of the same name. */
    static List<String> runArguments(BenchScenario scenario, JobDefinition job, ScenarioData data, Path outDir) {
        List<String> args = new ArrayList<>(List.of("run", scenario.jobFile().toString(), "--out",
                outDir.toAbsolutePath().toString(), "--quiet"));
        dataPaths(job, data).forEach((key, path) -> {
            args.add("--set");
            args.add(key + "=" + path);
        });
        return args;
    }

    /** JVMs per CSV source for the ingest comparison; the one whose ratio is the median is reported. */
    static final int INGEST_JVMS = 3;

    /**
     * Per CSV source, on its generated file, in {@link #INGEST_JVMS} fresh JVMs with the runs' options and the heap
     * touched at start ({@link IngestChild}, one after another): Commons CSV alone with the source's CSV options
     * ({@link CsvBaseline}) and Hisaab's own ingest ({@link IngestBaseline}), one thread, passes interleaved; of the
     * JVMs' comparisons the one with the median ratio goes into {@code ingest}.
     */
    private void ingestComparisons(BenchOptions options, BenchScenario scenario, JobDefinition job, ScenarioData data,
                                   PrintWriter out, Map<String, IngestBaseline.Comparison> ingest)
            throws IOException, InterruptedException {
        for (SourceSpec s : job.sources()) {
            if (!"csv".equals(s.type())) {
                continue;
            }
            out.printf("%s: Commons CSV alone and Hisaab's ingest alone on %s, in %d JVMs ...%n", data.scenario().id(),
                    Path.of(s.path()).getFileName(), INGEST_JVMS);
            out.flush();
            List<IngestBaseline.Comparison> comparisons = new ArrayList<>();
            for (int k = 1; k <= INGEST_JVMS; k++) {
                Path dir = options.work().resolve("runs").resolve(scenario.id()).resolve("ingest-" + s.id() + "-" + k);
                comparisons.add(ingestChild(options, scenario, job, data, s.id(), dir));
            }
            // by ingest/CSV time, compared as cross products: a/b < c/d exactly when a*d < c*b
            comparisons.sort((a, b) -> Long.compare(a.ingest().millis() * b.csv().millis(),
                    b.ingest().millis() * a.csv().millis()));
            ingest.put(s.id(), comparisons.get(comparisons.size() / 2));
        }
    }

    /**
     * One {@link IngestChild} run: {@code java <the runs' options, heap touched at start> -cp <jar>
     * dev.hisaab.bench.IngestChild ...} ({@link IngestChild#jvmOptions}).
     */
    private static IngestBaseline.Comparison ingestChild(BenchOptions options, BenchScenario scenario,
                                                         JobDefinition job, ScenarioData data, String sourceId,
                                                         Path dir) throws IOException, InterruptedException {
        deleteTree(dir);
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        cmd.addAll(IngestChild.jvmOptions(options.jvmOptions()));
        cmd.addAll(List.of("-cp", options.jar().toString(), IngestChild.class.getName(),
                scenario.jobFile().toAbsolutePath().toString(), sourceId));
        dataPaths(job, data).forEach((key, path) -> cmd.add(key + "=" + path));
        Path stdout = dir.resolve("console.out");
        Path stderr = dir.resolve("console.err");
        Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("the ingest comparison of " + sourceId + " failed (exit code " + p.exitValue()
                    + "), see " + stderr);
        }
        return IngestChild.parse(Files.readString(stdout));
    }

    /** {@code sources.<id>.path} of every file source, pointed at the generated file of the same name. */
    static Map<String, String> dataPaths(JobDefinition job, ScenarioData data) {
        Map<String, String> paths = new LinkedHashMap<>();
        for (SourceSpec s : job.sources()) {
            if (s.path() != null && !s.path().isBlank()) {
                paths.put("sources." + s.id() + ".path",
                        data.dir().resolve(Path.of(s.path()).getFileName()).toAbsolutePath().toString());
            }
        }
        return paths;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
