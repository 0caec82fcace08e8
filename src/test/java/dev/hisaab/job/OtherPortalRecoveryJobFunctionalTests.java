package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A portal the tool was not built around, configured by a job file alone: semicolon CSV export as snapshot, a dump
 * with positional INSERTs in another schema, receipts with BOM, CRLF and a footer, a gateway report in rupees with
 * epoch times, Razorpay-style nested webhooks. Expected answers worked out by hand in expected-findings.csv.
 */
@SpringBootTest
@ActiveProfiles("test")
class OtherPortalRecoveryJobFunctionalTests {

    static final Path DIR = Path.of("src/test/resources/dev/hisaab/job/other-portal");

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    @Tag("postgres")
    void findsTheHandWorkedAnswersAndRestoresIntoThatSchema() throws Exception {
        CliHarness.Result r = new CliHarness(cli).run("run", DIR.resolve("job.yml").toString(), "--out", tmp.toString(),
                "--quiet");

        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        assertThat(JhatpatRecoveryJobFunctionalTests.findingTriples(tmp.resolve("findings.csv")))
                .containsExactlyElementsOf(JhatpatRecoveryJobFunctionalTests.findingTriples(DIR.resolve("expected-findings.csv")));
        assertThat(Files.readString(tmp.resolve("summary.json"))).contains("\"balanced\" : true");

        try (PostgresDatabase db = PostgresDatabase.createFresh("other")) {
            db.loadDump(DIR.resolve("portal-live.sql"));
            db.psqlFile(tmp.resolve("restore.sql"));
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("SET TimeZone = 'Asia/Kolkata'");
                ResultSet rs = s.executeQuery("SELECT app_id, full_name, phone, to_char(submitted, 'YYYY-MM-DD HH24:MI'), "
                        + "fee_ok, scheme_code FROM portal.apps WHERE app_id IN ('A1003', 'A1005') ORDER BY 1");
                assertThat(rs.next()).isTrue();
                assertThat(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), rs.getString(6)})
                        .containsExactly("A1003", "Meera \"Mini\" Nair", "9833333333", "2025-12-03 12:00", true, "U");
                assertThat(rs.next()).isTrue();
                assertThat(new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                    rs.getBoolean(5), rs.getString(6)})
                        .containsExactly("A1005", "Kiran Bedi", "9855555555", "2025-12-07 00:00", true, null);
                assertThat(rs.next()).isFalse();
            }
            db.psqlFile(tmp.resolve("rollback.sql"));
            assertThat(JhatpatRecoveryJobFunctionalTests.count(db, "SELECT count(*) FROM portal.apps")).isEqualTo(4);
        }
    }
}
