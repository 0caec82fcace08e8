package dev.hisaab.source.pgdump;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PgDumpRecordReaderTests {

    private static final Path REAL_DATA = dev.hisaab.support.RealData.dir();
    private static final Path PAGILA = REAL_DATA.resolve("pagila/pagila-data.sql");
    private static final Path PAGILA_INSERTS = REAL_DATA.resolve("pagila/pagila-insert-data-2017.sql");
    private static final Path CHINOOK = REAL_DATA.resolve("chinook-pgdump/chinook.sql");

    @TempDir
    Path dir;

    /** Everything one pass over a dump produced: rows, rejects in order, and what the reader knew. */
    record Result(List<SourceRecord> rows, List<SourceParseException> rejects, List<String> columns, boolean found) {
        List<Map<String, String>> values() {
            return rows.stream().map(SourceRecord::values).toList();
        }
    }

    static Result readAll(Path dump, String table) throws IOException {
        List<SourceRecord> rows = new ArrayList<>();
        List<SourceParseException> rejects = new ArrayList<>();
        try (PgDumpRecordReader reader = new PgDumpRecordReader(new InputSource(dump), new PgDumpOptions(table))) {
            List<String> columns = reader.columns();
            boolean found = reader.tableFound();
            while (true) {
                try {
                    SourceRecord record = reader.read();
                    if (record == null) {
                        break;
                    }
                    rows.add(record);
                } catch (SourceParseException e) {
                    rejects.add(e);
                }
            }
            assertThat(reader.read()).isNull();
            return new Result(rows, rejects, columns, found);
        }
    }

    private Path write(String sql) throws IOException {
        return Files.writeString(dir.resolve("dump.sql"), sql, StandardCharsets.UTF_8);
    }

    private static Map<String, String> row(String... keyValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put(keyValues[i], keyValues[i + 1]);
        }
        return map;
    }

    @Test
    void readsPagilaPaymentPartitionsWithExactCountsAndTotal() throws IOException {
        int[] expected = {723, 2401, 2713, 2547, 2677, 2654, 2334};
        int rows = 0;
        BigDecimal total = BigDecimal.ZERO;
        for (int month = 1; month <= 7; month++) {
            Result result = readAll(PAGILA, "public.payment_p2022_0" + month);
            assertThat(result.rejects()).isEmpty();
            assertThat(result.rows()).hasSize(expected[month - 1]);
            assertThat(result.columns())
                    .containsExactly("payment_id", "customer_id", "staff_id", "rental_id", "amount", "payment_date");
            for (SourceRecord record : result.rows()) {
                total = total.add(new BigDecimal(record.get("amount")));
            }
            rows += result.rows().size();
        }
        assertThat(rows).isEqualTo(16_049);
        assertThat(total).isEqualByComparingTo("67416.51");
    }

    @Test
    void citesTheDataLineOfEachCopyRow() throws IOException {
        Result result = readAll(PAGILA, "payment_p2022_01");

        SourceRecord first = result.rows().get(0);
        assertThat(first.origin().file()).isEqualTo("pagila-data.sql");
        assertThat(first.origin().line()).isEqualTo(33_723);
        assertThat(first.raw()).startsWith(first.get("payment_id") + "\t");
        assertThat(result.rows().get(722).origin().line()).isEqualTo(34_445);
    }

    @Test
    void readsPagilaNullsArraysAndEmptyStrings() throws IOException {
        Result staff = readAll(PAGILA, "public.staff");
        assertThat(staff.rows()).allSatisfy(r -> assertThat(r.values()).containsEntry("picture", null));

        Result film = readAll(PAGILA, "public.film");
        assertThat(film.rows()).hasSize(1000);
        assertThat(film.rows().get(0).get("special_features")).startsWith("{").endsWith("}");
    }

    @Test
    void readsEveryChinookTableWithQuotedIdentifiers() throws IOException {
        Map<String, Integer> counts = new LinkedHashMap<>();
        counts.put("Album", 347);
        counts.put("Artist", 275);
        counts.put("Customer", 59);
        counts.put("Employee", 8);
        counts.put("Genre", 25);
        counts.put("Invoice", 412);
        counts.put("InvoiceLine", 2240);
        counts.put("MediaType", 5);
        counts.put("Playlist", 18);
        counts.put("PlaylistTrack", 8715);
        counts.put("Track", 3503);
        int total = 0;
        for (Map.Entry<String, Integer> entry : counts.entrySet()) {
            Result result = readAll(CHINOOK, "public.\"" + entry.getKey() + "\"");
            assertThat(result.rejects()).isEmpty();
            assertThat(result.rows()).as(entry.getKey()).hasSize(entry.getValue());
            total += result.rows().size();
        }
        assertThat(total).isEqualTo(15_607);
    }

    @Test
    void decodesChinookBackslashesAndNulls() throws IOException {
        Result track = readAll(CHINOOK, "\"Track\"");

        assertThat(track.columns()).containsExactly("TrackId", "Name", "AlbumId", "MediaTypeId", "GenreId", "Composer",
                "Milliseconds", "Bytes", "UnitPrice");
        SourceRecord cavalleria = track.rows().stream().filter(r -> "3435".equals(r.get("TrackId"))).findFirst()
                .orElseThrow();
        assertThat(cavalleria.get("Name")).isEqualTo("Cavalleria Rusticana \\ Act \\ Intermezzo Sinfonico");
        assertThat(cavalleria.origin().line()).isEqualTo(15_796);
        SourceRecord pini = track.rows().stream().filter(r -> "3499".equals(r.get("TrackId"))).findFirst()
                .orElseThrow();
        assertThat(pini.values()).containsEntry("Composer", null);
        assertThat(pini.get("Name")).isEqualTo("Pini Di Roma (Pinien Von Rom) \\ I Pini Della Via Appia");
    }

    @Test
    void foldsUnquotedNamesSoMixedCaseTablesNeedQuotes() throws IOException {
        Result unquoted = readAll(CHINOOK, "public.Track");

        assertThat(unquoted.found()).isFalse();
        assertThat(unquoted.rows()).isEmpty();
        assertThat(unquoted.columns()).isEmpty();
    }

    @Test
    void readsPositionalInsertsWithColumnsFromCreateTable() throws IOException {
        Result actor = readAll(PAGILA_INSERTS, "public.actor");

        assertThat(actor.rejects()).isEmpty();
        assertThat(actor.rows()).hasSize(200);
        assertThat(actor.columns()).containsExactly("actor_id", "first_name", "last_name", "last_update");
        assertThat(actor.rows().get(0).values()).isEqualTo(row("actor_id", "1", "first_name", "PENELOPE",
                "last_name", "GUINESS", "last_update", "2017-02-15 09:34:33"));
        assertThat(actor.rows().get(0).origin().line()).isEqualTo(1049);
        assertThat(actor.rows().get(0).raw()).isEqualTo("(1, 'PENELOPE', 'GUINESS', '2017-02-15 09:34:33')");
        assertThat(readAll(PAGILA_INSERTS, "category").rows()).hasSize(16);
        assertThat(readAll(PAGILA_INSERTS, "country").rows()).hasSize(109);
        assertThat(readAll(PAGILA_INSERTS, "language").rows()).hasSize(6);
        assertThat(readAll(PAGILA_INSERTS, "film").found()).isTrue();
        assertThat(readAll(PAGILA_INSERTS, "film").rows()).isEmpty();
        assertThat(readAll(PAGILA_INSERTS, "other.actor").found()).isFalse();
    }

    @Test
    void columnsOfAnswersWithoutReadingRows() throws IOException {
        assertThat(PgDumpRecordReader.columnsOf(CHINOOK, "public.\"Invoice\"")).containsExactly("InvoiceId",
                "CustomerId", "InvoiceDate", "BillingAddress", "BillingCity", "BillingState", "BillingCountry",
                "BillingPostalCode", "Total");
        assertThat(PgDumpRecordReader.columnsOf(PAGILA_INSERTS, "film")).startsWith("film_id", "title");
        assertThat(PgDumpRecordReader.columnsOf(PAGILA, "public.no_such_table")).isEmpty();
    }

    @Test
    void readsMultiRowInsertsWithLiteralsSpanningLines() throws IOException {
        Path dump = write("""
                -- a comment with ; and COPY public.applications (x) FROM stdin;
                SET standard_conforming_strings = on;
                INSERT INTO public.applications (application_no, "Name", note, fee, paid, created) VALUES
                \t(1, 'Ravi''s form', 'line one
                line two; still the string', 1250.50, true, '2025-01-01'::date),
                \t(2, E'tab\\there\\nnew \\'q\\' \\\\ \\x41\\101 \\u00e9', NULL, -12, false, '2025-01-02 10:00:00+05:30'::timestamp with time zone),
                \t(3, 'casts', '{a,b}'::text[], +7, false, '1'::character varying(10)::integer);
                INSERT INTO public.other VALUES (1, 'x');
                """);

        Result result = readAll(dump, "public.applications");

        assertThat(result.rejects()).isEmpty();
        assertThat(result.columns()).containsExactly("application_no", "Name", "note", "fee", "paid", "created");
        assertThat(result.values()).containsExactly(
                row("application_no", "1", "Name", "Ravi's form", "note", "line one\nline two; still the string",
                        "fee", "1250.50", "paid", "true", "created", "2025-01-01"),
                row("application_no", "2", "Name", "tab\there\nnew 'q' \\ AA é", "note", null, "fee", "-12",
                        "paid", "false", "created", "2025-01-02 10:00:00+05:30"),
                row("application_no", "3", "Name", "casts", "note", "{a,b}", "fee", "7", "paid", "false",
                        "created", "1"));
        assertThat(result.rows()).extracting(r -> r.origin().line()).containsExactly(4L, 6L, 7L);
        assertThat(result.rows().get(0).raw()).isEqualTo("(1, 'Ravi''s form', 'line one\nline two; still the "
                + "string', 1250.50, true, '2025-01-01'::date)");
    }

    @Test
    void skipsFunctionBodiesCommentsAndMetaCommands() throws IOException {
        Path dump = write("""
                \\restrict AbC123xyz
                --
                -- PostgreSQL database dump
                --
                SELECT pg_catalog.set_config('search_path', '', false);
                CREATE FUNCTION public.trap() RETURNS void
                    LANGUAGE plpgsql
                    AS $_$
                BEGIN
                  INSERT INTO public.t VALUES (99, 'from function');
                  EXECUTE 'COPY public.t (id, name) FROM stdin;';
                END
                $_$;
                /* block comment /* nested */ INSERT INTO public.t VALUES (98, 'comment'); */
                COMMENT ON TABLE public.t IS 'it''s; COPY public.t (id) FROM stdin;';
                \\connect - postgres
                CREATE TABLE public.t (
                    id integer NOT NULL,
                    name text DEFAULT 'a,b'::text,
                    CONSTRAINT t_pk PRIMARY KEY (id)
                );
                COPY public.t (id, name) FROM stdin;
                1\tone
                2\t\\N
                \\.
                SELECT pg_catalog.setval('public.t_id_seq', 2, true);
                INSERT INTO public.t VALUES (3, $$dollar ; 'quoted'$$);

                \\unrestrict AbC123xyz
                """);

        Result result = readAll(dump, "public.t");

        assertThat(result.rejects()).isEmpty();
        assertThat(result.values()).containsExactly(row("id", "1", "name", "one"), row("id", "2", "name", null),
                row("id", "3", "name", "dollar ; 'quoted'"));
        assertThat(result.rows()).extracting(r -> r.origin().line()).containsExactly(23L, 24L, 27L);
    }

    @Test
    void decodesCopyTextEscapes() throws IOException {
        Path dump = write("COPY public.e (a, b, c) FROM stdin;\n"
                + "x\\ty\\nz\\\\w\t\\303\\251\\x41\\101\t\\\\N\n"
                + "\\b\\f\\r\\v\t\t\\N\n"
                + "\\.\n");

        Result result = readAll(dump, "e");

        assertThat(result.rejects()).isEmpty();
        assertThat(result.values()).containsExactly(row("a", "x\ty\nz\\w", "b", "éAA", "c", "\\N"),
                row("a", "\b\f\r\u000B", "b", "", "c", null));
    }

    @Test
    void rejectsRowWithWrongFieldCountAndReadsTheNext() throws IOException {
        Path dump = write("""
                COPY public.t (id, name) FROM stdin;
                1\tone
                2\ttwo\textra
                3
                4\tfour
                \\.
                INSERT INTO public.t (id, name) VALUES (5, 'five', 'extra'), (6, 'six');
                """);

        Result result = readAll(dump, "public.t");

        assertThat(result.rows()).extracting(r -> r.get("id")).containsExactly("1", "4", "6");
        assertThat(result.rejects()).extracting(e -> e.origin().line()).containsExactly(3L, 4L, 7L);
        assertThat(result.rejects().get(0).reason()).isEqualTo("expected 2 fields for public.t but found 3");
        assertThat(result.rejects().get(0).raw()).isEqualTo("2\ttwo\textra");
        assertThat(result.rejects().get(2).reason()).isEqualTo("expected 2 values for public.t but found 3");
    }

    @Test
    void reportsTruncatedCopyBlockAfterItsRows() throws IOException {
        Path dump = write("""
                SET client_encoding = 'UTF8';
                COPY public.t (id, name) FROM stdin;
                1\tone
                2\ttwo
                """);

        try (PgDumpRecordReader reader = new PgDumpRecordReader(new InputSource(dump), new PgDumpOptions("t"))) {
            assertThat(reader.read().get("id")).isEqualTo("1");
            assertThat(reader.read().get("id")).isEqualTo("2");
            assertThatThrownBy(reader::read).isInstanceOfSatisfying(SourceParseException.class, e -> {
                assertThat(e.reason()).isEqualTo(
                        "truncated dump: COPY block for public.t started at line 2 has no end marker \\.");
                assertThat(e.origin().line()).isEqualTo(2);
            });
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void rejectsLinesWithInvalidUtf8OrNulAndReadsTheNext() throws IOException {
        byte[] head = "COPY public.t (id, name) FROM stdin;\n1\tok\n2\tbad".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\n3\tnul\0here\n4\tAcústico\n\\.\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;
        System.arraycopy(tail, 0, bytes, head.length + 2, tail.length);
        Path dump = Files.write(dir.resolve("bad-utf8.sql"), bytes);

        Result result = readAll(dump, "public.t");

        assertThat(result.values()).containsExactly(row("id", "1", "name", "ok"), row("id", "4", "name", "Acústico"));
        assertThat(result.rejects()).extracting(e -> e.origin().line()).containsExactly(3L, 4L);
        assertThat(result.rejects()).extracting(SourceParseException::reason)
                .containsExactly("invalid UTF-8 byte sequence in line", "NUL byte in line");
        assertThat(result.rejects().get(0).origin().file()).isEqualTo("bad-utf8.sql");
    }

    @Test
    void rejectsInsertTupleWithInvalidUtf8() throws IOException {
        byte[] head = "INSERT INTO t (id, name) VALUES (1, 'ok'), (2, 'b".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "d'), (3, 'fine');\n".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xFF;
        System.arraycopy(tail, 0, bytes, head.length + 1, tail.length);
        Path dump = Files.write(dir.resolve("bad-insert.sql"), bytes);

        Result result = readAll(dump, "t");

        assertThat(result.rows()).extracting(r -> r.get("id")).containsExactly("1", "3");
        assertThat(result.rejects()).singleElement()
                .satisfies(e -> assertThat(e.reason()).contains("invalid UTF-8"));
    }

    @Test
    void rejectsPositionalInsertWhenColumnsAreUnknown() throws IOException {
        Path dump = write("INSERT INTO public.t VALUES (1, 'a'), (2, 'b');\n");

        Result result = readAll(dump, "public.t");

        assertThat(result.found()).isTrue();
        assertThat(result.columns()).isEmpty();
        assertThat(result.rows()).isEmpty();
        assertThat(result.rejects()).hasSize(2).allSatisfy(e -> assertThat(e.reason()).isEqualTo(
                "column list of public.t is unknown: no column list and no CREATE TABLE earlier in the dump"));
    }

    @Test
    void qualifiedNameMustMatchSchemaWhileUnqualifiedMatchesAny() throws IOException {
        Path dump = write("""
                COPY audit.t (id) FROM stdin;
                1
                \\.
                COPY public.t (id) FROM stdin;
                2
                \\.
                SET search_path = "$user", audit, pg_catalog;
                INSERT INTO t (id) VALUES (3);
                """);

        assertThat(readAll(dump, "public.t").rows()).extracting(r -> r.get("id")).containsExactly("2");
        assertThat(readAll(dump, "AUDIT.T").rows()).extracting(r -> r.get("id")).containsExactly("1", "3");
        assertThat(readAll(dump, "t").rows()).extracting(r -> r.get("id")).containsExactly("1", "2", "3");
        assertThat(readAll(dump, "\"T\"").found()).isFalse();
    }

    @Test
    void honoursNonStandardStrings() throws IOException {
        Path dump = write("""
                SET standard_conforming_strings = off;
                INSERT INTO t (a) VALUES ('it\\'s a\\\\b');
                SET standard_conforming_strings = on;
                INSERT INTO t (a) VALUES ('c:\\dir');
                """);

        assertThat(readAll(dump, "t").rows()).extracting(r -> r.get("a")).containsExactly("it's a\\b", "c:\\dir");
    }

    @Test
    void readsInsertsWithOverridingAndOnConflictAndReportsTruncatedTuple() throws IOException {
        Path dump = write("""
                INSERT INTO public.t (id, name) OVERRIDING SYSTEM VALUE VALUES (1, 'a') ON CONFLICT DO NOTHING;
                INSERT INTO public.t (id, name) VALUES (2, 'b');
                INSERT INTO public.t (id, name) VALUES (3, 'never closed
                """);

        Result result = readAll(dump, "public.t");

        assertThat(result.rows()).extracting(r -> r.get("name")).containsExactly("a", "b");
        assertThat(result.rejects()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo("truncated dump: INSERT tuple started at line 3 has no closing parenthesis");
            assertThat(e.origin().line()).isEqualTo(3);
        });
    }

    @Test
    void returnsNothingForATableThatIsNotInTheDump() throws IOException {
        Result result = readAll(PAGILA, "public.applications");

        assertThat(result.found()).isFalse();
        assertThat(result.columns()).isEmpty();
        assertThat(result.rows()).isEmpty();
        assertThat(result.rejects()).isEmpty();
    }

    @Test
    void readsCrlfLineEndings() throws IOException {
        Path dump = write("COPY t (a, b) FROM stdin;\r\n1\tx\r\n\\.\r\nINSERT INTO t (a, b) VALUES (2, 'y');\r\n");

        assertThat(readAll(dump, "t").values()).containsExactly(row("a", "1", "b", "x"), row("a", "2", "b", "y"));
    }

    @Test
    void parsesTableOptionLikePostgres() {
        assertThat(TableName.parse("public.applications")).isEqualTo(new TableName("public", "applications"));
        assertThat(TableName.parse("Public.Applications")).isEqualTo(new TableName("public", "applications"));
        assertThat(TableName.parse("public.\"Invoice\"")).isEqualTo(new TableName("public", "Invoice"));
        assertThat(TableName.parse("\"a.b\"")).isEqualTo(new TableName(null, "a.b"));
        assertThatThrownBy(() -> new PgDumpOptions(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PgDumpOptions("a.b.c")).isInstanceOf(IllegalArgumentException.class);
    }
}
