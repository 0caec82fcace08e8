package dev.hisaab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.support.CliHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** {@code hisaab explain} on a real run of the Jhatpat sample; {@code hisaab completion}; help with examples. */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExplainCommandTests {

    @Autowired
    HisaabCli cli;

    @TempDir
    static Path tmp;

    Path out;

    @BeforeAll
    void runSample() {
        out = tmp.resolve("run");
        CliHarness.Result r = new CliHarness(cli).run("run", "jobs/jhatpat-recovery.yml", "--out", out.toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    }

    @Test
    void printsEveryCitedInputLineAsTheInputHasIt() throws Exception {
        CliHarness.Result r = new CliHarness(cli).run("explain", out.toString(), "JP251184576");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("MISSING_APPLICATION_RESTORABLE JP251184576").contains("rule:     snapshot-not-in-live");
        // the four cited lines, read again from the inputs, exactly as they are there
        for (String ref : List.of("snapshot.sql:666", "gateway-settlement.csv:287", "callbacks.jsonl:295",
                "receipts-portal.csv:271")) {
            String file = ref.substring(0, ref.indexOf(':'));
            int line = Integer.parseInt(ref.substring(ref.indexOf(':') + 1));
            String text = Files.readAllLines(Path.of("sample-data/jhatpat", file)).get(line - 1);
            assertThat(r.out()).as(ref).contains(String.format("%8d | %s", line, text));
        }
        assertThat(r.out()).contains("header | txn_id,order_id,amount");
        assertThat(r.out()).contains("1. snapshot-not-in-live: DECIDED").doesNotContain("WARNING");
    }

    @Test
    void showsTheRulesTriedBeforeTheOneThatDecided() {
        CliHarness.Result r = new CliHarness(cli).run("explain", out.toString(), "KS/25/00084");

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("ORPHAN_RECEIPT KS/25/00084")
                .contains("1. exact / normalised-number: tried, did not decide")
                .contains("2. txn-ref: tried, did not decide")
                .contains("5. mobile+amount+date / mobile+date+name / no-number-no-mobile: DECIDED (mobile+amount+date)")
                .containsPattern("\\s85 \\| KS/25/00084,");
    }

    @Test
    void explainsARejectedLineByItsFileAndLine() throws Exception {
        String key = Files.readAllLines(out.resolve("findings.csv")).stream().filter(l -> l.startsWith("REJECTED_LINE,"))
                .findFirst().orElseThrow().split(",")[1];

        CliHarness.Result r = new CliHarness(cli).run("explain", out.toString(), key);

        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("REJECTED_LINE " + key).contains("rejected: decided");
    }

    @Test
    void warnsWhenAnInputChangedSinceTheRun() throws Exception {
        Path copy = tmp.resolve("changed");
        Files.createDirectories(copy);
        Files.copy(out.resolve("findings.csv"), copy.resolve("findings.csv"));
        Files.writeString(copy.resolve("summary.json"), Files.readString(out.resolve("summary.json"))
                .replaceFirst("\"sha256\" : \"[0-9a-f]{64}\"", "\"sha256\" : \"" + "0".repeat(64) + "\""));

        CliHarness.Result r = new CliHarness(cli).run("explain", copy.toString(), "CR-000031");

        assertThat(r.out()).contains("WARNING: sample-data/jhatpat/receipts-counter.csv changed since the run");
    }

    @Test
    void refusesAnUnknownKeyOrRun() {
        assertThat(new CliHarness(cli).run("explain", out.toString(), "JP000000000").exitCode()).isEqualTo(2);
        assertThat(new CliHarness(cli).run("explain", "99999", "JP000000000").exitCode()).isEqualTo(2);
        assertThat(new CliHarness(cli).run("explain", tmp.resolve("nothing-here").toString(), "x").exitCode())
                .isEqualTo(2);
    }

    @Test
    void completionScriptKnowsEveryCommandAndOption() {
        CliHarness.Result r = new CliHarness(cli).run("completion");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("complete -F _complete_hisaab").contains("explain").contains("history")
                .contains("--work-db").contains("--restart").contains("--set");
    }

    @Test
    void everyCommandHasHelpWithExamples() {
        CliHarness harness = new CliHarness(cli);
        for (String command : cli.commandLine().getSubcommands().keySet()) {
            CliHarness.Result r = harness.run(command, "--help");
            assertThat(r.exitCode()).as(command).isZero();
            assertThat(r.out()).as(command).containsPattern("Examples?:").contains("hisaab " + command);
        }
    }
}
