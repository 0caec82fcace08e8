package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.generate.JhatpatGenerator;
import dev.hisaab.generate.JhatpatScenario;
import dev.hisaab.generate.kota.KotaGenerator;
import dev.hisaab.generate.kota.KotaScenario;
import dev.hisaab.support.HisaabProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash and restart, with the real program as a process: a run of each job is killed with SIGKILL again and again —
 * in the middle of reading a source, just after a step committed its work files but before the job repository
 * recorded it, in the middle of resolving and matching, and after the report was written — and each time resumed
 * with {@code hisaab run <job> --restart}, as the README tells an operator. After every kill, no file without a
 * {@code .part} suffix differs from the one an uninterrupted run writes (nothing half-written looks complete); at the
 * end the outputs are byte-identical to the uninterrupted run's, and restarting the completed run is refused.
 *
 * <p>The kills land by two means: {@code HISAAB_TEST_PAUSE_AT} (see {@code TestPause}) stops the process at a step
 * boundary; for kills inside a step the test watches the work folder for the step's {@code .part} files.
 */
@Tag("crash")
class CrashRestartFunctionalTests {

    static final long STEP_SECONDS = 240;
    /** Quick start-up for the many short-lived processes; the program's behaviour does not depend on these. */
    static final List<String> JVM = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m");
    /** As {@link #JVM}, seeing one processor: stages, resolve and match run one at a time. */
    static final List<String> ONE_CORE = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx512m",
            "-XX:ActiveProcessorCount=1");
    /**
     * The uninterrupted run's heap: several times smaller than the default, though not yet smaller than the inputs
     * (about 19 MB each); the benchmark shows inputs many times larger than the heap.
     */
    static final List<String> SMALL_HEAP = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m");

    @TempDir
    Path tmp;

    /** Where a kill lands: at a pause point of the test hook, or shortly after a work file of a step appears. */
    interface KillPoint {
    }

    record PauseAt(String point) implements KillPoint {
    }

    record WhenWritten(String workFilePrefix, String workFileSuffix, long thenMillis) implements KillPoint {
    }

    /**
     * 20 ms after a stage's first partition work file appears, in a run on one core: stages then run one at a time
     * in their fixed order (most work first), so a stage after the one killed before cannot have completed already.
     * On two cores it could: the other thread may finish small later stages while a big one runs.
     */
    record InStage(String source) implements KillPoint {
        WhenWritten whenWritten() {
            return new WhenWritten(source + ".p", ".spool.part", 20);
        }
    }

    @Test
    void recoveryRunKilledInEveryStepResumesToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path data = tmp.resolve("data");
        new JhatpatGenerator(new JhatpatScenario(40_000, JhatpatScenario.DEFAULT_SEED)).generate(data);
        Path jobFile = jobFile("jobs/jhatpat-recovery.yml", "sample-data/jhatpat/", data);

        // on one core stages run one at a time, most work first (live.sql, receipts-portal.csv, gateway-settlement.csv,
        // CSV counting three times its bytes, snapshot.sql, receipts-counter.csv, receipts-kiosk.csv, callbacks.jsonl,
        // districts): each stage kill lands in a stage that the kills before cannot have completed
        survivesKills(jobFile, List.of(
                new InStage("live"),                                        // reading a pg_dump
                new InStage("receipts-counter"),                            // reading a CSV
                new InStage("callbacks"),                                   // reading JSON lines
                new PauseAt("before:resolve"),                              // every stage done, resolve not begun
                new WhenWritten("resolve.", ".part", 0),                    // resolving receipts
                new PauseAt("after:match-partition:partition1"),            // one partition done, others running
                new WhenWritten("match-", ".findings.part", 150),           // the remaining partitions
                new PauseAt("after:report")));                              // every output written, run not recorded
    }

    @Test
    void paymentsRunKilledInEveryStepResumesToTheOutputsOfAnUninterruptedRun() throws Exception {
        Path data = tmp.resolve("data");
        new KotaGenerator(new KotaScenario(15_000, KotaScenario.DEFAULT_SEED)).generate(data);
        Path jobFile = jobFile("jobs/kota-payments.yml", "sample-data/kota/", data);

        survivesKills(jobFile, List.of(
                new WhenWritten("callbacks.p", ".spool.part", 150),         // reading JSON lines
                new PauseAt("before:stage-bills"),                          // step started, nothing written
                new WhenWritten("bills.p", ".spool.part", 150),             // reading a pg_dump
                new WhenWritten("resolve.", ".part", 0),                    // tying receipts to bills
                new WhenWritten("match-", ".findings.part", 50),            // judging bills
                new PauseAt("before:report")));                             // nothing of the report written yet
    }

    void survivesKills(Path jobFile, List<KillPoint> kills) throws Exception {
        // given an uninterrupted run in a folder (and job repository) of its own, on a small heap, that finds
        // exactly the generator's known answers
        Path clean = Files.createDirectories(tmp.resolve("clean"));
        HisaabProcess cleanRun = HisaabProcess.start(clean, Map.of(), SMALL_HEAP, "run", jobFile.toString(), "--out", "out",
                "--quiet");
        assertThat(cleanRun.waitFor(STEP_SECONDS)).as(cleanRun.describe()).isEqualTo(1);
        Path expected = clean.resolve("out");
        assertThat(JhatpatRecoveryJobFunctionalTests.findingTriples(expected.resolve("findings.csv")))
                .containsExactlyElementsOf(JhatpatRecoveryJobFunctionalTests.findingTriples(
                        jobFile.resolveSibling("expected").resolve("findings.csv")));
        // and the same run stopped where the report begins: the work files the report deletes as spent, as written
        Path beforeReport = Files.createDirectories(tmp.resolve("before-report"));
        HisaabProcess stopped = HisaabProcess.start(beforeReport, Map.of("HISAAB_TEST_PAUSE_AT", "before:report"),
                SMALL_HEAP, "run", jobFile.toString(), "--out", "out", "--quiet");
        assertThat(stopped.awaitStderr("test pause at before:report", STEP_SECONDS)).as(stopped.describe()).isTrue();
        stopped.kill();
        Path spent = beforeReport.resolve("out");

        // when the same run is killed at each point and restarted as the README says
        Path crash = Files.createDirectories(tmp.resolve("crash"));
        Path out = crash.resolve("out");
        List<String> landed = new ArrayList<>();
        for (int i = 0; i < kills.size(); i++) {
            KillPoint kill = kills.get(i);
            String[] args = i == 0 ? new String[] {"run", jobFile.toString(), "--out", "out", "--quiet"}
                    : new String[] {"run", jobFile.toString(), "--restart", "--quiet"};
            Map<String, String> env = kill instanceof PauseAt p ? Map.of("HISAAB_TEST_PAUSE_AT", p.point()) : Map.of();
            HisaabProcess run = HisaabProcess.start(crash, env, kill instanceof InStage ? ONE_CORE : JVM, args);
            if (kill instanceof PauseAt p) {
                assertThat(run.awaitStderr("test pause at " + p.point(), STEP_SECONDS)).as(run.describe()).isTrue();
            } else {
                WhenWritten w = kill instanceof InStage s ? s.whenWritten() : (WhenWritten) kill;
                assertThat(awaitWorkFile(run, out.resolve(".work"), w)).as(w + "\n" + run.describe()).isTrue();
                Thread.sleep(w.thenMillis());
            }
            run.kill();
            landed.add(kill + " -> " + partFiles(out));

            // then nothing that looks complete differs from what the uninterrupted run wrote
            assertNothingHalfWrittenLooksComplete(out, expected, spent);
        }
        HisaabProcess last = HisaabProcess.start(crash, Map.of(), JVM, "run", jobFile.toString(), "--restart", "--quiet");

        // then the resumed run ends like the uninterrupted one, byte for byte
        assertThat(last.waitFor(STEP_SECONDS)).as(last.describe() + "\nkills: " + landed).isEqualTo(1);
        for (String f : List.of("findings.csv", "rejects.csv", "restore.sql", "rollback.sql", "restore.counts",
                "rollback.counts")) {
            assertThat(out.resolve(f)).as(f).exists();
            assertThat(Files.readAllBytes(out.resolve(f))).as(f + " after kills " + landed)
                    .isEqualTo(Files.readAllBytes(expected.resolve(f)));
        }
        // summary.json too, but for the time each step took (run metadata, different in every run)
        assertThat(withoutTimings(out.resolve("summary.json"))).as("summary.json after kills " + landed)
                .isEqualTo(withoutTimings(expected.resolve("summary.json")));
        assertThat(filesIn(out).keySet()).isEqualTo(filesIn(expected).keySet());
        System.out.println(jobFile.getFileName() + ": killed " + landed.size() + " times: " + landed);

        // and a restart of the completed run is refused with a clear message
        HisaabProcess again = HisaabProcess.start(crash, Map.of(), JVM, "run", jobFile.toString(), "--restart");
        assertThat(again.waitFor(STEP_SECONDS)).as(again.describe()).isEqualTo(2);
        assertThat(again.stderr().strip()).isEqualTo("hisaab: run 1 of " + jobName(jobFile)
                + " already completed; nothing to restart (use 'hisaab run' for a new run)");
    }

    /**
     * Every file of the run (outputs and work files) that is not a {@code .part} file equals the clean run's; a
     * partitioned work file, which the clean run's report deleted as spent, equals the one in {@code spent}, the same
     * run stopped before its report.
     */
    static void assertNothingHalfWrittenLooksComplete(Path out, Path expected, Path spent) throws IOException {
        for (Map.Entry<String, Path> f : filesIn(out).entrySet()) {
            Path twin = expected.resolve(f.getKey());
            if (!Files.exists(twin) && f.getKey().startsWith(".work/")
                    && dev.hisaab.spool.PartitionedSpoolWriter.nameOf(f.getValue()) != null) {
                twin = spent.resolve(f.getKey());
            }
            assertThat(twin).as(f.getKey() + " exists only in the killed run").exists();
            assertThat(comparable(f.getValue())).as(f.getKey()).isEqualTo(comparable(twin));
        }
    }

    /** Files of a run folder by relative path, without {@code .part} files. */
    static Map<String, Path> filesIn(Path out) throws IOException {
        Map<String, Path> files = new TreeMap<>();
        if (!Files.exists(out)) {
            return files;
        }
        try (Stream<Path> all = Files.walk(out)) {
            all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".part"))
                    .forEach(p -> files.put(out.relativize(p).toString(), p));
        }
        return files;
    }

    /** The file's bytes; for properties files (tallies, input info) their lines without the date comment. */
    static byte[] comparable(Path file) throws IOException {
        String name = file.getFileName().toString();
        if (name.endsWith(".tally") || name.endsWith(".input")) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return text.lines().filter(l -> !l.startsWith("#")).sorted().reduce("", (a, b) -> a + b + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".xlsx")) {
            return xlsxContent(file);
        }
        if (name.equals("summary.json")) {
            return withoutTimings(file).toString().getBytes(StandardCharsets.UTF_8);
        }
        return Files.readAllBytes(file);
    }

    /**
     * A workbook's entries, name and bytes, in order, but for {@code docProps/core.xml}: it and the zip headers carry
     * the time it was written. Reading it whole also proves it is complete (a cut-off zip has no central directory).
     */
    static byte[] xlsxContent(Path file) throws IOException {
        java.io.ByteArrayOutputStream all = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                if (e.getName().equals("docProps/core.xml")) {
                    continue;
                }
                all.writeBytes(e.getName().getBytes(StandardCharsets.UTF_8));
                try (java.io.InputStream in = zip.getInputStream(e)) {
                    all.writeBytes(in.readAllBytes());
                }
            }
        }
        return all.toByteArray();
    }

    static List<String> partFiles(Path out) throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> all = Files.walk(out)) {
            return all.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".part")).sorted().toList();
        }
    }

    static boolean awaitWorkFile(HisaabProcess run, Path work, WhenWritten w) throws Exception {
        long deadline = System.nanoTime() + STEP_SECONDS * 1_000_000_000L;
        while (System.nanoTime() < deadline && run.isAlive()) {
            if (Files.isDirectory(work)) {
                try (Stream<Path> files = Files.list(work)) {
                    if (files.map(p -> p.getFileName().toString())
                            .anyMatch(n -> n.startsWith(w.workFilePrefix()) && n.endsWith(w.workFileSuffix()))) {
                        return true;
                    }
                } catch (java.nio.file.NoSuchFileException | java.io.UncheckedIOException e) {
                    // a file renamed while listing: look again
                }
            }
            Thread.sleep(5);
        }
        return false;
    }

    /** A copy of the job file, beside the data, reading the generated inputs instead of the sample's. */
    static Path jobFile(String job, String samplePrefix, Path data) throws IOException {
        String text = Files.readString(Path.of(job)).replace(samplePrefix, data.toAbsolutePath() + "/");
        Path file = data.resolve(Path.of(job).getFileName());
        Files.writeString(file, text);
        return file.toAbsolutePath();
    }

    static String jobName(Path jobFile) throws IOException {
        return Files.readAllLines(jobFile).stream().filter(l -> l.strip().startsWith("name:")).findFirst().orElseThrow()
                .strip().substring("name:".length()).strip();
    }

    static tools.jackson.databind.JsonNode withoutTimings(Path summary) throws java.io.IOException {
        tools.jackson.databind.node.ObjectNode json = (tools.jackson.databind.node.ObjectNode)
                tools.jackson.databind.json.JsonMapper.builder().build().readTree(Files.readString(summary));
        json.remove("stepMillis");
        return json;
    }
}
