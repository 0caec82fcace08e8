package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.ExitCodes;
import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.HisaabProcess;
import dev.hisaab.support.PostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Database passwords never reach the process list, the terminal, the reports, the work files or the run history: a
 * real run reading its live table from PostgreSQL with the password in {@code HISAAB_DB_PASSWORD} (and another in
 * {@code PGPASSWORD}) is watched while it runs, and every byte it leaves behind is searched; a password put in a
 * source URL is refused without being repeated.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("postgres")
class SecretsFunctionalTests {

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    void aDatabasePasswordNeverReachesTheProcessListTerminalReportsOrRunHistory() throws Exception {
        String secret = "S3cr3t-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        String pgSecret = "Pg-" + Long.toHexString(ThreadLocalRandom.current().nextLong());
        try (PostgresDatabase db = PostgresDatabase.createFresh("secrets")) {
            db.loadDump(JhatpatRecoveryJobFunctionalTests.SAMPLE.resolve("live.sql"));
            Path root = Path.of("").toAbsolutePath();
            Map<String, String> env = Map.of("HISAAB_DB_PASSWORD", secret, "PGPASSWORD", pgSecret);
            List<String> jvm = List.of("-XX:TieredStopAtLevel=1", "-Dhisaab.work-dir=" + tmp.resolve(".hisaab"));

            // when the job runs as a process, its live source a database table
            HisaabProcess run = HisaabProcess.start(root, tmp.resolve("logs"), env, jvm, "run",
                    JhatpatRecoveryJobFunctionalTests.JOB, "--out", tmp.resolve("out").toString(),
                    "--set", "sources.live.type=jdbc", "--set", "sources.live.path=",
                    "--set", "sources.live.options.url=" + db.jdbcUrl() + "?user=" + PostgresDatabase.USER);

            // then no one listing processes sees a password while it runs
            Path cmdline = Path.of("/proc", Long.toString(run.pid()), "cmdline");
            int looks = 0;
            while (run.isAlive()) {
                String listed = run.commandLineSeenByOthers();
                if (Files.exists(cmdline)) {
                    try {
                        listed += new String(Files.readAllBytes(cmdline), StandardCharsets.UTF_8);
                    } catch (java.io.IOException ended) {
                        // the process ended between the check and the read
                    }
                }
                assertThat(listed).doesNotContain(secret).doesNotContain(pgSecret);
                looks++;
                Thread.sleep(50);
            }
            assertThat(run.waitFor(10)).as(run.describe()).isEqualTo(ExitCodes.DIFFERENCES);
            assertThat(looks).isPositive();

            // and the run history, as shown, holds none
            HisaabProcess history = HisaabProcess.start(root, tmp.resolve("logs"), env, jvm, "history");
            assertThat(history.waitFor(120)).as(history.describe()).isZero();
            assertThat(history.stdout()).contains("jhatpat-recovery");

            // and no file it wrote holds one: outputs, work files, the H2 job repository, what it printed
            List<Path> files;
            try (Stream<Path> all = Files.walk(tmp)) {
                files = all.filter(Files::isRegularFile).toList();
            }
            assertThat(files).anyMatch(f -> f.toString().endsWith("summary.json"))
                    .anyMatch(f -> f.toString().endsWith(".mv.db")).anyMatch(f -> f.toString().endsWith(".err"));
            for (Path f : files) {
                String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                assertThat(bytes).as(f.toString()).doesNotContain(secret).doesNotContain(pgSecret);
            }
        }
    }

    @Test
    void aPasswordInASourceUrlIsRefusedWithoutBeingRepeated() {
        for (String url : List.of("jdbc:postgresql://127.0.0.1:5432/portal?user=ops&password=TopSecret1",
                "jdbc:postgresql://ops:TopSecret1@127.0.0.1:5432/portal")) {
            List<String> args = new ArrayList<>(List.of("run", JhatpatRecoveryJobFunctionalTests.JOB, "--quiet",
                    "--out", tmp.resolve("out").toString(), "--set", "sources.live.type=jdbc", "--set", "sources.live.path=",
                    "--set", "sources.live.options.url=" + url));
            CliHarness.Result r = new CliHarness(cli).run(args.toArray(String[]::new));

            assertThat(r.exitCode()).as(url + ": " + r.err()).isEqualTo(ExitCodes.USAGE);
            assertThat(r.err()).contains("sources[6].options").doesNotContain("TopSecret1").doesNotContain("\n\tat ");
            assertThat(r.out()).doesNotContain("TopSecret1");
            assertThat(tmp.resolve("out")).doesNotExist();
        }
    }
}
