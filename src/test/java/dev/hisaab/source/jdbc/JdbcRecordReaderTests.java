package dev.hisaab.source.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.support.PostgresDatabase;
import dev.hisaab.value.TimestampFormat;
import java.io.IOException;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Reads real tables of a fresh database on the test server through the {@code jdbc} format. */
@Tag("postgres")
class JdbcRecordReaderTests {

    static PostgresDatabase db;

    @BeforeAll
    static void createTables() throws Exception {
        db = PostgresDatabase.createFresh("jdbc_reader");
        execute("""
                CREATE TABLE public.applications (
                    app_no text PRIMARY KEY, name text, fee numeric(8,2), paid boolean,
                    submitted timestamptz, "Remarks" text)""");
        execute("""
                INSERT INTO public.applications VALUES
                  ('JP1', 'Asha Devi', 100.00, true, '2025-11-01 09:30:29+05:30', NULL),
                  ('JP2', E'tab\\there', 100.50, false, '2025-11-02 00:00:00+05:30', E'line one\\nline two'),
                  ('JP3', 'back\\slash ₹', NULL, NULL, NULL, ''),
                  ('JP4', 'Ravi', 1.00, true, '2025-11-03 10:00:00+05:30', 'x'),
                  ('JP5', 'Sita', 2.00, true, '2025-11-04 10:00:00+05:30', 'y')""");
        execute("CREATE SCHEMA \"Billing\"");
        execute("CREATE TABLE \"Billing\".\"Invoice\" (id int, amount numeric)");
        execute("INSERT INTO \"Billing\".\"Invoice\" VALUES (1, 10.5)");
    }

    @AfterAll
    static void dropDatabase() {
        db.close();
    }

    static void execute(String sql) throws Exception {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            s.execute("SET TimeZone = 'Asia/Kolkata'");
            s.execute(sql);
        }
    }

    static JdbcOptions table(String table, int fetchSize) {
        return new JdbcOptions(db.jdbcUrl(), table, null, fetchSize, PostgresDatabase.USER, null, null);
    }

    static List<SourceRecord> readAll(RecordReader reader) throws IOException {
        List<SourceRecord> rows = new ArrayList<>();
        for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
            rows.add(r);
        }
        assertThat(reader.read()).isNull();
        return rows;
    }

    @Test
    void readsEveryRowAsTextWithColumnsOriginsAndNulls() throws IOException {
        InputSource input = InputSource.ofRows("db:public.applications");
        try (RecordReader reader = new JdbcSourceFormat().open(input, table("public.applications", 2))) {
            assertThat(reader.columns()).containsExactly("app_no", "name", "fee", "paid", "submitted", "Remarks");

            List<SourceRecord> rows = readAll(reader);

            assertThat(rows).hasSize(5);
            assertThat(rows).extracting(r -> r.origin().file()).containsOnly("db:public.applications");
            assertThat(rows).extracting(r -> r.origin().line()).containsExactly(1L, 2L, 3L, 4L, 5L);
            SourceRecord first = rows.get(0);
            assertThat(first.values()).containsEntry("app_no", "JP1").containsEntry("fee", "100.00")
                    .containsEntry("Remarks", null);
            assertThat(first.get("paid")).isEqualTo("t");
            // the session's time zone decides the offset written; the instant is what counts
            assertThat(TimestampFormat.iso().parse(first.get("submitted"))).isEqualTo(Instant.parse("2025-11-01T04:00:29Z"));
            assertThat(rows.get(1).get("name")).isEqualTo("tab\there");
            assertThat(rows.get(1).get("Remarks")).isEqualTo("line one\nline two");
            assertThat(rows.get(1).raw()).doesNotContain("\n").contains("tab\\there").contains("line one\\nline two");
            assertThat(rows.get(2).get("name")).isEqualTo("back\\slash ₹");
            assertThat(rows.get(2).get("fee")).isNull();
            assertThat(rows.get(2).get("Remarks")).isEmpty();
            assertThat(rows.get(2).raw()).startsWith("JP3\tback\\\\slash ₹\t\\N\t\\N\t\\N\t");
        }
    }

    @Test
    void digestIsTheSha256OfTheHeaderAndCopyTextRowsAndIsStable() throws Exception {
        InputSource first = InputSource.ofRows("db:public.applications");
        StringBuilder text = new StringBuilder("app_no\tname\tfee\tpaid\tsubmitted\tRemarks\n");
        try (RecordReader reader = new JdbcSourceFormat().open(first, table("public.applications", 10_000))) {
            readAll(reader).forEach(r -> text.append(r.raw()).append('\n'));
            assertThat(first.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            assertThat(first.bytesRead()).isEqualTo(text.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        }
        InputSource second = InputSource.ofRows("db:public.applications");
        try (RecordReader reader = new JdbcSourceFormat().open(second, table("public.applications", 1))) {
            readAll(reader);
            assertThat(second.sha256()).isEqualTo(first.sha256());
        }
    }

    @Test
    void streamsThroughAServerSideCursor() throws Exception {
        // a cursor exists only while rows are pending; pg_cursors shows it from inside the reader's own session
        JdbcOptions options = new JdbcOptions(db.jdbcUrl(), null,
                "SELECT app_no, (SELECT count(*) FROM pg_cursors) AS open_cursors FROM public.applications ORDER BY app_no",
                2, PostgresDatabase.USER, null, null);
        try (RecordReader reader = new JdbcSourceFormat().open(InputSource.ofRows("db:query"), options)) {
            List<SourceRecord> rows = readAll(reader);
            assertThat(rows).extracting(r -> r.get("app_no")).containsExactly("JP1", "JP2", "JP3", "JP4", "JP5");
            assertThat(rows.get(0).get("open_cursors")).isEqualTo("1");
            assertThat(rows.get(0).origin().file()).isEqualTo("db:query");
        }
    }

    @Test
    void readsInAReadOnlyTransaction() throws Exception {
        JdbcOptions options = new JdbcOptions(db.jdbcUrl(), null,
                "SELECT current_setting('transaction_read_only') AS ro", 10, PostgresDatabase.USER, null, null);
        try (RecordReader reader = new JdbcSourceFormat().open(InputSource.ofRows("db:query"), options)) {
            assertThat(reader.read().get("ro")).isEqualTo("on");
        }
    }

    @Test
    void quotedMixedCaseNamesWork() throws IOException {
        try (RecordReader reader = new JdbcSourceFormat().open(InputSource.ofRows("db:x"),
                table("\"Billing\".\"Invoice\"", 10))) {
            assertThat(reader.columns()).containsExactly("id", "amount");
            assertThat(readAll(reader)).singleElement().satisfies(r -> assertThat(r.get("amount")).isEqualTo("10.5"));
        }
    }

    @Test
    void aMissingTableOrDuplicateColumnsFailWhenOpened() {
        assertThatThrownBy(() -> new JdbcSourceFormat().open(InputSource.ofRows("db:public.nope"), table("public.nope", 10)))
                .isInstanceOf(IOException.class).hasMessageContaining("db:public.nope").hasMessageContaining("nope");
        JdbcOptions dup = new JdbcOptions(db.jdbcUrl(), null, "SELECT 1 AS a, 2 AS a", 10, PostgresDatabase.USER, null, null);
        assertThatThrownBy(() -> new JdbcSourceFormat().open(InputSource.ofRows("db:query"), dup))
                .isInstanceOf(IOException.class).hasMessageContaining("column 'a' appears twice");
    }

    @Test
    void closingEarlyEndsTheTransactionAndTheConnection() throws Exception {
        RecordReader reader = new JdbcSourceFormat().open(InputSource.ofRows("db:public.applications"),
                table("public.applications", 1));
        assertThat(reader.read()).isNotNull();
        reader.close();

        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'hisaab' "
                     + "AND datname = current_database()")) {
            rs.next();
            assertThat(rs.getLong(1)).isZero();
        }
    }
}
