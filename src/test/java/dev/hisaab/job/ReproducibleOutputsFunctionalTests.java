package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The same inputs and job file give byte-identical findings, rejects, refunds and scripts, whatever the number of
 * partitions (which changes how the work is split and in which order partitions finish) and however many runs came
 * before (the run number and times are only in summary.json).
 */
@SpringBootTest
@ActiveProfiles("test")
class ReproducibleOutputsFunctionalTests {

    static final List<String> REPRODUCIBLE = List.of("findings.csv", "rejects.csv", "restore.sql", "rollback.sql",
            "restore.counts", "rollback.counts");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({"jobs/kota-payments.yml, 1, 13", "jobs/jhatpat-recovery.yml, 1, 13"})
    void sameInputsGiveByteIdenticalOutputsWithAnyPartitionCount(String job, int fewer, int more) throws Exception {
        // given a run with the job file as it is
        CliHarness harness = new CliHarness(cli);
        Path first = tmp.resolve("default");
        assertThat(harness.run("run", job, "--out", first.toString(), "--quiet").exitCode()).isEqualTo(1);

        // when the same inputs are run again split differently
        for (int partitions : List.of(fewer, more)) {
            Path again = tmp.resolve("p" + partitions);
            CliHarness.Result r = harness.run("run", job, "--out", again.toString(), "--quiet",
                    "--set", "partitions=" + partitions);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);

            // then every output meant to be compared is the same, byte for byte
            for (String file : outputs(first)) {
                assertThat(Files.readAllBytes(again.resolve(file))).as(file + " with " + partitions + " partitions")
                        .isEqualTo(Files.readAllBytes(first.resolve(file)));
            }
        }
    }

    static List<String> outputs(Path run) {
        List<String> files = new java.util.ArrayList<>(REPRODUCIBLE);
        if (Files.exists(run.resolve("refunds.csv"))) {
            files.add("refunds.csv");
        }
        return files;
    }
}
