package dev.hisaab.cli;

import dev.hisaab.database.DatabaseLogin;
import dev.hisaab.database.DatabaseUrl;
import dev.hisaab.restore.ApplyReport;
import dev.hisaab.restore.ScriptApplier;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hisaab apply <script> --db <jdbc-url>}: runs a restore or rollback script in one transaction and compares
 * what each statement changes with the counts written beside it; rolls back unless {@code --commit} is given and every
 * count matches. A script already applied changes nothing and is reported as such.
 */
@Command(name = "apply", mixinStandardHelpOptions = true,
        description = {"Apply restore.sql or rollback.sql to a database, checked against the counts written beside it "
                + "(restore.counts, rollback.counts).",
            "Without --commit: a dry run. Every statement runs in one transaction, the rows each would change are "
                + "compared with the expected counts, then everything is rolled back.",
            "With --commit: commits only if every count matches; otherwise rolls back and names the statements that "
                + "differ. A script applied before changes 0 rows: reported as already applied, nothing committed.",
            "The password is never given on the command line: --password-file, else HISAAB_DB_PASSWORD, else "
                + "PGPASSWORD (else ~/.pgpass or trust)."},
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every count matches (committed with --commit), or the script was already applied",
            "1:counts differ: nothing committed", "2:usage error (e.g. a password in the URL)",
            "3:script or counts file unreadable, or the database unreachable",
            "4:a statement failed on the server: nothing committed"},
        footer = {"", "Examples:",
            "  hisaab apply out/jhatpat-recovery/run-1/restore.sql --db jdbc:postgresql://db:5432/portal --user hisaab_apply",
            "  HISAAB_DB_PASSWORD=... hisaab apply out/jhatpat-recovery/run-1/restore.sql --db jdbc:postgresql://db:5432/portal --commit",
            "  hisaab apply out/jhatpat-recovery/run-1/rollback.sql --db jdbc:postgresql://db/portal --password-file ~/.hisaab-pw --commit"})
public class ApplyCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<script>", description = "restore.sql or rollback.sql of a run.")
    Path script;

    @Option(names = "--db", required = true, paramLabel = "JDBC-URL",
            description = "The database, e.g. jdbc:postgresql://host:5432/portal (no password in it).")
    String db;

    @Option(names = "--user", paramLabel = "NAME", description = "Database user (default HISAAB_DB_USER, PGUSER, or the URL's user=).")
    String user;

    @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password.")
    Path passwordFile;

    @Option(names = "--commit", description = "Commit if every count matches (default: dry run, always rolled back).")
    boolean commit;

    @Override
    public Integer call() throws Exception {
        DatabaseUrl url;
        try {
            url = DatabaseUrl.of(db);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("hisaab: --db: " + e.getMessage());
            spec.commandLine().getErr().flush();
            return ExitCodes.USAGE;
        }
        DatabaseLogin login = DatabaseLogin.resolve(user, passwordFile, null, System.getenv());
        if (!java.nio.file.Files.isRegularFile(script)) {
            throw new java.nio.file.NoSuchFileException(script.toString());
        }
        ScriptApplier.Result result;
        try (Connection connection = connect(login, url)) {
            result = ScriptApplier.apply(connection, script, commit);
        }
        return report(result, url);
    }

    private static Connection connect(DatabaseLogin login, DatabaseUrl url) throws IOException {
        try {
            return login.connect(url);
        } catch (SQLException e) {
            throw new IOException("cannot connect to " + url.masked() + ": " + DatabaseUrl.mask(e.getMessage()), e);
        }
    }

    private int report(ScriptApplier.Result result, DatabaseUrl url) {
        PrintWriter out = spec.commandLine().getOut();
        ApplyReport r = result.report();
        String mode = commit ? "apply" : "dry run";
        out.printf("%s of %s on %s%n%n", mode, r.script(), url.masked());
        out.printf("%-38s %-32s %10s %10s %12s%n", "category", "table", "statements", "expected", commit ? "changed" : "would change");
        for (ApplyReport.Group g : r.groups()) {
            out.printf("%-38s %-32s %,10d %,10d %,12d%n", g.category(), g.table(), g.statements(), g.expectedRows(), g.changedRows());
        }
        out.printf("%-38s %-32s %,10d %,10d %,12d%n%n", "total", "", r.statements(), r.expectedRows(), r.changedRows());
        switch (r.outcome()) {
            case AS_EXPECTED:
                if (result.committed()) {
                    out.printf("committed: %,d row(s) changed, every count as expected%n", r.changedRows());
                } else {
                    out.printf("every count matches: %,d row(s) would change; rolled back, nothing committed (dry run). "
                            + "Apply with --commit.%n", r.changedRows());
                }
                out.flush();
                return ExitCodes.OK;
            case ALREADY_APPLIED:
                out.printf("already applied: 0 of %,d row(s) would change; nothing to do, nothing committed%n",
                        r.expectedRows());
                out.flush();
                return ExitCodes.OK;
            default:
                out.flush();
                PrintWriter err = spec.commandLine().getErr();
                err.printf("hisaab: counts differ at %d of %d statement(s) of %s; rolled back, nothing committed%n",
                        r.differences().size(), r.statements(), r.script());
                int shown = 0;
                for (ApplyReport.Difference d : r.differences()) {
                    if (shown++ == 20) {
                        err.printf("  ... and %d more%n", r.differences().size() - 20);
                        break;
                    }
                    err.printf("  %s:%d %s %s: expected %d row(s), %s %d%s%n", r.script(), d.line(), d.table(), d.key(),
                            d.expectedRows(), commit ? "changed" : "would change", d.changedRows(),
                            d.note() == null ? "" : " (" + d.note() + ")");
                }
                err.println("hisaab: the database changed since the script was generated; run the job again on a fresh "
                        + "dump to get a script for its current state");
                err.flush();
                return ExitCodes.DIFFERENCES;
        }
    }
}
