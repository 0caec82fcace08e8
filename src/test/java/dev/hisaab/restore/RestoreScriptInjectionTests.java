package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hisaab.support.PostgresDatabase;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property-style check with a fixed seed: restore scripts built from thousands of hostile strings, in values, keys,
 * identifiers, comments and the header, put back exactly those strings and do nothing else.
 */
@Tag("postgres")
class RestoreScriptInjectionTests {

    private static final long SEED = 20251104L;
    private static final int ROWS = 3000;
    private static final String TABLE = "Evil$Schema.hostile";
    private static final String ODD_COLUMN = "a\"b; --c";
    private static final int UPDATED_ROWS = 1000;

    @TempDir
    Path dir;

    @Test
    void hostileTextRoundTripsExactlyAndTouchesNothingElse() throws Exception {
        Random random = new Random(SEED);
        Path pwned = dir.resolve("pwned");
        HostileText hostile = new HostileText(random, pwned);
        List<RestoreRow> rows = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            rows.add(row(hostile, random, i));
        }
        RestoreScriptFiles files = RestoreScriptFiles.inDirectory(dir.resolve("out"));
        Files.createDirectories(dir.resolve("out"));
        RestoreScriptHeader header = RestoreScriptHeader.of("hisaab " + hostile.next(20), hostile.next(20), hostile.next(20));
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(files, header)) {
            for (RestoreRow row : rows) {
                writer.write(row);
            }
            writer.finish();
        }
        assertScriptIsLineOrientedAndPrintable(files.restoreSql());
        assertScriptIsLineOrientedAndPrintable(files.rollbackSql());

        try (PostgresDatabase db = PostgresDatabase.createFresh("restore_injection")) {
            execute(db, "CREATE SCHEMA \"Evil$Schema\"",
                    "CREATE TABLE \"Evil$Schema\".hostile (k text PRIMARY KEY, a text, b text, \"a\"\"b; --c\" varchar, n integer)",
                    "CREATE TABLE public.sentinel (id integer PRIMARY KEY, v text)",
                    "INSERT INTO public.sentinel VALUES (1, 'untouched')");
            List<String> relations = relations(db);

            db.psqlFile(files.restoreSql());
            assertRowsEqual(rows, read(db), "psql restore");
            assertUntouched(db, relations, pwned);

            try (Connection c = db.connection()) {
                List<ExecutedStatement> again = RestoreScriptRunner.run(c, files.restoreSql());
                assertEquals(ROWS, again.stream().filter(e -> e.sql().startsWith("INSERT")).count(), "seed " + SEED);
                assertTrue(again.stream().allMatch(e -> e.rows() == 0), "seed " + SEED + ": second apply changed rows");
            }
            assertRowsEqual(rows, read(db), "after JDBC re-apply");

            db.psqlFile(files.rollbackSql());
            assertEquals(Map.of(), read(db), "seed " + SEED + ": rollback left rows");
            assertUntouched(db, relations, pwned);

            try (Connection c = db.connection()) {
                List<ExecutedStatement> viaJdbc = RestoreScriptRunner.run(c, files.restoreSql());
                assertEquals(ROWS, viaJdbc.stream().filter(e -> e.rows() == 1).count(), "seed " + SEED);
            }
            assertRowsEqual(rows, read(db), "JDBC restore");
            assertUntouched(db, relations, pwned);
        }
    }

    /**
     * The same with guarded updates: each hostile row is inserted and then updated in the same script, with hostile
     * keys, new values, expected values, identifiers and comments; every tenth update expects a value the row does not
     * hold and must leave the row alone.
     */
    @Test
    void hostileTextThroughGuardedUpdatesRoundTripsExactly() throws Exception {
        Random random = new Random(SEED + 1);
        Path pwned = dir.resolve("pwned");
        HostileText hostile = new HostileText(random, pwned);
        List<RestoreRow> expected = new ArrayList<>();
        RestoreScriptFiles files = RestoreScriptFiles.inDirectory(dir.resolve("out"));
        Files.createDirectories(dir.resolve("out"));
        try (RestoreScriptWriter writer = RestoreScriptWriter.open(files, RestoreScriptHeader.of("hisaab", "u", "u"))) {
            for (int i = 0; i < UPDATED_ROWS; i++) {
                RestoreRow row = row(hostile, random, i);
                Map<String, String> set = new LinkedHashMap<>();
                set.put("a", hostile.next(40) + "#new"); // never equal to the old value
                set.put("b", random.nextInt(5) == 0 ? null : hostile.next(40));
                set.put(ODD_COLUMN, hostile.next(10));
                Map<String, String> expect = new LinkedHashMap<>();
                row.values().forEach((c, v) -> {
                    if (!c.equals("k")) {
                        expect.put(c, v);
                    }
                });
                boolean stale = i % 10 == 3;
                if (stale) {
                    expect.put("a", row.value("a") + "'" + hostile.next(5)); // the row changed since the evidence
                }
                RestoreUpdate update = new RestoreUpdate(TABLE, Map.of("k", row.value("k")), set, expect, "HOSTILE_" + i,
                        hostile.next(20), List.of(hostile.next(10) + ":" + i), "rule" + hostile.next(10), hostile.next(40));
                writer.write(row);
                writer.write(update);
                Map<String, String> after = new LinkedHashMap<>(row.values());
                if (!stale) {
                    after.putAll(set);
                }
                expected.add(new RestoreRow(TABLE, List.of("k"), after, "X", row.key(), List.of(), "r", null));
            }
            writer.finish();
        }
        assertScriptIsLineOrientedAndPrintable(files.restoreSql());
        assertScriptIsLineOrientedAndPrintable(files.rollbackSql());

        try (PostgresDatabase db = PostgresDatabase.createFresh("restore_injection_update")) {
            execute(db, "CREATE SCHEMA \"Evil$Schema\"",
                    "CREATE TABLE \"Evil$Schema\".hostile (k text PRIMARY KEY, a text, b text, \"a\"\"b; --c\" varchar, n integer)",
                    "CREATE TABLE public.sentinel (id integer PRIMARY KEY, v text)",
                    "INSERT INTO public.sentinel VALUES (1, 'untouched')");
            List<String> relations = relations(db);

            db.psqlFile(files.restoreSql());
            assertRowsEqual(expected, read(db), "psql restore with updates");
            assertUntouched(db, relations, pwned);

            try (Connection c = db.connection()) {
                List<ExecutedStatement> again = RestoreScriptRunner.run(c, files.restoreSql());
                assertEquals(UPDATED_ROWS, again.stream().filter(e -> e.sql().startsWith("UPDATE")).count(), "seed " + SEED);
                assertTrue(again.stream().allMatch(e -> e.rows() == 0), "seed " + SEED + ": second apply changed rows");
            }
            assertRowsEqual(expected, read(db), "after JDBC re-apply");

            try (Connection c = db.connection()) {
                List<ExecutedStatement> undo = RestoreScriptRunner.run(c, files.rollbackSql());
                assertEquals(UPDATED_ROWS - UPDATED_ROWS / 10,
                        undo.stream().filter(e -> e.sql().startsWith("UPDATE") && e.rows() == 1).count(), "seed " + SEED);
                assertEquals(UPDATED_ROWS, undo.stream().filter(e -> e.sql().startsWith("DELETE") && e.rows() == 1).count(),
                        "seed " + SEED);
            }
            assertEquals(Map.of(), read(db), "seed " + SEED + ": rollback left rows");
            assertUntouched(db, relations, pwned);

            try (Connection c = db.connection()) {
                RestoreScriptRunner.run(c, files.restoreSql());
            }
            assertRowsEqual(expected, read(db), "JDBC restore with updates");
            assertUntouched(db, relations, pwned);
        }
    }

    private static RestoreRow row(HostileText hostile, Random random, int i) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("k", hostile.next(120) + "#" + i); // btree keys must stay under ~2.7 kB
        values.put("a", i % 150 == 7 ? hostile.veryLong() : hostile.next(40));
        values.put("b", random.nextInt(10) == 0 ? null : hostile.next(40));
        values.put(ODD_COLUMN, hostile.next(10));
        values.put("n", random.nextInt(8) == 0 ? null : String.valueOf(random.nextInt() - 1));
        return new RestoreRow(TABLE, List.of("k"), values, "HOSTILE_" + i, values.get("k"),
                List.of(hostile.next(10) + ":" + i, "x.csv:" + i), "rule" + hostile.next(10), hostile.next(40));
    }

    private static void assertRowsEqual(List<RestoreRow> rows, Map<String, List<String>> actual, String when) {
        assertEquals(rows.size(), actual.size(), "seed " + SEED + ", " + when + ": row count");
        for (RestoreRow row : rows) {
            List<String> expected = new ArrayList<>(row.values().values());
            List<String> got = actual.get(row.value("k"));
            if (!expected.equals(got)) {
                throw new AssertionError("seed " + SEED + ", " + when + ": row " + SqlText.comment(row.key(), 300)
                        + " differs: expected " + SqlText.comment(String.valueOf(expected), 600)
                        + " but was " + SqlText.comment(String.valueOf(got), 600));
            }
        }
    }

    private static void assertUntouched(PostgresDatabase db, List<String> relations, Path pwned) throws SQLException {
        assertEquals(relations, relations(db), "seed " + SEED + ": relations changed");
        assertEquals(List.of("1|untouched"), query(db, "SELECT id || '|' || v FROM public.sentinel"), "seed " + SEED);
        assertFalse(Files.exists(pwned), "seed " + SEED + ": a psql shell escape ran");
    }

    private static void assertScriptIsLineOrientedAndPrintable(Path script) throws Exception {
        try (BufferedReader reader = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            String line;
            long number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                final long at = number;
                String text = line;
                assertTrue(text.codePoints().noneMatch(SqlText::isInvisible),
                        () -> "seed " + SEED + ": invisible character on line " + at + " of " + script.getFileName());
                assertTrue(text.isEmpty() || text.startsWith("-- ") || text.startsWith("\\") || text.endsWith(";"),
                        () -> "seed " + SEED + ": line " + at + " is neither comment, meta-command nor statement");
            }
        }
    }

    private static Map<String, List<String>> read(PostgresDatabase db) throws SQLException {
        Map<String, List<String>> rows = new LinkedHashMap<>();
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT k, a, b, \"a\"\"b; --c\", n::text FROM \"Evil$Schema\".hostile")) {
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= 5; i++) {
                    values.add(rs.getString(i)); // ArrayList, not List.of: NULL must stay null
                }
                rows.put(rs.getString(1), values);
            }
        }
        return rows;
    }

    private static List<String> relations(PostgresDatabase db) throws SQLException {
        return query(db, "SELECT n.nspname || '.' || c.relname || ':' || c.relkind::text FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'"
                + " AND n.nspname NOT LIKE 'pg_temp%' ORDER BY 1");
    }

    private static List<String> query(PostgresDatabase db, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void execute(PostgresDatabase db, String... statements) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    /** Random strings made of pieces that break naive quoting, psql parsing or line structure. */
    private static final class HostileText {

        private final Random random;
        private final List<String> pieces;

        HostileText(Random random, Path pwned) {
            this.random = random;
            this.pieces = List.of("'", "''", "\\", "\\'", "\\\\", "\"", "$$", "$tag$", "$a$ DROP TABLE public.sentinel; $a$",
                    ";", "; DROP TABLE public.sentinel; --", "'); DELETE FROM public.sentinel; --", "--", "/*", "*/",
                    "\n", "\r", "\r\n", "\t", "\n\\! touch " + pwned + "\n", "\\restrict abc", "\n\\unrestrict abc\n",
                    "\\set ON_ERROR_STOP off", "\nCOMMIT;\n", "ROLLBACK;", "E'", "e'\\'", "U&'", "U&\"", "\\u0041",
                    "\\x41", "\\041", ":foo", ":'foo'", ":\"foo\"", "नमस्ते", "हिसाब-किताब", "😀", "👨‍👩‍👧",
                    "\uD83D\uDE00", "\u2028", "\u2029", "\u202E", "\u0085", "\u00A0", "\uFEFF", "\u200D", "Ω", " ",
                    "plain", "JP251104217", "NULL", "null");
        }

        /** A string of up to {@code maxPieces} pieces, control characters and random code points. */
        String next(int maxPieces) {
            StringBuilder out = new StringBuilder();
            int count = random.nextInt(maxPieces + 1);
            for (int i = 0; i < count; i++) {
                appendPiece(out);
            }
            return out.toString();
        }

        /** 10k to 100k characters. */
        String veryLong() {
            int target = 10_000 + random.nextInt(90_001);
            StringBuilder out = new StringBuilder(target + 64);
            while (out.length() < target) {
                appendPiece(out);
            }
            return out.toString();
        }

        private void appendPiece(StringBuilder out) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out.append(pieces.get(random.nextInt(pieces.size())));
            } else if (kind < 8) {
                int control = random.nextInt(33);
                out.append(control == 32 ? '\u007F' : (char) (control == 0 ? 1 : control));
            } else if (kind < 9) {
                out.append((char) (0x20 + random.nextInt(0x5F)));
            } else {
                int cp;
                do {
                    cp = 1 + random.nextInt(0x10FFFF);
                } while (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED);
                out.appendCodePoint(cp);
            }
        }
    }
}
