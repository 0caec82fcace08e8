package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hisaab.support.PostgresDatabase;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@Tag("postgres")
class RestoreScriptWriterTests {

    private static final String TABLE = "public.connection_application";
    private static final String DDL = """
            CREATE TABLE public.connection_application (
                application_no varchar(20) PRIMARY KEY,
                applicant_name text,
                load_kw integer,
                fee numeric(6,2),
                is_urgent boolean,
                submitted_at timestamptz,
                visit_date date,
                "Remarks" text)""";
    private static final RestoreScriptHeader HEADER = RestoreScriptHeader.of("hisaab test", "run-1", "2025-11-04T10:00:00+05:30");

    @TempDir
    Path dir;
    private PostgresDatabase db;

    @BeforeEach
    void createTable() throws SQLException {
        db = PostgresDatabase.createFresh("restore_writer");
        execute(DDL);
    }

    @AfterEach
    void dropDatabase() {
        db.close();
    }

    private static RestoreRow application(String no, String name, String kw, String fee, String urgent, String at,
                                          String date, String remarks) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("application_no", no);
        values.put("applicant_name", name);
        values.put("load_kw", kw);
        values.put("fee", fee);
        values.put("is_urgent", urgent);
        values.put("submitted_at", at);
        values.put("visit_date", date);
        values.put("Remarks", remarks);
        return new RestoreRow(TABLE, List.of("application_no"), values, "MISSING_APPLICATION_RESTORABLE", no,
                List.of("snapshot.sql:1234", "receipts-counter.csv:17"), "snapshot", "seen in snapshot, absent live");
    }

    private static List<RestoreRow> rows() {
        return List.of(
                application("JP251104217", "Ramesh O'Brien", "5", "250.5", "true", "2025-11-04 10:15:00+05:30", "2025-11-20", "line1\nline2"),
                application("JP251104218", "सीता देवी", "12", "1200.00", "false", "2025-11-04 23:59:59.123+05:30", "2025-12-01", null),
                application("JP251104219", null, null, null, null, null, null, "back\\slash; --"),
                application("JP251104220", "Existing", "3", "10", "f", "2025-11-05 09:00:00+05:30", "2025-11-21", "x"));
    }

    private RestoreScriptFiles writeScripts(List<RestoreRow> rows) throws IOException {
        RestoreScriptFiles files = RestoreScriptFiles.inDirectory(dir);
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(files, HEADER)) {
            for (RestoreRow row : rows) {
                writer.write(row);
            }
            writer.finish();
        }
        return files;
    }

    @Test
    void writesEvidenceCommentThenGuardedInsertOnOneLine() throws IOException {
        RestoreScriptFiles files = writeScripts(List.of(rows().get(0)));

        List<String> lines = Files.readAllLines(files.restoreSql());
        int insert = indexOfPrefix(lines, "INSERT");
        assertEquals("-- MISSING_APPLICATION_RESTORABLE JP251104217 rule=snapshot evidence=snapshot.sql:1234, receipts-counter.csv:17",
                lines.get(insert - 2));
        assertEquals("-- note: seen in snapshot, absent live", lines.get(insert - 1));
        assertEquals("INSERT INTO public.connection_application (application_no, applicant_name, load_kw, fee, is_urgent, "
                + "submitted_at, visit_date, \"Remarks\") SELECT E'JP251104217', E'Ramesh O''Brien', E'5', E'250.5', E'true', "
                + "E'2025-11-04 10:15:00+05:30', E'2025-11-20', E'line1\\nline2' WHERE NOT EXISTS (SELECT 1 FROM "
                + "public.connection_application WHERE application_no = E'JP251104217');", lines.get(insert));
        assertTrue(lines.contains("\\set ON_ERROR_STOP on"));
        assertEquals(List.of("BEGIN;", "COMMIT;"), lines.stream().filter(l -> l.equals("BEGIN;") || l.equals("COMMIT;")).toList());
        assertEquals("COMMIT;", lines.get(lines.size() - 1));
        assertEquals(List.of(new ExpectedCount(insert + 1, 1, TABLE, "JP251104217")), RestoreCounts.read(files.restoreCounts()));

        List<String> undo = Files.readAllLines(files.rollbackSql());
        int delete = indexOfPrefix(undo, "DELETE");
        assertEquals("DELETE FROM public.connection_application WHERE application_no = E'JP251104217' AND applicant_name "
                + "IS NOT DISTINCT FROM E'Ramesh O''Brien' AND load_kw IS NOT DISTINCT FROM E'5' AND fee IS NOT DISTINCT FROM "
                + "E'250.5' AND is_urgent IS NOT DISTINCT FROM E'true' AND submitted_at IS NOT DISTINCT FROM "
                + "E'2025-11-04 10:15:00+05:30' AND visit_date IS NOT DISTINCT FROM E'2025-11-20' AND \"Remarks\" "
                + "IS NOT DISTINCT FROM E'line1\\nline2';", undo.get(delete));
        assertTrue(undo.get(delete - 2).startsWith("-- undo restore.sql:" + (insert + 1) + " MISSING_APPLICATION_RESTORABLE"));
    }

    @Test
    void bodyIsDeterministicAndRollbackRunsNewestFirst() throws IOException {
        RestoreScriptFiles files = writeScripts(rows());
        byte[] first = Files.readAllBytes(files.restoreSql());
        byte[] firstRollback = Files.readAllBytes(files.rollbackSql());
        writeScripts(rows());
        assertArrayEquals(first, Files.readAllBytes(files.restoreSql()));
        assertArrayEquals(firstRollback, Files.readAllBytes(files.rollbackSql()));

        List<String> deletedKeys = RestoreCounts.read(files.rollbackCounts()).stream().map(ExpectedCount::key).toList();
        assertEquals(List.of("JP251104220", "JP251104219", "JP251104218", "JP251104217"), deletedKeys);
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of("restore.counts", "restore.sql", "rollback.counts", "rollback.sql"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void rollbackOfARunLargerThanOneReadBlockRunsNewestFirstAndCountsPointAtItsLines() throws IOException {
        // given more spooled undo text than one block the rollback is read back in
        List<RestoreRow> rows = new ArrayList<>();
        for (int i = 0; i < 6000; i++) {
            rows.add(application(String.format("JP%09d", i), "Name " + "x".repeat(i % 300), "5", "100.00", "true",
                    "2025-11-04 10:00:00+05:30", "2025-11-05", i % 7 == 0 ? "it's \\ 'quoted'" : null));
        }

        // when
        RestoreScriptFiles files = writeScripts(rows);

        // then every row is undone once, newest first, and each count names the line of its own DELETE
        List<ExpectedCount> counts = RestoreCounts.read(files.rollbackCounts());
        List<String> lines = Files.readAllLines(files.rollbackSql(), StandardCharsets.UTF_8);
        assertEquals(rows.size(), counts.size());
        for (int i = 0; i < counts.size(); i++) {
            String key = rows.get(rows.size() - 1 - i).values().get("application_no");
            assertEquals(key, counts.get(i).key());
            String line = lines.get((int) counts.get(i).line() - 1);
            assertTrue(line.startsWith("DELETE FROM") && line.contains("'" + key + "'"), line);
        }
    }

    @Test
    void psqlRestoreInsertsExactValuesAndSecondApplyChangesNothing() throws Exception {
        RestoreScriptFiles files = writeScripts(rows());

        db.psqlFile(files.restoreSql());

        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM connection_application WHERE application_no = 'JP251104217'")) {
            assertTrue(rs.next());
            assertEquals("Ramesh O'Brien", rs.getString("applicant_name"));
            assertEquals(5, rs.getInt("load_kw"));
            assertEquals(new BigDecimal("250.50"), rs.getBigDecimal("fee"));
            assertTrue(rs.getBoolean("is_urgent"));
            assertTrue(OffsetDateTime.parse("2025-11-04T10:15:00+05:30").isEqual(rs.getObject("submitted_at", OffsetDateTime.class)));
            assertEquals(LocalDate.of(2025, 11, 20), rs.getObject("visit_date", LocalDate.class));
            assertEquals("line1\nline2", rs.getString("Remarks"));
        }
        assertEquals(List.of(
                "JP251104217|Ramesh O'Brien|5|250.50|t|2025-11-04 04:45:00+00|2025-11-20|line1\nline2",
                "JP251104218|सीता देवी|12|1200.00|f|2025-11-04 18:29:59.123+00|2025-12-01|null",
                "JP251104219|null|null|null|null|null|null|back\\slash; --",
                "JP251104220|Existing|3|10.00|f|2025-11-05 03:30:00+00|2025-11-21|x"), tableText());

        List<String> versions = rowVersions();
        db.psqlFile(files.restoreSql());
        assertEquals(versions, rowVersions(), "second apply must not touch any row");
    }

    @Test
    void neverOverwritesARowThatAlreadyExists() throws Exception {
        execute("INSERT INTO connection_application (application_no, applicant_name, fee) VALUES ('JP251104220', 'Changed live', 99)");
        RestoreScriptFiles files = writeScripts(rows());

        db.psqlFile(files.restoreSql());

        assertEquals("JP251104220|Changed live|null|99.00|null|null|null|null", tableText().get(3));
        assertEquals(4, tableText().size());
    }

    @Test
    void rollbackRemovesOnlyRowsStillAsInserted() throws Exception {
        execute("INSERT INTO connection_application (application_no, applicant_name) VALUES ('JP251104220', 'Pre-existing')");
        RestoreScriptFiles files = writeScripts(rows());
        db.psqlFile(files.restoreSql());
        execute("UPDATE connection_application SET fee = 1200.01 WHERE application_no = 'JP251104218'");

        db.psqlFile(files.rollbackSql());

        List<String> left = tableText();
        assertEquals(2, left.size(), left::toString);
        assertTrue(left.get(0).startsWith("JP251104218|सीता देवी|12|1200.01|"), left.get(0));
        assertEquals("JP251104220|Pre-existing|null|null|null|null|null|null", left.get(1));
    }

    @Test
    void jdbcRunnerMatchesPsqlAndTheCountsFiles() throws Exception {
        RestoreScriptFiles files = writeScripts(rows());
        List<String> expected;
        try (PostgresDatabase viaPsql = PostgresDatabase.createFresh("restore_writer_psql")) {
            try (Connection c = viaPsql.connection(); Statement s = c.createStatement()) {
                s.execute(DDL);
            }
            viaPsql.psqlFile(files.restoreSql());
            expected = tableText(viaPsql);
        }

        try (Connection c = db.connection()) {
            List<ExecutedStatement> first = RestoreScriptRunner.run(c, files.restoreSql());
            assertEquals(expected, tableText());
            assertEquals(RestoreCounts.read(files.restoreCounts()).stream().map(e -> e.line() + ":" + e.rows()).toList(),
                    dataStatements(first, "INSERT"));
            assertEquals(5, first.stream().filter(e -> e.sql().startsWith("SET LOCAL")).count());

            List<ExecutedStatement> second = RestoreScriptRunner.run(c, files.restoreSql());
            assertTrue(second.stream().allMatch(e -> e.rows() == 0), second::toString);
            assertEquals(expected, tableText());

            List<ExecutedStatement> rollback = RestoreScriptRunner.run(c, files.rollbackSql());
            assertEquals(RestoreCounts.read(files.rollbackCounts()).stream().map(e -> e.line() + ":" + e.rows()).toList(),
                    dataStatements(rollback, "DELETE"));
            assertEquals(List.of(), tableText());
        }
    }

    @Test
    void truncatedScriptAppliesNothing() throws Exception {
        RestoreScriptFiles files = writeScripts(rows());
        List<String> lines = Files.readAllLines(files.restoreSql());
        Path truncated = dir.resolve("truncated.sql");
        Files.write(truncated, lines.subList(0, lines.size() - 1));

        try (Connection c = db.connection()) {
            RestoreScriptException e = assertThrows(RestoreScriptException.class, () -> RestoreScriptRunner.run(c, truncated));
            assertTrue(e.getMessage().contains("without COMMIT"), e.getMessage());
        }
        assertEquals(List.of(), tableText());
        db.psqlFile(truncated); // psql ends the session without COMMIT, which rolls back
        assertEquals(List.of(), tableText());
    }

    @Test
    void failingStatementRollsBackEverythingAndNamesTheLine() throws Exception {
        List<RestoreRow> rows = new ArrayList<>(rows());
        rows.add(application("JP251104299", "Bad", "not a number", null, null, null, null, null));
        RestoreScriptFiles files = writeScripts(rows);
        long badLine = RestoreCounts.read(files.restoreCounts()).get(4).line();

        try (Connection c = db.connection()) {
            RestoreScriptException e = assertThrows(RestoreScriptException.class, () -> RestoreScriptRunner.run(c, files.restoreSql()));
            assertEquals(badLine, e.line());
            assertTrue(e.getMessage().contains("invalid input syntax for type integer"), e.getMessage());
        }
        assertEquals(List.of(), tableText());
        PostgresDatabase.PsqlResult psql = db.psql(files.restoreSql());
        assertNotEquals(0, psql.exitCode());
        assertEquals(List.of(), tableText());
    }

    @Test
    void leavesNoScriptWhenNotFinished() throws IOException {
        RestoreScriptFiles files = RestoreScriptFiles.inDirectory(dir);
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(files, HEADER)) {
            writer.write(rows().get(0));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(), left.toList());
        }
        assertFalse(Files.exists(files.restoreSql()));
    }

    private static List<String> dataStatements(List<ExecutedStatement> executed, String verb) {
        return executed.stream().filter(e -> e.sql().startsWith(verb)).map(e -> e.line() + ":" + e.rows()).toList();
    }

    private static int indexOfPrefix(List<String> lines, String prefix) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no line starts with " + prefix);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private List<String> tableText() throws SQLException {
        return tableText(db);
    }

    /** Every row as text, in UTC so the comparison does not depend on the machine's zone. */
    private static List<String> tableText(PostgresDatabase database) throws SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'UTC'");
            try (ResultSet rs = s.executeQuery("SELECT * FROM connection_application ORDER BY application_no")) {
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
             ResultSet rs = s.executeQuery("SELECT ctid::text || xmin::text FROM connection_application ORDER BY 1")) {
            List<String> versions = new ArrayList<>();
            while (rs.next()) {
                versions.add(rs.getString(1));
            }
            return versions;
        }
    }
}
