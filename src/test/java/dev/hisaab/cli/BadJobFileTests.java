package dev.hisaab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.support.CliHarness;
import dev.hisaab.support.HisaabProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Bad job files, as {@code validate} and {@code run} meet them: one line naming the file, the property path and the
 * problem, exit 2, nothing written, and a stack trace only with {@code --stacktrace} — also from the real program,
 * whose logging must not print one when a step fails.
 */
@SpringBootTest
@ActiveProfiles("test")
class BadJobFileTests {

    static final String JOB = "jobs/jhatpat-recovery.yml";

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    /** Each case: text of the sample job file replaced (\n for a line break), and what the one line must say. */
    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "  max-rejects: 1000|  max-rejects: 1000\\n  max-reject: 5|job.max-reject: unknown key 'max-reject'; known keys: [",
        "  max-rejects: 1000|  max-rejects: lots|job.max-rejects: expected a whole number, got 'lots'",
        "  partitions: 64|  partitions: [64]|job.partitions: expected a whole number",
        "options: { table: public.applications }|options: { table: public.applications, tabel: x }|job.sources[5].options.tabel: unknown key 'tabel'; known keys: [table]",
        "      amount-unit: paise|      amount-unit: cents|job.sources[3].amount-unit: expected one of [rupees, paise], got 'cents'",
        "date-formats: [dd/MM/yyyy]|date-formats: [dd/MM/yyyyQQQQQQ]|job.sources[0].date-formats[0]: bad timestamp pattern 'dd/MM/yyyyQQQQQQ'",
        "  time-zone: Asia/Kolkata|  time-zone: Asia/Calcutta2|job.time-zone: unknown time zone 'Asia/Calcutta2'",
        "        receipt-no: Receipt No|        receipt-no: Receipt No\\n        bogus-field: Mode|job.sources[0].fields.bogus-field: unknown field for role receipts",
        "        amount: Amount (Rs)|        amount: Amount (Rupees)|job.sources[0].fields.amount: column 'Amount (Rupees)' not found in sample-data/jhatpat/receipts-counter.csv",
        "        txn-id: payload.txn_id|        txn-id: [payload.txn_id]|job.sources[4].fields.txn-id: expected a single text value",
        "path: sample-data/jhatpat/gateway-settlement.csv|path: sample-data/jhatpat/gateway.csv|job.sources[3].path: file not found",
        "      address:            { field: address }|      address:            { field: addres }|job.restore.columns.address.field: 'addres' is not a field of snapshot source 'snapshot'",
        "      source:             {|      source_system:      {|job.restore.columns.source_system: not a column of the live source 'live'",
        "        source: districts|        source: district-list|job.restore.lookups",
        "  sources:|  sources:\\n  sources:|Duplicate Object property \"sources\"",
        "    - id: receipts-counter|    - id: receipts-counter\\n      role: receipts|Duplicate Object property \"role\"",
        "job:|job:\\n  name: [x|not valid YAML at line"})
    void aBadJobFileIsOneLineNamingFilePathAndProblem(String find, String replace, String problem) throws Exception {
        // given the sample job file with one mistake
        String text = Files.readString(Path.of(JOB));
        assertThat(text).contains(find);
        Path job = tmp.resolve("job.yml");
        Files.writeString(job, text.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace.replace("\\n", "\n"))));
        Path out = tmp.resolve("out");

        for (String command : List.of("validate", "run")) {
            // when it is validated or run
            CliHarness.Result r = command.equals("run")
                    ? new CliHarness(cli).run("run", job.toString(), "--out", out.toString(), "--quiet")
                    : new CliHarness(cli).run("validate", job.toString());

            // then one line says where and what, with exit 2, and nothing is written
            assertThat(r.exitCode()).as(command + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err().strip()).as(command).doesNotContain("\n").doesNotContain("Exception")
                    .startsWith("hisaab: " + job + ": ").contains(problem);
            assertThat(out).doesNotExist();
        }

        // and --stacktrace adds the trace
        CliHarness.Result traced = new CliHarness(cli).run("validate", job.toString(), "--stacktrace");
        assertThat(traced.err()).contains("DefinitionException").contains("\tat ");
    }

    @Test
    void aMissingJobFileIsNamed() {
        CliHarness.Result r = new CliHarness(cli).run("run", "jobs/nowhere.yml");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).isEqualTo("hisaab: jobs/nowhere.yml: job file not found");
    }

    @Test
    void anOverrideOfAnUnknownKeyIsNamed() {
        CliHarness.Result r = new CliHarness(cli).run("validate", JOB, "--set", "matching.fees=1");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).startsWith("hisaab: " + JOB + ": job.matching.fees: unknown key 'fees'")
                .doesNotContain("\n");
    }

    @Test
    void theRealProgramPrintsAFailedRunInOneLineAndItsTraceOnlyWhenAsked() throws Exception {
        // given a run that fails in its first step (the sample has malformed lines; none are allowed here)
        Path root = Path.of("").toAbsolutePath();
        List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-Dhisaab.work-dir=" + tmp.resolve(".hisaab"));
        List<String> args = List.of("run", JOB, "--quiet", "--set", "max-rejects=0", "--out", tmp.resolve("out").toString());

        // when the program runs as a process, without and with --stacktrace
        HisaabProcess plain = HisaabProcess.start(root, tmp.resolve("logs"), Map.of(), jvm, args.toArray(String[]::new));
        int plainExit = plain.waitFor(120);
        List<String> tracedArgs = new java.util.ArrayList<>(args);
        tracedArgs.add("--stacktrace");
        HisaabProcess traced = HisaabProcess.start(root, tmp.resolve("logs"), Map.of(), jvm,
                tracedArgs.toArray(String[]::new));
        int tracedExit = traced.waitFor(120);

        // then stderr is the failure and how to resume, and no log line or trace
        assertThat(plainExit).as(plain.describe()).isEqualTo(ExitCodes.INPUT);
        // (stages run in parallel, so which damaged input stops the run first may vary)
        List<String> lines = plain.stderr().lines().toList();
        assertThat(lines).as(plain.describe()).hasSize(2);
        assertThat(lines.get(0)).matches("hisaab: run 1 failed: more than 0 rejected lines in sample-data/jhatpat/"
                + "[a-z-]+\\.(csv|jsonl|sql) \\(job\\.max-rejects\\); see the first ones in the run's work folder");
        assertThat(lines.get(1)).isEqualTo("hisaab: fix the cause, then resume with: hisaab run " + JOB + " --restart");
        assertThat(plain.stdout()).isEmpty();
        assertThat(tracedExit).isEqualTo(ExitCodes.INPUT);
        assertThat(traced.stderr()).contains("TooManyRejectsException").contains("\tat dev.hisaab.stage.StageTasklet");
    }
}
