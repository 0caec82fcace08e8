package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hand-written SQL that docs/benchmarks.md times against Hisaab ({@code docs/sql-baseline}) still runs, in the real
 * PostgreSQL, on the sample data, and its rules that mean the same as Hisaab's find the generator's answers there.
 */
class SqlBaselineScriptsTests {

    @TempDir
    Path out;

    @Test
    void bothScriptsRunOnTheSampleDataAndFindWhatTheyStandFor() throws Exception {
        Map<String, String> payments = run("kota-payments", "sample-data/kota");
        assertThat(payments).containsEntry("UNPOSTED_PAYMENT", "1476").containsEntry("POSTED_NOT_CAPTURED", "4")
                .containsEntry("UNMATCHED_GATEWAY_TXN", "9");
        assertThat(Files.readAllLines(out.resolve("sql-findings.csv")).get(0)).isEqualTo("category,key,paise,evidence");

        Map<String, String> recovery = run("jhatpat-recovery", "sample-data/jhatpat");
        assertThat(recovery).containsEntry("DUPLICATE_FEE", "4");
    }

    /** Runs the script; the count of each category of finding it printed, its phases checked on the way. */
    private Map<String, String> run(String job, String data) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", "docs/sql-baseline/run.sh", job, data, out.toString())
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        assertThat(output).contains("phase|loaded|", "phase|typed|", "phase|matched|", "phase|written|", "wall|");
        Map<String, String> findings = new LinkedHashMap<>();
        output.lines().filter(l -> l.startsWith("findings|")).map(l -> l.split("\\|"))
                .forEach(f -> findings.put(f[1], f[2]));
        return findings;
    }
}
