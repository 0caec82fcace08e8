package dev.hisaab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.support.CliHarness;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The command line as an operator meets it: exit codes, one-line errors, restart after a failure. */
@SpringBootTest
@ActiveProfiles("test")
class RunCommandTests {

    static final String JOB = "jobs/jhatpat-recovery.yml";
    static final List<String> FILES = List.of("receipts-counter.csv", "receipts-kiosk.csv", "receipts-portal.csv",
            "gateway-settlement.csv", "callbacks.jsonl", "snapshot.sql", "live.sql");

    @Autowired
    HisaabCli cli;

    @Autowired
    JobRepository repository;

    @TempDir
    Path tmp;

    CliHarness.Result run(String... args) {
        return new CliHarness(cli).run(args);
    }

    @Test
    void validateAcceptsTheSampleJob() {
        CliHarness.Result r = run("validate", JOB);

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("valid job 'jhatpat-recovery' with 8 sources");
    }

    @Test
    void reportsAMissingColumnInOneLineWithoutAStackTrace() {
        CliHarness.Result r = run("validate", JOB, "--set", "sources.gateway.fields.amount=amount_paise");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("job.sources[3].fields.amount: column 'amount_paise' not found in "
                        + "sample-data/jhatpat/gateway-settlement.csv");
    }

    @Test
    void refusesToRunWhenAMappedColumnIsMissingBeforeAnyWork() {
        Path out = tmp.resolve("out");
        CliHarness.Result r = run("run", JOB, "--out", out.toString(), "--set", "sources.snapshot.fields.mobile=phone");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("job.sources[5].fields.mobile: column 'phone' not found");
        assertThat(out).doesNotExist();
    }

    @Test
    void namesAMissingInputFile() {
        CliHarness.Result r = run("run", JOB, "--set", "sources.callbacks.path=nowhere/callbacks.jsonl");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err()).contains("job.sources[4].path: file not found");
    }

    @Test
    void printsVersionAndUsage() {
        assertThat(run("--version").out()).startsWith("hisaab ");
        CliHarness.Result none = run();
        assertThat(none.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(none.err()).contains("Usage: hisaab").contains("Exit codes:");
        assertThat(run("run", "--help").out()).contains("--restart").contains("Examples:");
    }

    @Test
    void restartsAFailedRunWhereItStoppedAndEndsLikeACleanRun() throws IOException {
        // given copies of the sample inputs, the callback log damaged beyond max-rejects
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        for (String f : FILES) {
            Files.copy(Path.of("sample-data/jhatpat", f), data.resolve(f));
        }
        Files.writeString(data.resolve("callbacks.jsonl"), "{truncated\n".repeat(1001), StandardOpenOption.APPEND);
        List<String> args = new ArrayList<>(List.of("run", JOB, "--quiet", "--out", tmp.resolve("run").toString()));
        String[] ids = {"receipts-counter", "receipts-kiosk", "receipts-portal", "gateway", "callbacks", "snapshot", "live"};
        for (int i = 0; i < ids.length; i++) {
            args.add("--set");
            args.add("sources." + ids[i] + ".path=" + data.resolve(FILES.get(i)));
        }
        args.add("--set");
        args.add("sources.districts.path=" + data.resolve("live.sql"));

        // when the run fails on the damaged input
        CliHarness.Result failed = run(args.toArray(String[]::new));
        assertThat(failed.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(failed.err()).contains("more than 1000 rejected lines").contains("callbacks.jsonl").contains("--restart");
        assertThat(tmp.resolve("run/findings.csv")).doesNotExist();

        // and is restarted after the input is fixed
        Files.copy(Path.of("sample-data/jhatpat/callbacks.jsonl"), data.resolve("callbacks.jsonl"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliHarness.Result resumed = run("run", JOB, "--restart", "--quiet");

        // then it completes without redoing the stages that had completed, with the outputs of a clean run
        assertThat(resumed.exitCode()).as(resumed.err()).isEqualTo(ExitCodes.DIFFERENCES);
        JobInstance instance = repository.getLastJobInstance("jhatpat-recovery");
        List<JobExecution> executions = repository.getJobExecutions(instance);
        assertThat(executions).hasSize(2);
        JobExecution restart = executions.stream().max(java.util.Comparator.comparing(JobExecution::getId)).orElseThrow();
        List<String> rerun = restart.getStepExecutions().stream().map(StepExecution::getStepName).toList();
        assertThat(rerun).contains("stage-callbacks", "report").doesNotContain("stage-receipts-counter", "stage-gateway");
        Path clean = tmp.resolve("clean");
        assertThat(run("run", JOB, "--quiet", "--out", clean.toString()).exitCode()).isEqualTo(ExitCodes.DIFFERENCES);
        for (String f : List.of("findings.csv", "restore.sql", "rollback.sql")) {
            assertThat(Files.readString(tmp.resolve("run").resolve(f))).as(f)
                    .isEqualTo(Files.readString(clean.resolve(f)).replace("sample-data/jhatpat/", data + "/"));
        }

        // and a second restart of the completed run is refused
        CliHarness.Result again = run("run", JOB, "--restart");
        assertThat(again.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(again.err()).contains("already completed");
    }
}
