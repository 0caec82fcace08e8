package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkTests {

    @TempDir
    Path dir;

    @Test
    void pointsEveryFileSourceOfTheJobAtTheGeneratedFileOfTheSameName() {
        JobDefinition job = new JobDefinitionLoader().load(BenchScenario.KOTA.jobFile(), Map.of());
        ScenarioData data = new ScenarioData(BenchScenario.KOTA, 1000, 7, dir);

        List<String> args = Benchmark.runArguments(BenchScenario.KOTA, job, data, dir.resolve("out"));

        assertThat(args).startsWith("run", "jobs/kota-payments.yml", "--out", dir.resolve("out").toString(), "--quiet");
        assertThat(args).contains("sources.bills.path=" + dir.resolve("portal.sql"),
                "sources.gateway.path=" + dir.resolve("gateway-settlement.csv"));
        assertThat(args.stream().filter("--set"::equals).count()).isEqualTo(job.sources().size());
    }

    @Test
    void reusesOnlyDataOfTheSameScaleAndSeed() throws IOException {
        Path data = dir.resolve("kota-1000-7");
        Files.createDirectories(data.resolve("expected"));
        Files.writeString(data.resolve("expected/findings.csv"), "category,key,amount\n");
        Files.writeString(data.resolve("expected/counts.json"), "{\"scenario\": {\"consumers\": 1000, \"seed\": 7}}");

        assertThat(new ScenarioData(BenchScenario.KOTA, 1000, 7, data).isComplete()).isTrue();
        assertThat(new ScenarioData(BenchScenario.KOTA, 1000, 8, data).isComplete()).isFalse();
        assertThat(new ScenarioData(BenchScenario.JHATPAT, 1000, 7, data).isComplete()).isFalse();
    }

    @Test
    void findsAWrongRunWrong() throws IOException {
        Path expected = dir.resolve("expected.csv");
        Path same = dir.resolve("same.csv");
        Path other = dir.resolve("other.csv");
        Files.writeString(expected, "category,key,amount\nDUPLICATE_FEE,JP1,200.00\nORPHAN_RECEIPT,CR-1,100.00\n");
        Files.writeString(same, "category,key,amount,refs,rule,evidence\nORPHAN_RECEIPT,CR-1,100.00,a:1,r,e\n"
                + "DUPLICATE_FEE,JP1,200.00,a:2,r,e\n");
        Files.writeString(other, "category,key,amount,refs,rule,evidence\nDUPLICATE_FEE,JP1,200.00,a:2,r,e\n");

        assertThat(FindingsCheck.compare(same, expected).ok()).isTrue();
        FindingsCheck.Verdict wrong = FindingsCheck.compare(other, expected);
        assertThat(wrong.ok()).isFalse();
        assertThat(wrong.problem()).contains("1 findings, 2 expected").contains("ORPHAN_RECEIPT,CR-1,100.00");
    }

    @Test
    void medianOfAnEvenNumberOfRunsIsTheMeanOfTheMiddleTwo() {
        assertThat(BenchReport.median(List.of(30L, 10L, 20L))).isEqualTo(20);
        assertThat(BenchReport.median(List.of(40L, 10L, 20L, 30L))).isEqualTo(25);
        assertThat(BenchReport.median(List.of())).isZero();
    }

    @Test
    void printsHisaabsIngestBesideCommonsCsvAloneAndTheStageStep() {
        ScenarioData data = new ScenarioData(BenchScenario.KOTA, 1000, 7, dir);
        BenchOptions options = new BenchOptions(List.of(BenchScenario.KOTA), 1000, 7L, 1, List.of("-Xmx2g"),
                Path.of("hisaab.jar"), dir, false, false);
        RunMeasurement run = new RunMeasurement(10_000, -1, -1, 1, Map.of("stage-gateway", 4_000L),
                new FindingsCheck.Verdict(true, 3, null));
        long mb = 1 << 20;
        Map<String, IngestBaseline.Comparison> ingest = Map.of("gateway", new IngestBaseline.Comparison(
                new CsvBaseline.Measurement(1000, 100 * mb, 1000), new CsvBaseline.Measurement(1000, 100 * mb, 1250),
                1100, 2200));
        java.io.StringWriter text = new java.io.StringWriter();

        new BenchReport(BenchScenario.KOTA, data, options, List.of(run), null, ingest)
                .print(new java.io.PrintWriter(text));

        String line = text.toString().lines().filter(l -> l.startsWith("gateway ")).findFirst().orElseThrow();
        // CSV 100 MB/s, ingest 80 MB/s (80 %), first passes 1.1 s against 2.2 s (50 %), stage 25 MB/s (25 %)
        assertThat(line.trim().split(" +")).containsSubsequence("100.0", "80.0", "80%", "50%", "25.0", "25%");
        assertThat(text.toString()).contains("ingest/CSV", "1st pass", "stage/CSV", "the JVMs' options: ",
                "in 3 fresh JVMs", "median of 3 passes each after a first one");
    }

    @Test
    void aSourceWithoutIngestMeasurementShowsUnknown() {
        assertThat(BenchReport.percent(80, 100)).isEqualTo(80.0);
        assertThat(BenchReport.percent(80, 0)).isZero();
    }
}
