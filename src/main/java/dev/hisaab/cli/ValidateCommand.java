package dev.hisaab.cli;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.job.JobRunner;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hisaab validate <job-file>}: checks the job file and that every mapped column exists, without running. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check a job file: keys and types, that every source file exists, and that every mapped column "
                + "exists in its input (CSV header, dump column list). Reads no further than the headers.",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {"0:valid", "2:invalid job file", "3:input unreadable"},
        footer = {"", "Example:", "  hisaab validate jobs/jhatpat-recovery.yml"})
public class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<job-file>", description = "The job definition (YAML).")
    Path jobFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override a job-file value (repeatable).")
    Map<String, String> overrides = new LinkedHashMap<>();

    private final JobRunner runner;

    public ValidateCommand(JobRunner runner) {
        this.runner = runner;
    }

    @Override
    public Integer call() throws Exception {
        JobDefinition job = runner.prepare(jobFile, overrides);
        spec.commandLine().getOut().println(jobFile + ": valid job '" + job.name() + "' with " + job.sources().size()
                + " sources; every mapped column exists");
        return ExitCodes.OK;
    }
}
