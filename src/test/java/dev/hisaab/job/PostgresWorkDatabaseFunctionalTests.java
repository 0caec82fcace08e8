package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.HisaabApplication;
import dev.hisaab.cli.ExitCodes;
import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The job repository in PostgreSQL ({@code --work-db}): each step below starts the application afresh, as separate
 * {@code hisaab} processes would, on the same work database. A run fails on an input with too many malformed rows, the
 * input is fixed, {@code run --restart} completes it with the same outputs as a clean run, and {@code history} lists
 * both runs from the server.
 */
@Tag("postgres")
class PostgresWorkDatabaseFunctionalTests {

    static final String JOB = JhatpatRecoveryJobFunctionalTests.JOB;
    static final Path SAMPLE = JhatpatRecoveryJobFunctionalTests.SAMPLE;

    static PostgresDatabase workDb;

    @TempDir
    Path tmp;

    @BeforeAll
    static void createWorkDatabase() {
        workDb = PostgresDatabase.createFresh("work_db");
    }

    @AfterAll
    static void dropWorkDatabase() {
        workDb.close();
    }

    /** Starts the application as {@code main} would for {@code hisaab --work-db <url> <args>}, runs one command, stops it. */
    static CliHarness.Result hisaab(String... args) {
        List<String> all = new ArrayList<>(List.of("--work-db", workDb.jdbcUrl() + "?user=" + PostgresDatabase.USER));
        all.addAll(List.of(args));
        String[] argv = all.toArray(String[]::new);
        SpringApplication application = HisaabApplication.application(argv, Map.of());
        application.setAdditionalProfiles("test"); // the test profile only keeps the CLI runner off
        try (ConfigurableApplicationContext context = application.run()) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            assertThat(url).startsWith(workDb.jdbcUrl());
            return new CliHarness(context.getBean(HisaabCli.class)).run(argv);
        }
    }

    @Test
    void failedRunRestartsFromThePostgresRepositoryAndMatchesACleanRun() throws Exception {
        // given a gateway report with more malformed rows than max-rejects allows
        Path inputs = Files.createDirectories(tmp.resolve("inputs"));
        Path gateway = inputs.resolve("gateway-settlement.csv");
        Files.copy(SAMPLE.resolve("gateway-settlement.csv"), gateway);
        StringBuilder garbage = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            garbage.append("pay_bad").append(i).append(",JP251141790,ten rupees,INR,captured,not a date,,0,0\n");
        }
        Files.writeString(gateway, garbage, StandardOpenOption.APPEND);
        Path out = tmp.resolve("run");

        // when the run fails in stage-gateway
        CliHarness.Result failed = hisaab("run", JOB, "--out", out.toString(), "--quiet", "--set", "max-rejects=5",
                "--set", "sources.gateway.path=" + gateway);

        // then
        assertThat(failed.exitCode()).as(failed.out() + failed.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(failed.err()).contains("more than 5 rejected lines in " + gateway).contains("--restart");
        assertThat(Files.exists(out.resolve("findings.csv"))).isFalse();
        assertThat(statuses()).containsExactly("FAILED");

        // when the input is fixed and the run restarted by a new process on the same work database
        Files.copy(SAMPLE.resolve("gateway-settlement.csv"), gateway, StandardCopyOption.REPLACE_EXISTING);
        CliHarness.Result restarted = hisaab("run", JOB, "--restart", "--quiet");

        // then it completes with the same outputs as a clean run of the fixed inputs
        assertThat(restarted.exitCode()).as(restarted.err()).isEqualTo(ExitCodes.DIFFERENCES);
        Path clean = tmp.resolve("clean");
        CliHarness.Result cleanRun = hisaab("run", JOB, "--out", clean.toString(), "--quiet", "--set", "max-rejects=5",
                "--set", "sources.gateway.path=" + gateway);
        assertThat(cleanRun.exitCode()).as(cleanRun.err()).isEqualTo(ExitCodes.DIFFERENCES);
        for (String file : List.of("findings.csv", "rejects.csv", "restore.sql", "rollback.sql", "restore.counts")) {
            assertThat(Files.readAllBytes(out.resolve(file))).as(file).isEqualTo(Files.readAllBytes(clean.resolve(file)));
        }
        assertThat(statuses()).containsExactly("FAILED", "COMPLETED", "COMPLETED");

        // and history lists both runs, newest first, from the server
        CliHarness.Result history = hisaab("history", "--job", "jhatpat-recovery");
        assertThat(history.exitCode()).as(history.err()).isZero();
        List<String> lines = history.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("work database: " + workDb.jdbcUrl() + "?user=postgres");
        assertThat(lines).hasSize(4);
        assertThat(lines.get(2)).matches("jhatpat-recovery\\s+2 COMPLETED .*\\s1\\s+6,834\\s+40\\s+10\\s+" + clean);
        assertThat(lines.get(3)).matches("jhatpat-recovery\\s+1 COMPLETED .*\\s2\\s+6,834\\s+40\\s+10\\s+" + out);
        assertThat(hisaab("history", "--limit", "1").out().lines().count()).isEqualTo(3);
    }

    /** Status of every job execution in the work database, oldest first. */
    static List<String> statuses() throws Exception {
        List<String> statuses = new ArrayList<>();
        try (Connection c = workDb.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status FROM batch_job_execution ORDER BY job_execution_id")) {
            while (rs.next()) {
                statuses.add(rs.getString(1));
            }
        }
        return statuses;
    }
}
