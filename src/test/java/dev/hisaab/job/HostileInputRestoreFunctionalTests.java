package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.generate.JhatpatGenerator;
import dev.hisaab.generate.JhatpatScenario;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
 * Restore scripts cannot be turned against the database, end to end: a generated incident whose applicant names,
 * addresses and payer names are hostile text (quotes, backslashes, dollar quotes, semicolons, comment markers, psql
 * meta-commands after line breaks, Devanagari, emoji, control characters, very long strings — seeded, so a failure
 * reproduces) goes through the real job; its restore.sql, applied with psql to a real PostgreSQL, puts back exactly the
 * text the inputs held, changes nothing else, runs no psql command, and rollback.sql returns the database to exactly
 * what it was.
 */
@SpringBootTest
@ActiveProfiles("test")
@Tag("postgres")
class HostileInputRestoreFunctionalTests {

    static final long SEED = 20260113L;

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    @Test
    void restoreWritesBackExactlyTheHostileTextOfTheInputsAndNothingElse() throws Exception {
        // given a generated incident with hostile text in the snapshot and the counter receipts, and a live
        // database that lost most of the snapshot's applications (so thousands of rows are restored)
        Path data = tmp.resolve("data");
        new JhatpatGenerator(new JhatpatScenario(4_000, SEED)).generate(data);
        Path pwned = tmp.resolve("PWNED");
        Hostile hostile = new Hostile(new Random(SEED), pwned);
        Map<String, String[]> snapshot = rewriteSnapshot(data.resolve("snapshot.sql"), hostile);
        Set<String> live = thinLive(data.resolve("live.sql"));
        Set<String> payerNames = rewriteReceipts(data.resolve("receipts-counter.csv"), hostile);
        payerNames.addAll(payerNames(data.resolve("receipts-kiosk.csv"), "name"));
        payerNames.addAll(payerNames(data.resolve("receipts-portal.csv"), "applicant"));

        // when the job runs on them
        Path out = tmp.resolve("out");
        List<String> args = new ArrayList<>(List.of("run", JhatpatRecoveryJobFunctionalTests.JOB, "--quiet",
                "--out", out.toString()));
        for (String[] s : new String[][] {{"receipts-counter", "receipts-counter.csv"}, {"receipts-kiosk", "receipts-kiosk.csv"},
                {"receipts-portal", "receipts-portal.csv"}, {"gateway", "gateway-settlement.csv"}, {"callbacks", "callbacks.jsonl"},
                {"snapshot", "snapshot.sql"}, {"live", "live.sql"}, {"districts", "live.sql"}}) {
            args.addAll(List.of("--set", "sources." + s[0] + ".path=" + data.resolve(s[1])));
        }
        CliHarness.Result r = new CliHarness(cli).run(args.toArray(String[]::new));
        assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        Path restore = out.resolve("restore.sql");
        assertOnlyTheScriptsOwnPsqlCommands(restore);
        assertOnlyTheScriptsOwnPsqlCommands(out.resolve("rollback.sql"));

        try (PostgresDatabase db = PostgresDatabase.createFresh("hostile_restore")) {
            db.loadDump(data.resolve("live.sql"));
            Map<String, String> before = contents(db);

            // and restore.sql is applied with psql
            db.psqlFile(restore);

            // then every lost application of the snapshot is back with exactly the text the snapshot held
            Map<String, String[]> restored = rows(db, "RESTORED");
            Set<String> rejectedLines = new HashSet<>();
            for (CSVRecord x : JhatpatRecoveryJobFunctionalTests.csv(out.resolve("rejects.csv"))) {
                if (x.get("file").equals("snapshot.sql")) {
                    rejectedLines.add(x.get("line"));
                }
            }
            Set<String> expectedKeys = new TreeSet<>();
            snapshot.forEach((key, v) -> {
                if (!rejectedLines.contains(v[2])) {
                    expectedKeys.add(key);
                }
            });
            expectedKeys.removeAll(live);
            Set<String> notRestored = notRestored(out.resolve("summary.json"));
            assertThat(restored.size()).as("rows restored from the snapshot; " + expectedKeys.size() + " expected, summary "
                    + Files.readString(out.resolve("summary.json")).replaceAll("\\s+", " ")).isGreaterThan(1_500);
            assertThat(new TreeSet<>(restored.keySet())).isEqualTo(difference(expectedKeys, notRestored));
            for (Map.Entry<String, String[]> e : restored.entrySet()) {
                String[] expected = snapshot.get(e.getKey());
                assertThat(e.getValue()[0]).as(e.getKey() + " applicant_name, seed " + SEED).isEqualTo(expected[0].strip());
                assertThat(e.getValue()[1]).as(e.getKey() + " address, seed " + SEED).isEqualTo(expected[1]);
            }
            // and applications rebuilt from receipts carry a payer's name exactly as a receipt held it
            Map<String, String[]> rebuilt = rows(db, "RECONSTRUCTED");
            assertThat(rebuilt).isNotEmpty();
            rebuilt.forEach((key, row) -> assertThat(payerNames).as(key + ", seed " + SEED).contains(row[0]));
            // and nothing else changed: the rows that were there, the other tables, no new objects, no psql command ran
            System.out.println("hostile restore: " + restored.size() + " rows from the snapshot, " + rebuilt.size()
                    + " rebuilt from receipts, " + notRestored.size() + " not restorable; seed " + SEED);
            Map<String, String> after = contents(db);
            assertThat(after).isEqualTo(before);
            assertThat(pwned).doesNotExist();

            // and rollback.sql leaves the database exactly as it was before the restore
            db.psqlFile(out.resolve("rollback.sql"));
            assertThat(rows(db, "RESTORED")).isEmpty();
            assertThat(rows(db, "RECONSTRUCTED")).isEmpty();
            assertThat(contents(db)).isEqualTo(before);
            assertThat(pwned).doesNotExist();
        }
    }

    /** The scripts' own psql lines are their header's; no value ever starts a line with a backslash. */
    static void assertOnlyTheScriptsOwnPsqlCommands(Path script) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(script, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("\\")) {
                    assertThat(line).as(script.getFileName().toString()).isIn("\\set ON_ERROR_STOP on", "\\encoding UTF8");
                }
            }
        }
    }

    /**
     * What must not change: per table, the md5 of its rows that were not restored, and the database's tables,
     * functions, roles and schemas.
     */
    static Map<String, String> contents(PostgresDatabase db) throws Exception {
        Map<String, String> c = new TreeMap<>();
        try (Connection conn = db.connection(); Statement s = conn.createStatement()) {
            c.put("connection_application (pre-existing)", one(s, "SELECT count(*) || ' ' || md5(string_agg(t::text, "
                    + "'|' ORDER BY t::text)) FROM public.connection_application t "
                    + "WHERE source NOT IN ('RESTORED', 'RECONSTRUCTED')"));
            c.put("district", one(s, "SELECT count(*) || ' ' || md5(string_agg(t::text, '|' ORDER BY t::text)) "
                    + "FROM public.district t"));
            c.put("relations", one(s, "SELECT string_agg(n.nspname || '.' || c.relname || ':' || c.relkind::text, ',' "
                    + "ORDER BY 1) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                    + "WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')"));
            c.put("functions", one(s, "SELECT count(*) FROM pg_proc"));
            c.put("roles", one(s, "SELECT string_agg(rolname, ',' ORDER BY rolname) FROM pg_roles"));
            c.put("schemas", one(s, "SELECT string_agg(nspname, ',' ORDER BY nspname) FROM pg_namespace"));
        }
        return c;
    }

    static String one(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static Map<String, String[]> rows(PostgresDatabase db, String source) throws Exception {
        Map<String, String[]> rows = new TreeMap<>();
        try (Connection conn = db.connection(); Statement s = conn.createStatement();
             ResultSet rs = s.executeQuery("SELECT application_no, applicant_name, address FROM "
                     + "public.connection_application WHERE source = '" + source + "'")) {
            while (rs.next()) {
                rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return rows;
    }

    static Set<String> notRestored(Path summary) throws IOException {
        Set<String> keys = new HashSet<>();
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(summary));
        for (JsonNode n : s.get("restore").get("notRestored")) {
            keys.add(n.isObject() && n.has("key") ? n.get("key").asString() : n.asString());
        }
        return keys;
    }

    static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    /**
     * Gives every well-formed row of the snapshot's applications a hostile applicant name and address, written in
     * COPY text format; returns application number → {name, address, line} as the dump now holds them (the first
     * row of a number). The dump is handled as bytes (ISO-8859-1 here), since the generator plants malformed lines.
     */
    static Map<String, String[]> rewriteSnapshot(Path dump, Hostile hostile) throws IOException {
        Map<String, String[]> values = new HashMap<>();
        List<String> lines = Files.readAllLines(dump, StandardCharsets.ISO_8859_1);
        boolean inCopy = false;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.startsWith("COPY public.applications ")) {
                assertThat(line).contains("(app_no, applicant_name, mobile, district, category, status, load_kw, address,");
                inCopy = true;
            } else if (inCopy && line.equals("\\.")) {
                inCopy = false;
            } else if (inCopy) {
                String[] f = line.split("\t", -1);
                if (f.length != 10 || !utf8(line)) {
                    continue;
                }
                String name = hostile.name();
                String address = hostile.address();
                f[1] = latin1(copyText(name));
                f[7] = latin1(copyText(address));
                values.putIfAbsent(f[0], new String[] {name, address, Integer.toString(i + 1)});
                lines.set(i, String.join("\t", f));
            }
        }
        assertThat(values).hasSizeGreaterThan(2_000);
        Files.write(dump, lines, StandardCharsets.ISO_8859_1);
        return values;
    }

    static boolean utf8(String latin1) {
        try {
            StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(latin1.getBytes(StandardCharsets.ISO_8859_1)));
            return true;
        } catch (java.nio.charset.CharacterCodingException e) {
            return false;
        }
    }

    static String latin1(String text) {
        return new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
    }

    /**
     * Keeps one application in ten in the live table (whose dump has multi-row INSERTs, one row a line); returns the
     * numbers kept.
     */
    static Set<String> thinLive(Path dump) throws IOException {
        Set<String> kept = new HashSet<>();
        List<String> lines = Files.readAllLines(dump, StandardCharsets.ISO_8859_1);
        List<String> out = new ArrayList<>(lines.size());
        String insert = null;
        List<String> rows = new ArrayList<>();
        StringBuilder tuple = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith("INSERT INTO public.connection_application ")) {
                assertThat(line).endsWith(" VALUES");
                insert = line;
                rows.clear();
                continue;
            }
            if (insert == null) {
                out.add(line);
                continue;
            }
            // a row is one line, or more when a string in it spans lines
            tuple.append(tuple.length() == 0 ? "" : "\n").append(line);
            String row = tuple.toString();
            if (!row.endsWith("),") && !row.endsWith(");")) {
                continue;
            }
            tuple.setLength(0);
            assertThat(row).startsWith("\t('");
            String key = row.substring(3, row.indexOf('\'', 3));
            if (Math.floorMod(key.hashCode(), 10) == 0) {
                kept.add(key);
                rows.add(row.substring(0, row.length() - 1));
            }
            if (row.endsWith(";")) {
                if (!rows.isEmpty()) {
                    out.add(insert);
                    out.add(String.join(",\n", rows) + ";");
                }
                insert = null;
            }
        }
        assertThat(kept).hasSizeBetween(100, 1_000);
        Files.write(dump, out, StandardCharsets.ISO_8859_1);
        return kept;
    }

    /** Gives every counter receipt a hostile payer name; returns the names as a restore would take them. */
    static Set<String> rewriteReceipts(Path csv, Hostile hostile) throws IOException {
        Set<String> names = new HashSet<>();
        List<CSVRecord> records;
        List<String> header;
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r);
            header = parser.getHeaderNames();
            records = parser.getRecords();
        }
        try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
             CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            p.printRecord(header);
            for (CSVRecord rec : records) {
                List<String> values = new ArrayList<>(rec.toList());
                if (values.size() == header.size()) {
                    String name = "P" + hostile.name() + "Q";
                    values.set(header.indexOf("Payer Name"), name);
                    names.add(name);
                }
                p.printRecord(values);
            }
        }
        return names;
    }

    static Set<String> payerNames(Path csv, String column) throws IOException {
        Set<String> names = new HashSet<>();
        try (Reader r = new java.io.InputStreamReader(Files.newInputStream(csv), StandardCharsets.UTF_8)) {
            for (CSVRecord rec : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(r)) {
                if (rec.isSet(column)) {
                    names.add(rec.get(column).strip());
                }
            }
        }
        return names;
    }

    /** PostgreSQL COPY text format of a value. */
    static String copyText(String v) {
        return v.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** Seeded hostile text: SQL and psql syntax, line breaks, control characters, scripts, emoji, long runs. */
    static final class Hostile {

        private final Random random;
        private final List<String> pieces;
        private int count;

        Hostile(Random random, Path pwned) {
            this.random = random;
            this.pieces = List.of("'", "''", "\\", "\\'", "\\\\", "\"", "$$", "$q$", "$a$ DROP TABLE public.district; $a$",
                    ";", "; DROP TABLE public.district; --", "'); DELETE FROM public.connection_application; --",
                    "--", "/*", "*/", "\n", "\r", "\r\n", "\t", "\n\\! touch " + pwned + "\n", "\n\\i /etc/passwd\n",
                    "\\set ON_ERROR_STOP off", "\nCOMMIT;\n", "ROLLBACK;", "E'", "U&'", "\\x41", ":foo", ":'foo'",
                    ":\"foo\"", "\\N", "\\.", "\n\\.\n", "राम प्रसाद", "श्रीमती सीता देवी", "हिसाब", "😀", "👨‍👩‍👧",
                    "\u2028", "\u202E", "\u0085", "\u00A0", "\uFEFF", "\u200D", "Ω", " ", "O'Brien", "NULL", "%s");
        }

        String name() {
            return next();
        }

        String address() {
            return next();
        }

        private String next() {
            count++;
            StringBuilder out = new StringBuilder();
            int target = count % 97 == 0 ? 10_000 + random.nextInt(20_000) : 0;
            int n = 1 + random.nextInt(6);
            for (int i = 0; i < n || out.length() < target; i++) {
                append(out);
            }
            // a letter in the middle keeps the value non-blank whatever the pieces around it
            int at = random.nextInt(out.length() + 1);
            if (at > 0 && at < out.length() && Character.isLowSurrogate(out.charAt(at))) {
                at--;
            }
            out.insert(at, 'x');
            return out.toString();
        }

        private void append(StringBuilder out) {
            int kind = random.nextInt(10);
            if (kind < 6) {
                out.append(pieces.get(random.nextInt(pieces.size())));
            } else if (kind < 8) {
                int control = random.nextInt(32);
                out.append(control == 0 ? '\u007F' : (char) control);
            } else if (kind < 9) {
                out.append((char) (0x20 + random.nextInt(0x5F)));
            } else {
                int cp;
                do {
                    cp = 1 + random.nextInt(0x10FFFF);
                } while (Character.getType(cp) == Character.SURROGATE || Character.getType(cp) == Character.UNASSIGNED
                        || Character.getType(cp) == Character.PRIVATE_USE);
                out.appendCodePoint(cp);
            }
        }
    }
}
