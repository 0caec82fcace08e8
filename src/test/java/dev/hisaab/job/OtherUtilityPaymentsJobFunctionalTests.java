package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A billing portal the tool was not built around, configured by a job file alone: its own schema and column names
 * (invoice / receipt / customer, SETTLED for paid), a semicolon gateway report in rupees with local times, nested
 * webhooks, a counter export with a Y/N cancel flag. Expected answers worked out by hand in expected-findings.csv.
 */
@SpringBootTest
@ActiveProfiles("test")
class OtherUtilityPaymentsJobFunctionalTests {

    static final Path DIR = Path.of("src/test/resources/dev/hisaab/job/other-utility");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    @Tag("postgres")
    void findsTheHandWorkedAnswersAndPostsIntoThatSchema() throws Exception {
        CliHarness.Result r = new CliHarness(cli).run("run", DIR.resolve("job.yml").toString(), "--out", tmp.toString(),
                "--quiet");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(JhatpatRecoveryJobFunctionalTests.findingTriples(tmp.resolve("findings.csv")))
                .containsExactlyElementsOf(JhatpatRecoveryJobFunctionalTests.findingTriples(DIR.resolve("expected-findings.csv")));

        try (PostgresDatabase db = PostgresDatabase.createFresh("utility")) {
            db.loadDump(DIR.resolve("billing.sql"));
            db.psqlFile(tmp.resolve("restore.sql"));
            assertThat(rows(db, "SELECT invoice_id || ' ' || pay_status || ' ' || penalty FROM billing.invoice ORDER BY 1"))
                    .containsExactly("INV-1 SETTLED 0.00", "INV-2 SETTLED 0.00", "INV-3 SETTLED 10.00", "INV-4 OPEN 0.00",
                            "INV-5 SETTLED 0.00");
            assertThat(rows(db, "SELECT pg_ref || ' ' || invoice_id || ' ' || amt || ' ' || mode FROM billing.receipt "
                    + "WHERE rcpt_id > 2 ORDER BY pg_ref"))
                    .containsExactly("T1 INV-1 500.00 NET", "T3 INV-3 210.00 NET", "T4 INV-4 50.00 NET");
            db.psqlFile(tmp.resolve("rollback.sql"));
            assertThat(rows(db, "SELECT invoice_id || ' ' || pay_status || ' ' || penalty FROM billing.invoice ORDER BY 1"))
                    .containsExactly("INV-1 OPEN 25.00", "INV-2 SETTLED 0.00", "INV-3 OPEN 10.00", "INV-4 OPEN 0.00",
                            "INV-5 SETTLED 0.00");
            assertThat(rows(db, "SELECT count(*)::text FROM billing.receipt")).containsExactly("2");
        }
    }

    static List<String> rows(PostgresDatabase db, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
