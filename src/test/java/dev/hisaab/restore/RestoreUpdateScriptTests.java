package dev.hisaab.restore;

import static dev.hisaab.restore.RestoreUpdateTests.map;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hisaab.support.PostgresDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Guarded updates on the real server, in scripts that mix them with inserts as the payment job does (per bill: insert
 * the unposted payment, then mark the bill paid and take back the late fee). A fresh database for every test.
 */
@Tag("postgres")
class RestoreUpdateScriptTests {

    private static final String DDL = """
            CREATE TABLE public.bill (
                bill_no varchar(20) PRIMARY KEY,
                consumer_id text NOT NULL,
                amount numeric(10,2) NOT NULL,
                late_fee numeric(8,2),
                due_date date NOT NULL,
                status varchar(10) NOT NULL,
                paid boolean NOT NULL,
                paid_at timestamptz,
                remarks text,
                updated_at timestamptz NOT NULL);
            CREATE TABLE public.payment (
                payment_id varchar(40) PRIMARY KEY,
                bill_no varchar(20) NOT NULL REFERENCES public.bill,
                amount numeric(10,2) NOT NULL,
                paid_at timestamptz NOT NULL,
                channel text NOT NULL);
            INSERT INTO public.bill VALUES
                ('KT-1', 'c-1', 1250.00, 50.00, '2025-11-04', 'UNPAID', false, NULL, NULL, '2025-11-05 00:10:00+05:30'),
                ('KT-2', 'c-2', 480.00, 25.00, '2025-11-10', 'UNPAID', false, NULL, 'old note', '2025-11-11 00:10:00+05:30'),
                ('KT-3', 'c-3', 99.00, NULL, '2025-11-10', 'PAID', true, '2025-11-09 12:00:00+05:30', NULL, '2025-11-09 12:00:00+05:30');
            """;
    private static final List<String> ORIGINAL_BILLS = List.of(
            "KT-1|c-1|1250.00|50.00|2025-11-04|UNPAID|f|null|null|2025-11-04 18:40:00+00",
            "KT-2|c-2|480.00|25.00|2025-11-10|UNPAID|f|null|old note|2025-11-10 18:40:00+00",
            "KT-3|c-3|99.00|null|2025-11-10|PAID|t|2025-11-09 06:30:00+00|null|2025-11-09 06:30:00+00");
    private static final RestoreScriptHeader HEADER = RestoreScriptHeader.of("hisaab test", "run-1", "2025-11-20T10:00:00+05:30");

    @TempDir
    Path dir;
    private PostgresDatabase db;

    @BeforeEach
    void createTables() throws SQLException {
        db = PostgresDatabase.createFresh("restore_update");
        execute(DDL);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private static RestoreRow payment(String txn, String bill, String amount, String at) {
        return new RestoreRow("public.payment", List.of("payment_id"),
                map("payment_id", txn, "bill_no", bill, "amount", amount, "paid_at", at, "channel", "ONLINE"),
                "UNPOSTED_PAYMENT", txn, List.of("settlement.csv:" + txn.length(), "callbacks.jsonl:3"), "captured", null);
    }

    /**
     * Marks a bill paid and takes back its late fee. The expected values are spelled differently from how the server
     * prints them (50.0 for 50.00, 'f' for false, UTC for an IST time) and still match: comparisons are typed.
     */
    private static RestoreUpdate markPaid(String bill, String lateFee, String dueDate, String paidAt, String oldRemarks,
                                          String updatedAt) {
        return new RestoreUpdate("public.bill", map("bill_no", bill),
                map("status", "PAID", "paid", "true", "paid_at", paidAt, "late_fee", "0.00", "remarks", "posted by hisaab"),
                map("status", "UNPAID", "paid", "f", "paid_at", null, "late_fee", lateFee, "remarks", oldRemarks,
                        "due_date", dueDate, "updated_at", updatedAt),
                "UNPOSTED_PAYMENT", bill, List.of("portal-dump.sql:" + bill.length(), "settlement.csv:9"),
                "captured-by-due-date", "late fee reversed");
    }

    /** Per bill, the payment first, then the bill, as the payment job writes them. */
    private static List<RestoreStatement> payments() {
        return List.of(
                payment("pay_T1", "KT-1", "1250.00", "2025-11-04 23:30:00+05:30"),
                markPaid("KT-1", "50.0", "2025-11-04", "2025-11-04 23:30:00+05:30", null, "2025-11-04 18:40:00+00"),
                payment("pay_T2", "KT-2", "480", "2025-11-10 09:00:00+05:30"),
                markPaid("KT-2", "25", "20251110", "2025-11-10 09:00:00+05:30", "old note", "2025-11-11 00:10"));
    }

    private RestoreScriptFiles writeScripts(List<RestoreStatement> statements) throws IOException {
        RestoreScriptFiles files = RestoreScriptFiles.inDirectory(dir);
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(files, HEADER)) {
            for (RestoreStatement s : statements) {
                writer.write(s);
            }
            writer.finish();
            assertEquals(statements.size(), writer.rowCount());
            assertEquals(statements.stream().filter(s -> s instanceof RestoreUpdate).count(), writer.updateCount());
        }
        return files;
    }

    @Test
    void psqlAppliesExactValuesAndASecondApplyTouchesNoRow() throws Exception {
        RestoreScriptFiles files = writeScripts(payments());
        List<String> lines = Files.readAllLines(files.restoreSql());
        int update = lines.indexOf(lines.stream().filter(l -> l.startsWith("UPDATE")).findFirst().orElseThrow());
        assertEquals("-- UNPOSTED_PAYMENT KT-1 rule=captured-by-due-date evidence=portal-dump.sql:4, settlement.csv:9",
                lines.get(update - 2));
        assertEquals("-- note: late fee reversed", lines.get(update - 1));

        db.psqlFile(files.restoreSql());

        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM bill WHERE bill_no = 'KT-1'")) {
            assertTrue(rs.next());
            assertEquals("PAID", rs.getString("status"));
            assertTrue(rs.getBoolean("paid"));
            assertTrue(OffsetDateTime.parse("2025-11-04T23:30:00+05:30").isEqual(rs.getObject("paid_at", OffsetDateTime.class)));
            assertEquals(new BigDecimal("0.00"), rs.getBigDecimal("late_fee"));
            assertEquals("posted by hisaab", rs.getString("remarks"));
            assertEquals(LocalDate.of(2025, 11, 4), rs.getObject("due_date", LocalDate.class));
        }
        List<String> bills = List.of(
                "KT-1|c-1|1250.00|0.00|2025-11-04|PAID|t|2025-11-04 18:00:00+00|posted by hisaab|2025-11-04 18:40:00+00",
                "KT-2|c-2|480.00|0.00|2025-11-10|PAID|t|2025-11-10 03:30:00+00|posted by hisaab|2025-11-10 18:40:00+00",
                ORIGINAL_BILLS.get(2));
        assertEquals(bills, rows("bill"));
        assertEquals(List.of("pay_T1|KT-1|1250.00|2025-11-04 18:00:00+00|ONLINE",
                "pay_T2|KT-2|480.00|2025-11-10 03:30:00+00|ONLINE"), rows("payment"));

        List<String> versions = rowVersions();
        db.psqlFile(files.restoreSql());
        assertEquals(versions, rowVersions(), "a second apply must not touch any row");
        try (Connection c = db.connection()) {
            List<ExecutedStatement> again = RestoreScriptRunner.run(c, files.restoreSql());
            assertEquals(4, again.stream().filter(e -> e.sql().startsWith("INSERT") || e.sql().startsWith("UPDATE")).count());
            assertTrue(again.stream().allMatch(e -> e.rows() == 0), again::toString);
        }
        assertEquals(versions, rowVersions());
    }

    @Test
    void runnerCountsEveryInsertAndUpdateAsTheCountsFilesSayAndRollbackRestoresTheDump() throws Exception {
        RestoreScriptFiles files = writeScripts(payments());

        try (Connection c = db.connection()) {
            List<ExecutedStatement> restore = RestoreScriptRunner.run(c, files.restoreSql());
            assertEquals(List.of("INSERT 1", "UPDATE 1", "INSERT 1", "UPDATE 1"), dataStatements(restore));
            assertEquals(counts(files.restoreCounts()), lineCounts(restore));
            assertEquals(List.of("public.payment pay_T1", "public.bill KT-1", "public.payment pay_T2", "public.bill KT-2"),
                    RestoreCounts.read(files.restoreCounts()).stream().map(e -> e.table() + " " + e.key()).toList());

            List<ExecutedStatement> rollback = RestoreScriptRunner.run(c, files.rollbackSql());
            assertEquals(List.of("UPDATE 1", "DELETE 1", "UPDATE 1", "DELETE 1"), dataStatements(rollback));
            assertEquals(counts(files.rollbackCounts()), lineCounts(rollback));
        }
        assertEquals(ORIGINAL_BILLS, rows("bill"));
        assertEquals(List.of(), rows("payment"));
    }

    @Test
    void aBillPaidAtACounterSinceTheDumpIsLeftAloneAndApplyRefusesToCommit() throws Exception {
        RestoreScriptFiles files = writeScripts(payments());
        execute("UPDATE bill SET status = 'PAID', paid = true, paid_at = '2025-11-12 11:00+05:30', remarks = 'counter',"
                + " updated_at = '2025-11-12 11:00+05:30' WHERE bill_no = 'KT-2'");
        List<String> before = rows("bill");
        long kt2Update = RestoreCounts.read(files.restoreCounts()).get(3).line();

        // hisaab apply --commit: the KT-2 update would change 0 rows, so nothing is committed.
        try (Connection c = db.connection()) {
            ScriptApplier.Result result = ScriptApplier.apply(c, files.restoreSql(), true);
            assertFalse(result.committed());
            assertEquals(ApplyReport.Outcome.DIFFERS, result.report().outcome());
            assertEquals(List.of(new ApplyReport.Difference(kt2Update, "public.bill", "KT-2", 1, 0, null)),
                    result.report().differences());
            assertEquals(List.of(new ApplyReport.Group("UNPOSTED_PAYMENT", "public.payment", 2, 2, 2),
                    new ApplyReport.Group("UNPOSTED_PAYMENT", "public.bill", 2, 2, 1)), result.report().groups());
        }
        assertEquals(before, rows("bill"));
        assertEquals(List.of(), rows("payment"));

        // psql applies what still holds; the statement for KT-2 changes nothing.
        db.psqlFile(files.restoreSql());
        List<String> after = rows("bill");
        assertTrue(after.get(0).startsWith("KT-1|c-1|1250.00|0.00|2025-11-04|PAID|t|"), after.get(0));
        assertEquals(before.get(1), after.get(1));
        assertEquals("KT-2|c-2|480.00|25.00|2025-11-10|PAID|t|2025-11-12 05:30:00+00|counter|2025-11-12 05:30:00+00", after.get(1));
    }

    @Test
    void applierCommitsOnceThenSaysAlreadyAppliedForRestoreAndRollback() throws Exception {
        RestoreScriptFiles files = writeScripts(payments());
        try (Connection c = db.connection()) {
            ScriptApplier.Result dryRun = ScriptApplier.apply(c, files.restoreSql(), false);
            assertEquals(ApplyReport.Outcome.AS_EXPECTED, dryRun.report().outcome());
            assertFalse(dryRun.committed());
            assertEquals(ORIGINAL_BILLS, rows("bill"));

            ScriptApplier.Result first = ScriptApplier.apply(c, files.restoreSql(), true);
            assertEquals(ApplyReport.Outcome.AS_EXPECTED, first.report().outcome());
            assertTrue(first.committed());
            assertEquals(4, first.report().changedRows());

            ScriptApplier.Result second = ScriptApplier.apply(c, files.restoreSql(), true);
            assertEquals(ApplyReport.Outcome.ALREADY_APPLIED, second.report().outcome());
            assertFalse(second.committed());

            ScriptApplier.Result undo = ScriptApplier.apply(c, files.rollbackSql(), true);
            assertEquals(ApplyReport.Outcome.AS_EXPECTED, undo.report().outcome());
            assertTrue(undo.committed());
            assertEquals(ORIGINAL_BILLS, rows("bill"));
            assertEquals(List.of(), rows("payment"));

            assertEquals(ApplyReport.Outcome.ALREADY_APPLIED, ScriptApplier.apply(c, files.rollbackSql(), true).report().outcome());
        }
    }

    @Test
    void rollbackPutsOldValuesBackButLeavesARowChangedAfterTheRestore() throws Exception {
        RestoreScriptFiles files = writeScripts(payments());
        db.psqlFile(files.restoreSql());
        execute("UPDATE bill SET remarks = 'refund requested', updated_at = '2025-11-21 10:00+05:30' WHERE bill_no = 'KT-2'");
        List<String> changedByStaff = rows("bill");

        try (Connection c = db.connection()) {
            ScriptApplier.Result refused = ScriptApplier.apply(c, files.rollbackSql(), true);
            assertEquals(ApplyReport.Outcome.DIFFERS, refused.report().outcome());
            assertEquals(List.of("public.bill KT-2"),
                    refused.report().differences().stream().map(d -> d.table() + " " + d.key()).toList());
        }
        assertEquals(changedByStaff, rows("bill"));

        db.psqlFile(files.rollbackSql());

        assertEquals(List.of(ORIGINAL_BILLS.get(0), changedByStaff.get(1), ORIGINAL_BILLS.get(2)), rows("bill"));
        // Each rollback statement judges its own row: the payment row is still as inserted, so it goes.
        assertEquals(List.of(), rows("payment"));
    }

    @Test
    void aGuardColumnNotChangedByTheUpdateStopsItsRollback() throws Exception {
        RestoreScriptFiles files = writeScripts(payments().subList(0, 2));
        db.psqlFile(files.restoreSql());
        execute("UPDATE bill SET due_date = '2025-12-04' WHERE bill_no = 'KT-1'");
        List<String> changed = rows("bill");

        db.psqlFile(files.rollbackSql());

        assertEquals(changed, rows("bill"));
        assertEquals(List.of(), rows("payment"));
    }

    @Test
    void chainedUpdatesOfOneRowUnwindNewestFirst() throws Exception {
        RestoreUpdate paid = new RestoreUpdate("public.bill", map("bill_no", "KT-1"), map("status", "PAID", "paid", "t"),
                map("status", "UNPAID", "paid", "false"), "UNPOSTED_PAYMENT", "KT-1", List.of("s.csv:2"), "captured", null);
        // Judged against the row as the first update leaves it.
        RestoreUpdate fee = new RestoreUpdate("public.bill", map("bill_no", "KT-1"), map("late_fee", "0"),
                map("late_fee", "50", "status", "PAID"), "PENALTY_WRONGLY_APPLIED", "KT-1", List.of("s.csv:2"), "by-due-date", null);
        RestoreScriptFiles files = writeScripts(List.of(paid, fee));

        try (Connection c = db.connection()) {
            assertEquals(List.of("UPDATE 1", "UPDATE 1"), dataStatements(RestoreScriptRunner.run(c, files.restoreSql())));
            assertTrue(rows("bill").get(0).startsWith("KT-1|c-1|1250.00|0.00|2025-11-04|PAID|t|"), rows("bill").get(0));
            assertEquals(List.of("UPDATE 0", "UPDATE 0"), dataStatements(RestoreScriptRunner.run(c, files.restoreSql())));
            assertEquals(List.of("UPDATE 1", "UPDATE 1"), dataStatements(RestoreScriptRunner.run(c, files.rollbackSql())));
        }
        assertEquals(ORIGINAL_BILLS, rows("bill"));
    }

    @Test
    void aNewValueEqualToTheOldInTheColumnsTypeNeverRewritesTheRow() throws Exception {
        // '50.0' and '50.00' differ as text, so the record accepts them, but not as numeric: the update finds the row
        // already holding its new value and changes nothing: never rewritten, "already applied".
        RestoreUpdate same = new RestoreUpdate("public.bill", map("bill_no", "KT-1"), map("late_fee", "50.0"),
                map("late_fee", "50.00"), "PENALTY_WRONGLY_APPLIED", "KT-1", List.of("s.csv:2"), "r", null);
        RestoreScriptFiles files = writeScripts(List.of(same));
        List<String> versions = rowVersions();

        try (Connection c = db.connection()) {
            ScriptApplier.Result result = ScriptApplier.apply(c, files.restoreSql(), true);
            assertEquals(ApplyReport.Outcome.ALREADY_APPLIED, result.report().outcome());
            assertFalse(result.committed());
        }
        db.psqlFile(files.restoreSql());
        assertEquals(versions, rowVersions());
    }

    /**
     * The coercion the Javadoc of {@link RestoreUpdate} states, per type: an expected value matches the stored one when
     * they are equal in the column's type, whatever the spelling, and not otherwise.
     */
    @Test
    void expectedValuesCompareInTheColumnsType() throws Exception {
        execute("""
                CREATE TABLE typed (id integer PRIMARY KEY, n numeric(8,2), i integer, d date, ts timestamptz, b boolean,
                    v varchar(10), t text, flag text);
                INSERT INTO typed SELECT g, 50.00, 7, '2025-11-04', '2025-11-04 10:15:00+05:30', false, 'UNPAID', 'x y', 'old'
                    FROM generate_series(1, 7) g;
                """);
        String[][] cases = {
            {"n", "50.0", "50.01"}, {"i", "007", "8"}, {"d", "20251104", "2025-11-05"},
            {"ts", "2025-11-04 04:45:00+00", "2025-11-04 10:15:00+00"}, {"b", "no", "true"},
            {"v", "UNPAID", "UNPAID "}, {"t", "x y", "x  y"},
        };
        List<RestoreStatement> updates = new ArrayList<>();
        for (int i = 0; i < cases.length; i++) {
            String id = String.valueOf(i + 1);
            String column = cases[i][0];
            updates.add(new RestoreUpdate("typed", map("id", id), map("flag", "wrong"), map("flag", "old", column, cases[i][2]),
                    "TYPED", column + "-other", List.of(), "r", null));
            updates.add(new RestoreUpdate("typed", map("id", id), map("flag", "matched"), map("flag", "old", column, cases[i][1]),
                    "TYPED", column + "-same", List.of(), "r", null));
        }
        RestoreScriptFiles files = writeScripts(updates);

        try (Connection c = db.connection()) {
            List<ExecutedStatement> executed = RestoreScriptRunner.run(c, files.restoreSql());
            assertEquals(2 * cases.length, dataStatements(executed).size());
            for (int i = 0; i < cases.length; i++) {
                assertEquals(List.of("UPDATE 0", "UPDATE 1"), dataStatements(executed).subList(2 * i, 2 * i + 2), cases[i][0]);
            }
        }
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT string_agg(flag, ',' ORDER BY id) FROM typed")) {
            assertTrue(rs.next());
            assertEquals("matched,matched,matched,matched,matched,matched,matched", rs.getString(1));
        }
    }

    private static List<String> dataStatements(List<ExecutedStatement> executed) {
        return executed.stream().filter(e -> !e.sql().startsWith("SET LOCAL"))
                .map(e -> e.sql().substring(0, e.sql().indexOf(' ')) + " " + e.rows()).toList();
    }

    private static List<String> lineCounts(List<ExecutedStatement> executed) {
        return executed.stream().filter(e -> !e.sql().startsWith("SET LOCAL")).map(e -> e.line() + ":" + e.rows()).toList();
    }

    private static List<String> counts(Path countsFile) throws IOException {
        return RestoreCounts.read(countsFile).stream().map(e -> e.line() + ":" + e.rows()).toList();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Every row as text, in UTC so the comparison does not depend on the machine's zone. */
    private List<String> rows(String table) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            try (ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
                List<String> rows = new ArrayList<>();
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
                return rows;
            }
        }
    }

    private List<String> rowVersions() throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT 'b' || ctid::text || xmin::text FROM bill UNION ALL "
                     + "SELECT 'p' || ctid::text || xmin::text FROM payment ORDER BY 1")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
