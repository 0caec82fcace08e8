package dev.hisaab.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The root command: lists the subcommands. */
@Command(name = "hisaab", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Recovers lost portal data and reconciles fee payments: receipts, gateway logs and database "
                + "dumps in; findings, reports and restore SQL out.",
        subcommands = {RunCommand.class, ValidateCommand.class, ApplyCommand.class, HistoryCommand.class,
            GenerateCommand.class, ExplainCommand.class, CompletionCommand.class, BenchCommand.class},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:the run completed with no findings",
            "1:the run completed with findings",
            "2:usage error or invalid job file",
            "3:an input is missing, unreadable, or has too many malformed rows",
            "4:the job failed (internal error, accounting did not balance)"},
        footer = {"", "Examples:", "  hisaab run jobs/jhatpat-recovery.yml",
            "  hisaab validate jobs/jhatpat-recovery.yml", "  hisaab run jobs/jhatpat-recovery.yml --restart",
            "  hisaab apply out/jhatpat-recovery/run-1/restore.sql --db jdbc:postgresql://db:5432/portal",
            "  hisaab --work-db jdbc:postgresql://db:5432/hisaab history",
            "  hisaab explain out/jhatpat-recovery/run-1 JP251161679",
            "  source <(hisaab completion)    # tab completion in bash or zsh"})
public class HisaabCommand implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: show the usage and report a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }

    @Option(names = "--stacktrace", description = "Print the stack trace of an error.", scope = picocli.CommandLine.ScopeType.INHERIT)
    boolean stacktrace;

    /** Read before the Spring context starts ({@link dev.hisaab.HisaabApplication}); declared here for help and parsing. */
    @Option(names = "--work-db", paramLabel = "JDBC-URL", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "Keep the run history (job repository) in this database instead of embedded H2, e.g. "
                    + "jdbc:postgresql://db:5432/hisaab (default: HISAAB_WORK_DB; password from HISAAB_DB_PASSWORD or "
                    + "PGPASSWORD, never in the URL).")
    String workDb;
}
