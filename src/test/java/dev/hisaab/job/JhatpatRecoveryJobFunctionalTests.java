package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.restore.ExecutedStatement;
import dev.hisaab.restore.RestoreScriptRunner;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs {@code jobs/jhatpat-recovery.yml} through the CLI on {@code sample-data/jhatpat} and checks the results
 * against the generator's known answers, the accounting, reproducibility, and — on the real PostgreSQL server — the
 * restore script: applied to the post-upgrade database it brings back exactly the lost rows, a second apply
 * changes nothing, and a new run against the restored database finds no missing application.
 */
@SpringBootTest
@ActiveProfiles("test")
class JhatpatRecoveryJobFunctionalTests {

    static final String JOB = "jobs/jhatpat-recovery.yml";
    static final Path SAMPLE = Path.of("sample-data", "jhatpat");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    void findsExactlyTheGeneratorsKnownAnswers() throws IOException {
        // when
        CliHarness.Result result = new CliHarness(cli).run("run", JOB, "--out", tmp.toString(), "--quiet");

        // then
        assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
        assertThat(findingTriples(tmp.resolve("findings.csv")))
                .containsExactlyElementsOf(findingTriples(SAMPLE.resolve("expected/findings.csv")));
    }

    @Test
    void noPartitionedWorkFileOutlivesTheStepsThatReadThem() throws IOException {
        new CliHarness(cli).run("run", JOB, "--out", tmp.toString(), "--quiet");

        try (java.util.stream.Stream<Path> files = Files.list(tmp.resolve(".work"))) {
            assertThat(files.map(f -> f.getFileName().toString())).isNotEmpty().noneMatch(n -> n.endsWith(".spool"));
        }
    }

    @Test
    void accountsForEveryInputRowAndAmount() throws IOException {
        new CliHarness(cli).run("run", JOB, "--out", tmp.toString(), "--quiet");

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("summary.json")));
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        JsonNode counts = JsonMapper.builder().build().readTree(Files.readString(SAMPLE.resolve("expected/counts.json")));
        long rejectedLines = 0;
        for (JsonNode source : summary.get("sources")) {
            long read = source.get("read").asLong();
            assertThat(read).as(source.get("id").asString())
                    .isEqualTo(source.get("matched").asLong() + source.get("inFindings").asLong()
                            + source.get("rejected").asLong());
            assertThat(source.get("balanced").asBoolean()).isTrue();
            assertThat(source.get("sha256").asString()).hasSize(64);
            rejectedLines += source.get("rejected").asLong();
        }
        assertThat(summary.get("findings").get("REJECTED_LINE").get("count").asLong()).isEqualTo(rejectedLines);
        assertThat(counts.toString()).isNotEmpty();
        // every rejected line is listed with file, line and reason
        List<CSVRecord> rejects = csv(tmp.resolve("rejects.csv"));
        assertThat(rejects).hasSize((int) rejectedLines);
        for (CSVRecord r : rejects) {
            assertThat(r.get("file")).isNotBlank();
            assertThat(Long.parseLong(r.get("line"))).isPositive();
            assertThat(r.get("reason")).isNotBlank();
        }
    }

    @Test
    void sameInputsGiveByteIdenticalFindingsAndScripts() throws IOException {
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        CliHarness harness = new CliHarness(cli);
        harness.run("run", JOB, "--out", first.toString(), "--quiet");
        harness.run("run", JOB, "--out", second.toString(), "--quiet", "--set", "partitions=7");

        for (String file : List.of("findings.csv", "rejects.csv", "restore.sql", "rollback.sql")) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void citesEvidenceAndRuleForEveryFinding() throws IOException {
        new CliHarness(cli).run("run", JOB, "--out", tmp.toString(), "--quiet");

        for (CSVRecord f : csv(tmp.resolve("findings.csv"))) {
            assertThat(f.get("refs")).as(f.toString()).matches("\\S+:\\d+( \\S+:\\d+)*");
            assertThat(f.get("rule")).as(f.toString()).isNotBlank();
        }
        String restore = Files.readString(tmp.resolve("restore.sql"));
        for (String line : restore.split("\n")) {
            if (line.startsWith("INSERT")) {
                int at = restore.indexOf(line);
                String before = restore.substring(0, at).stripTrailing();
                assertThat(before.substring(before.lastIndexOf('\n') + 1)).startsWith("-- MISSING_APPLICATION_");
            }
        }
    }

    @Test
    @Tag("postgres")
    void restoreBringsBackExactlyTheLostRowsOnceAndLeavesNothingMissing() throws Exception {
        new CliHarness(cli).run("run", JOB, "--out", tmp.toString(), "--quiet");
        try (PostgresDatabase db = PostgresDatabase.createFresh("recovery")) {
            // given the post-upgrade database
            db.loadDump(SAMPLE.resolve("live.sql"));
            long before = count(db, "SELECT count(*) FROM public.connection_application");

            // when restore.sql is applied as an operator would
            db.psqlFile(tmp.resolve("restore.sql"));

            // then exactly the lost applications are back, field by field
            List<CSVRecord> expected = csv(SAMPLE.resolve("expected/restored-applications.csv"));
            assertThat(count(db, "SELECT count(*) FROM public.connection_application")).isEqualTo(before + expected.size());
            Map<String, Map<String, String>> restored = restoredRows(db);
            assertThat(restored.keySet()).containsExactlyElementsOf(
                    expected.stream().map(r -> r.get("application_no")).sorted().toList());
            for (CSVRecord row : expected) {
                Map<String, String> actual = restored.get(row.get("application_no"));
                for (String column : row.getParser().getHeaderNames()) {
                    assertThat(actual.get(column)).as(row.get("application_no") + "." + column)
                            .isEqualTo(row.get(column).isEmpty() ? null : row.get(column));
                }
            }

            // and a second apply changes nothing
            try (Connection c = db.connection()) {
                List<ExecutedStatement> again = RestoreScriptRunner.run(c, tmp.resolve("restore.sql"));
                assertThat(again).isNotEmpty().allSatisfy(s -> assertThat(s.rows()).as(s.sql()).isZero());
            }

            // and a new run against the restored database finds no missing application
            Path dump = tmp.resolve("restored-live.sql");
            Process p = new ProcessBuilder("pg_dump", "-h", PostgresDatabase.HOST, "-U", PostgresDatabase.USER,
                    "-d", db.name(), "-f", dump.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            Path rerun = tmp.resolve("rerun");
            CliHarness.Result result = new CliHarness(cli).run("run", JOB, "--out", rerun.toString(), "--quiet",
                    "--set", "sources.live.path=" + dump, "--set", "sources.districts.path=" + dump);
            assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
            TreeSet<String> categories = new TreeSet<>();
            csv(rerun.resolve("findings.csv")).forEach(f -> categories.add(f.get("category")));
            assertThat(categories).doesNotContain("MISSING_APPLICATION_RESTORABLE", "MISSING_APPLICATION_RECONSTRUCTABLE")
                    .contains("DUPLICATE_FEE", "ORPHAN_RECEIPT");
            assertThat(Files.readString(rerun.resolve("restore.sql"))).doesNotContain("INSERT INTO");
        }
    }

    static Map<String, Map<String, String>> restoredRows(PostgresDatabase db) throws Exception {
        Map<String, Map<String, String>> rows = new TreeMap<>();
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'Asia/Kolkata'");
            try (ResultSet rs = s.executeQuery("SELECT application_no, applicant_name, mobile_no, district_code, "
                    + "category_code, status, sanctioned_load_kw::text, address, "
                    + "to_char(submitted_on, 'YYYY-MM-DD\"T\"HH24:MI:SS') || '+05:30' AS submitted_on, "
                    + "fee_paid::text, source FROM public.connection_application WHERE source <> 'PORTAL'")) {
                while (rs.next()) {
                    Map<String, String> row = new TreeMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnLabel(i), rs.getString(i));
                    }
                    row.put("sanctioned_load_kw", row.get("sanctioned_load_kw"));
                    row.put("fee_paid", "true".equals(row.get("fee_paid")) ? "true" : "false");
                    rows.put(row.get("application_no"), row);
                }
            }
        }
        return rows;
    }

    static long count(PostgresDatabase db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** category,key,amount of each finding, sorted. */
    static List<String> findingTriples(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (CSVRecord r : csv(file)) {
            out.add(r.get("category") + "," + r.get("key") + "," + r.get("amount"));
        }
        out.sort(null);
        return out;
    }

    static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r).getRecords();
        }
    }
}
