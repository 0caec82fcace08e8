package dev.hisaab.job;

import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.csv;
import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.findingTriples;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.restore.ExecutedStatement;
import dev.hisaab.restore.RestoreScriptRunner;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
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
 * Runs {@code jobs/kota-payments.yml} on {@code sample-data/kota} and checks it against the generator's known
 * answers — findings in every category, refunds, per-day control totals — and, on the real PostgreSQL server, that
 * restore.sql posts what was unposted, reverses wrong late fees, leaves a bill changed after the dump alone, changes
 * nothing on a second apply, and leaves no unposted payment or wrong penalty for a new run to find.
 */
@SpringBootTest
@ActiveProfiles("test")
class KotaPaymentsJobFunctionalTests {

    static final String JOB = "jobs/kota-payments.yml";
    static final Path SAMPLE = Path.of("sample-data", "kota");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    CliHarness.Result run(Path out, String... more) {
        List<String> args = new ArrayList<>(List.of("run", JOB, "--out", out.toString(), "--quiet"));
        args.addAll(List.of(more));
        return new CliHarness(cli).run(args.toArray(String[]::new));
    }

    @Test
    void findsExactlyTheGeneratorsKnownAnswersInEveryCategory() throws Exception {
        CliHarness.Result r = run(tmp);

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(findingTriples(tmp.resolve("findings.csv")))
                .containsExactlyElementsOf(findingTriples(SAMPLE.resolve("expected/findings.csv")));
    }

    @Test
    void theReportDeletesTheSpentWorkFilesAndKeepsOnlyTheConsumersItReads() throws Exception {
        run(tmp);

        try (java.util.stream.Stream<Path> files = Files.list(tmp.resolve(".work"))) {
            List<String> spools = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".spool")).toList();
            assertThat(spools).isNotEmpty().allMatch(n -> n.startsWith("consumers.p"));
        }
        assertThat(tmp.resolve(".work/match-0.statements")).exists();
    }

    @Test
    void listsEveryDuplicateForRefundWithTheConsumer() throws Exception {
        run(tmp);

        List<String> actual = Files.readAllLines(tmp.resolve("refunds.csv"), StandardCharsets.UTF_8);
        List<String> expected = Files.readAllLines(SAMPLE.resolve("expected/refunds.csv"), StandardCharsets.UTF_8);
        assertThat(actual.subList(1, actual.size())).containsExactlyElementsOf(expected.subList(1, expected.size()));
        assertThat(actual.get(0)).isEqualTo("bill_no,consumer_id,name,mobile,amount_due,paid_total,excess,payments");
    }

    @Test
    void controlTotalsTieToThePaisaEveryDay() throws Exception {
        run(tmp);

        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(tmp.resolve("summary.json")));
        assertThat(summary.get("balanced").asBoolean()).isTrue();
        List<String> actual = new ArrayList<>();
        for (JsonNode d : summary.get("controlTotals")) {
            assertThat(d.get("balanced").asBoolean()).isTrue();
            actual.add(String.join(",", d.get("day").asString(), d.get("captured").asString(), d.get("posted").asString(),
                    d.get("unposted").asString(), d.get("unmatched").asString(), d.get("refunded").asString()));
        }
        List<String> expected = new ArrayList<>();
        for (CSVRecord row : csv(SAMPLE.resolve("expected/control-totals.csv"))) {
            expected.add(String.join(",", row.values()));
        }
        assertThat(actual).containsExactlyElementsOf(expected);
        for (JsonNode source : summary.get("sources")) {
            assertThat(source.get("balanced").asBoolean()).as(source.get("id").asString()).isTrue();
        }
    }

    @Test
    @Tag("postgres")
    void restorePostsPaymentsReversesWrongFeesOnceAndLeavesLaterChangesAlone() throws Exception {
        run(tmp);
        List<CSVRecord> expectedBills = csv(SAMPLE.resolve("expected/bills-after-restore.csv"));
        try (PostgresDatabase db = PostgresDatabase.createFresh("kota")) {
            // given the portal database as dumped, and one bill (paid late online, so its fee stands) that staff
            // marked paid after the dump
            db.loadDump(SAMPLE.resolve("portal.sql"));
            String touched = expectedBills.stream().filter(b -> !b.get("late_fee").equals("0.00"))
                    .map(b -> b.get("bill_no")).findFirst().orElseThrow();
            execute(db, "UPDATE public.bills SET status = 'PAID', updated_at = now() WHERE bill_no = '" + touched + "'");
            Map<String, String> touchedBefore = bill(db, touched);

            // when restore.sql is applied with psql
            db.psqlFile(tmp.resolve("restore.sql"));

            // then every bill is as the known answers say, except the one changed after the dump
            for (CSVRecord expected : expectedBills) {
                String billNo = expected.get("bill_no");
                Map<String, String> actual = bill(db, billNo);
                if (billNo.equals(touched)) {
                    assertThat(actual).isEqualTo(touchedBefore);
                } else {
                    assertThat(actual).as(billNo).containsEntry("status", expected.get("status"))
                            .containsEntry("late_fee", expected.get("late_fee"));
                }
            }

            // and a second apply changes nothing
            try (Connection c = db.connection()) {
                List<ExecutedStatement> again = RestoreScriptRunner.run(c, tmp.resolve("restore.sql"));
                assertThat(again).isNotEmpty().allSatisfy(s -> assertThat(s.rows()).as(s.sql()).isZero());
            }

            // and a new run against the restored database finds no unposted payment and no wrong penalty
            Path dump = tmp.resolve("restored.sql");
            Process p = new ProcessBuilder("pg_dump", "-h", PostgresDatabase.HOST, "-U", PostgresDatabase.USER,
                    "-d", db.name(), "-f", dump.toString()).redirectErrorStream(true).start();
            assertThat(p.waitFor()).as(new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
            Path rerun = tmp.resolve("rerun");
            CliHarness.Result r = run(rerun, "--set", "sources.consumers.path=" + dump, "--set",
                    "sources.bills.path=" + dump, "--set", "sources.payments.path=" + dump);
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            Map<String, List<String>> byCategory = new HashMap<>();
            csv(rerun.resolve("findings.csv")).forEach(f ->
                    byCategory.computeIfAbsent(f.get("category"), k -> new ArrayList<>()).add(f.get("key")));
            assertThat(byCategory).doesNotContainKeys("UNPOSTED_PAYMENT", "PENALTY_WRONGLY_APPLIED");
            TreeSet<String> duplicatesBefore = new TreeSet<>();
            csv(tmp.resolve("findings.csv")).stream().filter(f -> f.get("category").equals("DUPLICATE_PAYMENT"))
                    .forEach(f -> duplicatesBefore.add(f.get("key")));
            assertThat(new TreeSet<>(byCategory.get("DUPLICATE_PAYMENT"))).isEqualTo(duplicatesBefore);
            assertThat(Files.readString(rerun.resolve("refunds.csv")).lines().count()).isEqualTo(duplicatesBefore.size() + 1);
        }
    }

    static void execute(PostgresDatabase db, String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static Map<String, String> bill(PostgresDatabase db, String billNo) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT status, late_fee::text, updated_at::text FROM public.bills WHERE bill_no = '"
                     + billNo + "'")) {
            assertThat(rs.next()).as(billNo).isTrue();
            return Map.of("status", rs.getString(1), "late_fee", rs.getString(2), "updated_at", rs.getString(3));
        }
    }
}
