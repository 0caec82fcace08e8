package dev.hisaab.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.restore.ExpectedCount;
import dev.hisaab.restore.RestoreCounts;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.ActiveProfiles;

/**
 * {@code hisaab apply} on the real server: the recovery job's restore.sql against a fresh copy of the post-upgrade
 * database (sample-data/jhatpat/live.sql) for every test, dropped after it.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class ApplyCommandIntegrationTests {

    static final Path SAMPLE = Path.of("sample-data", "jhatpat");
    static final String TABLE = "public.connection_application";
    static final String SECRET = "Ab9-not-printed-ever";

    @Autowired
    HisaabCli cli;

    @TempDir
    static Path run;

    PostgresDatabase db;
    Path restore;
    Path rollback;
    long before;

    @BeforeAll
    void generateScripts() {
        CliHarness.Result result = new CliHarness(cli).run("run", "jobs/jhatpat-recovery.yml", "--out", run.toString(), "--quiet");
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    }

    @BeforeEach
    void freshLiveDatabase() throws Exception {
        db = PostgresDatabase.createFresh("apply");
        db.loadDump(SAMPLE.resolve("live.sql"));
        restore = run.resolve("restore.sql");
        rollback = run.resolve("rollback.sql");
        before = count();
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    /** {@code hisaab apply <script> --db <this test's database> <options>}. */
    CliHarness.Result apply(Path script, String... options) {
        List<String> args = new java.util.ArrayList<>(List.of("apply", script.toString(), "--db",
                db.jdbcUrl() + "?user=" + PostgresDatabase.USER));
        args.addAll(List.of(options));
        return new CliHarness(cli).run(args.toArray(String[]::new));
    }

    @Test
    void dryRunReportsWhatWouldChangeAndChangesNothing() throws Exception {
        CliHarness.Result result = apply(restore);

        assertThat(result.exitCode()).as(result.err()).isZero();
        int expected = expectedRestored().size();
        assertThat(result.out()).contains("dry run of restore.sql")
                .containsPattern("MISSING_APPLICATION_RESTORABLE\\s+public.connection_application\\s+10\\s+10\\s+10")
                .containsPattern("MISSING_APPLICATION_RECONSTRUCTABLE\\s+public.connection_application\\s+6\\s+6\\s+6")
                .containsPattern("total\\s+" + expected + "\\s+" + expected + "\\s+" + expected)
                .contains("rolled back, nothing committed (dry run)");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void commitAppliesExactlyTheLostRowsWhenEveryCountMatches() throws Exception {
        CliHarness.Result result = apply(restore, "--commit");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("committed: 16 row(s) changed, every count as expected");
        assertThat(count()).isEqualTo(before + 16);
        assertThat(restoredKeys()).containsExactlyElementsOf(expectedRestored());
    }

    @Test
    void reapplyingACommittedScriptIsAlreadyAppliedAndChangesNothing() throws Exception {
        assertThat(apply(restore, "--commit").exitCode()).isZero();

        CliHarness.Result dry = apply(restore);
        CliHarness.Result again = apply(restore, "--commit");

        for (CliHarness.Result r : List.of(dry, again)) {
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("already applied: 0 of 16 row(s) would change; nothing to do, nothing committed");
        }
        assertThat(count()).isEqualTo(before + 16);
    }

    @Test
    void refusesToCommitWhenARowAppearedSinceTheScriptWasGenerated() throws Exception {
        // given staff re-created one lost application after the dump the run read
        ExpectedCount first = RestoreCounts.read(run.resolve("restore.counts")).get(0);
        try (Connection c = db.connection(); PreparedStatement s = c.prepareStatement("INSERT INTO " + TABLE
                + " (application_no, applicant_name, mobile_no, status, submitted_on) VALUES (?, 'Re-entered', "
                + "'9000000000', 'SUBMITTED', now())")) {
            s.setString(1, first.key());
            s.executeUpdate();
        }

        // when
        CliHarness.Result result = apply(restore, "--commit");

        // then nothing is committed and the statement is named by script line and key
        assertThat(result.exitCode()).isEqualTo(ExitCodes.DIFFERENCES);
        assertThat(result.err()).contains("counts differ at 1 of 16 statement(s) of restore.sql; rolled back, nothing committed")
                .contains("restore.sql:" + first.line() + " " + TABLE + " " + first.key() + ": expected 1 row(s), changed 0");
        assertThat(count()).isEqualTo(before + 1);
        assertThat(restoredKeys()).isEmpty();
    }

    @Test
    void rollbackScriptRemovesWhatRestoreInserted() throws Exception {
        assertThat(apply(restore, "--commit").exitCode()).isZero();

        CliHarness.Result result = apply(rollback, "--commit");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("apply of rollback.sql").contains("committed: 16 row(s) changed");
        assertThat(count()).isEqualTo(before);
        assertThat(apply(rollback).out()).contains("already applied: 0 of 16");
    }

    @Test
    void aFailingStatementRollsBackEverything() throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE " + TABLE + " ADD CONSTRAINT no_restored CHECK (source = 'PORTAL') NOT VALID");
        }

        CliHarness.Result result = apply(restore, "--commit");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.FAILED);
        assertThat(result.err()).startsWith("hisaab: Cannot apply restore.sql at line ").contains("no_restored");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void thePasswordIsNeverPrintedNorAcceptedInTheUrl(CapturedOutput output) throws Exception {
        Path passwordFile = Files.writeString(run.resolve("pw"), SECRET + "\n");

        CliHarness.Result ok = apply(restore, "--password-file", passwordFile.toString(), "--user", PostgresDatabase.USER);
        CliHarness.Result wrongDb = new CliHarness(cli).run("apply", restore.toString(), "--db",
                "jdbc:postgresql://127.0.0.1:5432/no_such_database_here", "--password-file", passwordFile.toString(),
                "--stacktrace");
        CliHarness.Result inUrl = new CliHarness(cli).run("apply", restore.toString(), "--db",
                db.jdbcUrl() + "?user=postgres&password=" + SECRET);

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(wrongDb.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(wrongDb.err()).contains("cannot connect to jdbc:postgresql://127.0.0.1:5432/no_such_database_here");
        assertThat(inUrl.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(inUrl.err()).contains("contains a password").contains("password=***");
        for (CliHarness.Result r : List.of(ok, wrongDb, inUrl)) {
            assertThat(r.out() + r.err()).doesNotContain(SECRET);
        }
        assertThat(output.getAll()).doesNotContain(SECRET);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aScriptWithoutItsCountsFileIsRefused() throws Exception {
        Path lonely = Files.createDirectories(run.resolve("lonely")).resolve("restore.sql");
        Files.copy(restore, lonely, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        CliHarness.Result result = apply(lonely, "--commit");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(result.err()).contains("restore.counts not found");
        assertThat(count()).isEqualTo(before);
    }

    long count() throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM " + TABLE)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    TreeSet<String> restoredKeys() throws Exception {
        TreeSet<String> keys = new TreeSet<>();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT application_no FROM " + TABLE + " WHERE source <> 'PORTAL'")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    static TreeSet<String> expectedRestored() throws Exception {
        TreeSet<String> keys = new TreeSet<>();
        try (Reader r = Files.newBufferedReader(SAMPLE.resolve("expected/restored-applications.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                keys.add(row.get("application_no"));
            }
        }
        return keys;
    }
}
