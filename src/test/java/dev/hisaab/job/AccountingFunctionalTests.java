package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.ExitCodes;
import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The accounting check has teeth: when a row or a paisa goes missing between the steps of a run (here: the tally a
 * completed stage left behind is changed before the run is resumed), the report step fails the run with exit 4, says
 * which source and by how much on one line, and summary.json records {@code "balanced": false} with the difference.
 */
@SpringBootTest
@ActiveProfiles("test")
class AccountingFunctionalTests {

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource({
        "gateway.read, 1, 'gateway: read 827 != matched 813 + in findings 11 + rejected 2'",
        "gateway.amount.valid, 1, 'gateway: amount 82400.01 != 81300.00 + 1100.00 + 0.00'",
        "receipts-counter.rejected, -1, 'receipts-counter: read 597 != matched 584 + in findings 11 + rejected 1'"})
    void aRowOrPaisaLostBetweenStepsFailsTheRunAndSaysWhere(String counter, long change, String problem)
            throws Exception {
        // given a run stopped by a damaged callback log, after the gateway and receipt stages completed
        Path data = Files.createDirectories(tmp.resolve("data"));
        for (String f : MalformedInputFunctionalTests.FILES.values()) {
            Files.copy(MalformedInputFunctionalTests.SAMPLE.resolve(f), data.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Files.writeString(data.resolve("callbacks.jsonl"), "{cut\n".repeat(1001), StandardOpenOption.APPEND);
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", MalformedInputFunctionalTests.JOB, "--quiet", "--out", out.toString()));
        MalformedInputFunctionalTests.FILES.forEach((id, f) -> args.addAll(List.of("--set", "sources." + id + ".path=" + data.resolve(f))));
        CliHarness harness = new CliHarness(cli);
        assertThat(harness.run(args.toArray(String[]::new)).exitCode()).isEqualTo(ExitCodes.INPUT);

        // when a completed stage's tally no longer agrees with its rows, and the run is resumed
        String source = counter.substring(0, counter.indexOf('.'));
        Path tally = out.resolve(".work/stage-" + source + ".tally");
        Properties p = new Properties();
        try (var r = Files.newBufferedReader(tally)) {
            p.load(r);
        }
        p.setProperty(counter, Long.toString(Long.parseLong(p.getProperty(counter)) + change));
        try (var w = Files.newBufferedWriter(tally)) {
            p.store(w, null);
        }
        Files.copy(MalformedInputFunctionalTests.SAMPLE.resolve("callbacks.jsonl"), data.resolve("callbacks.jsonl"),
                StandardCopyOption.REPLACE_EXISTING);
        CliHarness.Result resumed = harness.run("run", MalformedInputFunctionalTests.JOB, "--restart", "--quiet");

        // then the run fails, saying which source does not balance and by how much
        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.FAILED);
        assertThat(resumed.err().lines().findFirst().orElseThrow())
                .startsWith("hisaab: run ").contains("failed: input accounting does not balance: ").contains(problem)
                .doesNotContain("Exception");
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(out.resolve("summary.json")));
        assertThat(summary.get("balanced").asBoolean()).isFalse();
        assertThat(summary.get("imbalance").toString()).contains(problem);
        for (JsonNode s : summary.get("sources")) {
            assertThat(s.get("balanced").asBoolean()).as(s.get("id").asString())
                    .isEqualTo(!s.get("id").asString().equals(source));
        }
    }
}
