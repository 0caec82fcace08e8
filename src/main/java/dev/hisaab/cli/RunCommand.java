package dev.hisaab.cli;

import dev.hisaab.job.JobRunner;
import dev.hisaab.job.RunOutcome;
import dev.hisaab.stage.ProgressListener;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hisaab run <job-file>}: runs a job, or with {@code --restart} resumes its last failed run. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run a job file: read its sources, write findings.csv, rejects.csv, summary.json, restore.sql "
                + "and rollback.sql into the output folder.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:completed, no findings", "1:completed with findings", "2:invalid job file or usage",
            "3:input missing, unreadable or too many malformed rows", "4:job failed"},
        footer = {"", "Examples:", "  hisaab run jobs/jhatpat-recovery.yml",
            "  hisaab run jobs/jhatpat-recovery.yml --out /tmp/recovery --set matching.fee=100.00",
            "  hisaab run jobs/jhatpat-recovery.yml --set sources.gateway.path=exports/gw-jan.csv",
            "  hisaab run jobs/jhatpat-recovery.yml --restart    # resume the last run after a crash"})
public class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<job-file>", description = "The job definition (YAML), e.g. jobs/jhatpat-recovery.yml.")
    Path jobFile;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default out/<job>/run-<n>).")
    Path out;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a job-file value, e.g. "
            + "matching.fee=100.00 or sources.<id>.path=file.csv (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    @Option(names = "--restart", description = "Restart the last run of this job where it failed or was killed.")
    boolean restart;

    @Option(names = {"-q", "--quiet"}, description = "No progress (bars on a terminal, periodic lines otherwise) and "
            + "no summary table.")
    boolean quiet;

    @Option(names = "--mask-personal-data", description = "Mask mobile numbers (98XXXXXX10) and names (R*** S***) in "
            + "findings.csv, rejects.csv and refunds.csv, for readers outside IT; restore.sql is never masked.")
    boolean maskPersonalData;

    private final JobRunner runner;

    public RunCommand(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        if (restart && (out != null || !overrides.isEmpty() || maskPersonalData)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                    "--restart reuses the failed run's --out, --set and --mask-personal-data; do not give them again");
        }
        ProgressListener progress = quiet ? ProgressListener.NONE
                : ProgressBars.onTerminal() ? new ProgressBars() : new ProgressLines(spec.commandLine().getErr());
        RunOutcome outcome = restart ? runner.restart(jobFile, progress)
                : runner.run(jobFile, overrides, out, progress, maskPersonalData);
        if (!outcome.completed()) {
            Throwable cause = outcome.failures().isEmpty() ? new IllegalStateException("job ended " + outcome.status())
                    : rootCause(mostTelling(outcome.failures()));
            spec.commandLine().getErr().println("hisaab: run " + outcome.runId() + " failed: " + CliExceptionHandler.message(cause));
            if (spec.commandLine().getParseResult() != null
                    && spec.commandLine().getParseResult().originalArgs().contains("--stacktrace")) {
                outcome.failures().forEach(f -> f.printStackTrace(spec.commandLine().getErr()));
            }
            spec.commandLine().getErr().println("hisaab: fix the cause, then resume with: hisaab run " + jobFile + " --restart");
            return CliExceptionHandler.exitCode(cause);
        }
        int findings = TerminalSummary.print(spec.commandLine().getOut(), outcome, quiet);
        return findings > 0 ? ExitCodes.DIFFERENCES : ExitCodes.OK;
    }

    /**
     * The failure that says what went wrong: a partitioned step's manager only reports that a partition failed, so
     * the partition's own failure is preferred when there is one.
     */
    static Throwable mostTelling(java.util.List<Throwable> failures) {
        return failures.stream()
                .filter(f -> !(f instanceof org.springframework.batch.core.job.JobExecutionException))
                .findFirst().orElse(failures.get(0));
    }

    static Throwable rootCause(Throwable t) {
        Throwable c = t;
        while (c.getCause() != null && c.getCause() != c && !(c instanceof dev.hisaab.definition.DefinitionException)) {
            c = c.getCause();
        }
        return c;
    }
}
