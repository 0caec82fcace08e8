package dev.hisaab.job;

import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.csv;
import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.findingTriples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jobs/jhatpat-recovery.yml} with its {@code live} and {@code districts} sources switched from the pg_dump file
 * to the live database loaded from that same dump ({@code type: jdbc}, with {@code --set} as an operator would): the
 * findings are the same as from the dump, and so are the restore scripts.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("postgres")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JhatpatLiveDatabaseJobFunctionalTests {

    static final String JOB = JhatpatRecoveryJobFunctionalTests.JOB;
    static final Path SAMPLE = JhatpatRecoveryJobFunctionalTests.SAMPLE;

    @Autowired
    HisaabCli cli;

    @TempDir
    static Path tmp;

    PostgresDatabase db;
    Path fromDump;
    Path fromDatabase;
    CliHarness.Result live;

    @BeforeAll
    void runFromDumpAndFromDatabase() {
        db = PostgresDatabase.createFresh("live_source");
        db.loadDump(SAMPLE.resolve("live.sql"));
        String url = db.jdbcUrl() + "?user=" + PostgresDatabase.USER;
        fromDump = tmp.resolve("dump");
        fromDatabase = tmp.resolve("database");
        CliHarness harness = new CliHarness(cli);
        CliHarness.Result dump = harness.run("run", JOB, "--out", fromDump.toString(), "--quiet");
        assertThat(dump.exitCode()).as(dump.err()).isEqualTo(1);
        live = harness.run("run", JOB, "--out", fromDatabase.toString(), "--quiet",
                "--set", "sources.live.type=jdbc", "--set", "sources.live.path=",
                "--set", "sources.live.options.url=" + url, "--set", "sources.live.options.fetch-size=100",
                "--set", "sources.districts.type=jdbc", "--set", "sources.districts.path=",
                "--set", "sources.districts.options.url=" + url);
    }

    @AfterAll
    void dropDatabase() {
        db.close();
    }

    @Test
    void findsTheSameAsFromTheDump() throws Exception {
        assertThat(live.exitCode()).as(live.err()).isEqualTo(1);
        assertThat(findingTriples(fromDatabase.resolve("findings.csv")))
                .containsExactlyElementsOf(findingTriples(SAMPLE.resolve("expected/findings.csv")))
                .containsExactlyElementsOf(findingTriples(fromDump.resolve("findings.csv")));
        for (String file : List.of("restore.sql", "rollback.sql", "restore.counts", "rejects.csv")) {
            assertThat(Files.readString(fromDatabase.resolve(file))).as(file).isEqualTo(Files.readString(fromDump.resolve(file)));
        }
    }

    @Test
    void citesLiveRowsByTableAndRowNumber() throws Exception {
        List<String> liveRefs = new ArrayList<>();
        for (CSVRecord f : csv(fromDatabase.resolve("findings.csv"))) {
            for (String ref : f.get("refs").split(" ")) {
                if (ref.startsWith("db:")) {
                    liveRefs.add(ref);
                }
            }
            assertThat(f.get("refs")).doesNotContain("live.sql");
        }
        assertThat(liveRefs).isNotEmpty().allMatch(r -> r.matches("db:public\\.connection_application:\\d+"));
    }

    @Test
    void summaryNamesTheTableAndAccountsForEveryRow() throws Exception {
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(fromDatabase.resolve("summary.json")));
        JsonNode source = null;
        for (JsonNode s : summary.get("sources")) {
            if (s.get("id").asString().equals("live")) {
                source = s;
            }
        }
        assertThat(source).isNotNull();
        assertThat(source.get("type").asString()).isEqualTo("jdbc");
        assertThat(source.get("path").asString()).isEqualTo("db:public.connection_application");
        assertThat(source.get("sha256").asString()).matches("[0-9a-f]{64}");
        assertThat(source.get("read").asLong()).isEqualTo(1984);
        assertThat(source.get("balanced").asBoolean()).isTrue();
        assertThat(summary.get("balanced").asBoolean()).isTrue();
    }

    @Test
    void validateChecksMappedColumnsAgainstTheTableWithoutReadingRows() {
        String url = db.jdbcUrl() + "?user=" + PostgresDatabase.USER;
        CliHarness harness = new CliHarness(cli);

        CliHarness.Result ok = harness.run("validate", JOB, "--set", "sources.live.type=jdbc", "--set", "sources.live.path=",
                "--set", "sources.live.options.url=" + url);
        CliHarness.Result badColumn = harness.run("validate", JOB, "--set", "sources.live.type=jdbc",
                "--set", "sources.live.path=", "--set", "sources.live.options.url=" + url,
                "--set", "sources.live.fields.mobile=mobile");
        CliHarness.Result withPath = harness.run("validate", JOB, "--set", "sources.live.type=jdbc",
                "--set", "sources.live.options.url=" + url);

        assertThat(ok.exitCode()).as(ok.err()).isZero();
        assertThat(badColumn.exitCode()).isEqualTo(2);
        assertThat(badColumn.err()).contains("column 'mobile' not found in source 'live' (jdbc)");
        assertThat(withPath.exitCode()).isEqualTo(2);
        assertThat(withPath.err()).contains("type jdbc reads no file; remove path");
    }
}
