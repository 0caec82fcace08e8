package dev.hisaab.job;

import static dev.hisaab.job.JhatpatRecoveryJobFunctionalTests.csv;
import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.ExitCodes;
import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.PostgresDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Malformed input through a whole run of {@code jobs/jhatpat-recovery.yml}, for every reader: each bad line ends in
 * rejects.csv (and findings.csv) with its file, line and reason, the other lines are still read, and every source
 * still balances; inputs that cannot be used at all (empty, without the mapped column or table, changing while read)
 * stop the run with one line and the documented exit code, before any output looks complete.
 */
@SpringBootTest
@ActiveProfiles("test")
class MalformedInputFunctionalTests {

    static final Path SAMPLE = JhatpatRecoveryJobFunctionalTests.SAMPLE;
    static final String JOB = JhatpatRecoveryJobFunctionalTests.JOB;
    /** Source id → file name of the sample, as in the job file. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("receipts-counter", "receipts-counter.csv");
        FILES.put("receipts-kiosk", "receipts-kiosk.csv");
        FILES.put("receipts-portal", "receipts-portal.csv");
        FILES.put("gateway", "gateway-settlement.csv");
        FILES.put("callbacks", "callbacks.jsonl");
        FILES.put("snapshot", "snapshot.sql");
        FILES.put("live", "live.sql");
        FILES.put("districts", "live.sql");
    }

    @Autowired
    HisaabCli cli;

    @TempDir
    Path tmp;

    Path data;
    Path out;

    @BeforeEach
    void copySample() throws IOException {
        data = Files.createDirectories(tmp.resolve("data"));
        for (String f : new java.util.TreeSet<>(FILES.values())) {
            Files.copy(SAMPLE.resolve(f), data.resolve(f));
        }
        out = tmp.resolve("out");
    }

    CliHarness.Result run(String... more) {
        List<String> args = new ArrayList<>(List.of("run", JOB, "--quiet", "--out", out.toString()));
        FILES.forEach((id, f) -> args.addAll(List.of("--set", "sources." + id + ".path=" + data.resolve(f))));
        args.addAll(List.of(more));
        return new CliHarness(cli).run(args.toArray(String[]::new));
    }

    /** A bad line appended to (or put into) a file, and what its reject must say. */
    record Bad(String file, long line, String reason) {
    }

    @Test
    void everyMalformedLineOfEveryFileReaderIsRejectedWithFileLineAndReasonAndEverySourceBalances() throws Exception {
        // given bad lines appended to a CSV, a JSON lines file, and inside the COPY block of a dump
        List<Bad> bad = new ArrayList<>();
        Path receipts = data.resolve("receipts-counter.csv");
        long n = lines(receipts);
        String ok = "01/11/2025,JP251142953,NISHA MATHUR,9784808100,100.00,CASH,COUNTER,";
        append(receipts,
                ascii("CR-900001," + ok + ",surplus\n"),
                ascii("CR-900002,01/11/2025,JP251142953,NISHA MATHUR,9784808100,abc,CASH,COUNTER,\n"),
                ascii("CR-900003,31/02/2025,JP251142953,NISHA MATHUR,9784808100,100.00,CASH,COUNTER,\n"),
                bytes("CR-900004,01/11/2025,JP251142953,NISHA ", new byte[] {(byte) 0xff, (byte) 0xfe}, " MATHUR,9784808100,100.00,CASH,COUNTER,\n"),
                bytes("CR-900005,01/11/2025,JP251142953,NISHA ", new byte[] {0}, " MATHUR,9784808100,100.00,CASH,COUNTER,\n"),
                ascii("CR-900006," + ok + "\n"),
                ascii("CR-900006," + ok + "\n"),
                ascii("CR-900007,01/11/2025,JP251142953,\"NISHA MATHUR,9784808100,100.00,CASH,COUNTER,\n"
                        + "CR-900008," + ok + "\n"));
        bad.add(new Bad("receipts-counter.csv", n + 1, "expected 9 fields, found 10"));
        bad.add(new Bad("receipts-counter.csv", n + 2, "amount: not an amount: 'abc'"));
        bad.add(new Bad("receipts-counter.csv", n + 3, "date: not a valid date/time '31/02/2025'"));
        bad.add(new Bad("receipts-counter.csv", n + 4, "invalid UTF-8"));
        bad.add(new Bad("receipts-counter.csv", n + 5, "NUL"));
        bad.add(new Bad("receipts-counter.csv", n + 7, "duplicate receipt no CR-900006, first at receipts-counter.csv:" + (n + 6)));
        bad.add(new Bad("receipts-counter.csv", n + 8, "unterminated quote"));

        Path callbacks = data.resolve("callbacks.jsonl");
        n = lines(callbacks);
        String tail = "\"order_id\":\"JP251141790\",\"amount\":10000,\"status\":\"captured\"}}\n";
        String head = "{\"received_at\":\"2025-11-01T04:04:45Z\",\"event\":\"payment.captured\",\"payload\":{";
        append(callbacks,
                ascii(head + "\"txn_id\":\"pay_x1\",\"order_id\":\"JP251141790\",\"amount\":\"ten\",\"status\":\"captured\"}}\n"),
                ascii(head.replace("2025-11-01", "2025-13-45") + "\"txn_id\":\"pay_x2\"," + tail),
                bytes(head + "\"txn_id\":\"pay_", new byte[] {(byte) 0xc3, (byte) 0x28}, "\"," + tail),
                bytes(head + "\"txn_id\":\"pay_", new byte[] {0}, "\"," + tail),
                ascii(head + "\"txn_id\":\"pay_x5\"\n"),
                ascii(head + "\"txn_id\":\"pay_x6\"," + tail),
                ascii(head + "\"txn_id\":\"pay_x6\"," + tail));
        bad.add(new Bad("callbacks.jsonl", n + 1, "amount: not an amount: 'ten'"));
        bad.add(new Bad("callbacks.jsonl", n + 2, "not a valid date/time '2025-13-45T04:04:45Z'"));
        bad.add(new Bad("callbacks.jsonl", n + 3, "invalid UTF-8"));
        bad.add(new Bad("callbacks.jsonl", n + 4, "invalid JSON"));
        bad.add(new Bad("callbacks.jsonl", n + 5, "invalid JSON"));

        Path snapshot = data.resolve("snapshot.sql");
        byte[] dump = Files.readAllBytes(snapshot);
        String text = new String(dump, StandardCharsets.UTF_8);
        int endChar = text.indexOf("\n\\.\n", text.indexOf("COPY public.applications"));
        long endLine = text.substring(0, endChar).lines().count() + 1;
        int end = text.substring(0, endChar).getBytes(StandardCharsets.UTF_8).length;
        String row = "\tAgra\tDomestic\tNEW\t2.00\taddr\t2025-11-01 09:30:29+05:30\tt";
        byte[] rows = concat(
                ascii("\nJP259000001\tToo Few\t9000000001"),
                bytes("\nJP259000002\tBad ", new byte[] {(byte) 0xff}, " Bytes\t9000000002" + row),
                bytes("\nJP259000003\tNul ", new byte[] {0}, " Byte\t9000000003" + row),
                ascii("\nJP259000004\tBad Date\t9000000004" + row.replace("2025-11-01", "2025-02-30")),
                ascii("\nJP259000005\tBad Bool\t9000000005" + row.substring(0, row.length() - 1) + "maybe"),
                ascii("\nJP259000006\tTwin\t9000000006" + row),
                ascii("\nJP259000006\tTwin\t9000000006" + row));
        Files.write(snapshot, concat(java.util.Arrays.copyOf(dump, end), rows,
                java.util.Arrays.copyOfRange(dump, end, dump.length)));
        bad.add(new Bad("snapshot.sql", endLine, "expected 10 fields for public.applications but found 3"));
        bad.add(new Bad("snapshot.sql", endLine + 1, "invalid UTF-8"));
        bad.add(new Bad("snapshot.sql", endLine + 2, "NUL"));
        bad.add(new Bad("snapshot.sql", endLine + 3, "submitted-at: not a valid date/time '2025-02-30 09:30:29+05:30'"));
        bad.add(new Bad("snapshot.sql", endLine + 4, "fee-paid: not a yes/no value 'maybe'"));
        bad.add(new Bad("snapshot.sql", endLine + 6, "duplicate application number JP259000006, first at snapshot.sql:"
                + (endLine + 5)));

        // when the job runs
        CliHarness.Result r = run();

        // then it completes, and every bad line is rejected where it is, with its reason
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DIFFERENCES);
        List<CSVRecord> rejects = csv(out.resolve("rejects.csv"));
        for (Bad b : bad) {
            assertThat(rejects).as(b.toString()).anySatisfy(x -> {
                assertThat(x.get("file")).isEqualTo(b.file());
                assertThat(x.get("line")).isEqualTo(Long.toString(b.line()));
                assertThat(x.get("reason")).contains(b.reason());
            });
        }
        // a duplicated callback is a redelivery, not a malformed line
        assertThat(rejects).noneMatch(x -> x.get("raw").contains("pay_x6"));
        // the good line after the CSV's unterminated quote is swallowed into it, never read as a record
        assertThat(Files.readString(out.resolve("findings.csv"))).doesNotContain("CR-900008");
        assertBalanced(rejects);
        // and the reports meant for people hold no NUL byte
        for (String report : List.of("rejects.csv", "findings.csv")) {
            assertThat(Files.readAllBytes(out.resolve(report))).as(report).doesNotContain((byte) 0);
        }
    }

    @Test
    void aDumpCutOffInsideItsCopyBlockIsRejectedAsTruncatedAndItsRowsStillCount() throws Exception {
        // given a snapshot that ends in the middle of a row of its COPY block
        byte[] dump = Files.readAllBytes(SAMPLE.resolve("snapshot.sql"));
        String text = new String(dump, StandardCharsets.UTF_8);
        int copyChar = text.indexOf("COPY public.applications");
        long copyLine = text.substring(0, copyChar).lines().count() + 1;
        int copy = text.substring(0, copyChar).getBytes(StandardCharsets.UTF_8).length;
        Files.write(data.resolve("snapshot.sql"), java.util.Arrays.copyOf(dump, copy + 20_000));

        CliHarness.Result r = run();

        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DIFFERENCES);
        List<CSVRecord> rejects = csv(out.resolve("rejects.csv"));
        assertThat(rejects).anySatisfy(x -> {
            assertThat(x.get("file")).isEqualTo("snapshot.sql");
            assertThat(x.get("line")).isEqualTo(Long.toString(copyLine));
            assertThat(x.get("reason")).contains("truncated dump").contains("no end marker");
        });
        assertBalanced(rejects);
    }

    @ParameterizedTest
    @ValueSource(strings = {"receipts-kiosk", "callbacks", "snapshot"})
    void anEmptyFileStopsTheRunBeforeAnyWork(String source) throws Exception {
        Files.write(data.resolve(FILES.get(source)), new byte[0]);
        int index = new ArrayList<>(FILES.keySet()).indexOf(source);

        CliHarness.Result r = run();

        assertThat(r.exitCode()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").doesNotContain("Exception")
                .isEqualTo("hisaab: job.sources[" + index + "].path: " + data.resolve(FILES.get(source)) + " is empty (0 bytes)");
        assertThat(out).doesNotExist();
    }

    @Test
    void aHeaderWithoutAMappedColumnStopsTheRunBeforeAnyWork() throws Exception {
        renameTheKiosksMobileColumn();

        assertStoppedAtTheKiosksMobileColumn(run());
    }

    private void renameTheKiosksMobileColumn() throws IOException {
        Path kiosk = data.resolve("receipts-kiosk.csv");
        Files.writeString(kiosk, Files.readString(kiosk).replaceFirst("mobile_no", "phone"));
    }

    private void assertStoppedAtTheKiosksMobileColumn(CliHarness.Result r) {
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n")
                .startsWith("hisaab: " + JOB + ": job.sources[1].fields.mobile: column 'mobile_no' not found in "
                        + data.resolve("receipts-kiosk.csv"));
        assertThat(out).doesNotExist();
    }

    @Test
    void aDumpWithoutTheTableStopsTheRunBeforeAnyWork() throws Exception {
        Path snapshot = data.resolve("snapshot.sql");
        Files.writeString(snapshot, Files.readString(snapshot).replace("public.applications", "public.applications_old"));

        CliHarness.Result r = run();

        assertThat(r.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(r.err().strip()).doesNotContain("\n").isEqualTo("hisaab: " + JOB
                + ": job.sources[5].options.table: table 'public.applications' not found in " + snapshot);
        assertThat(out).doesNotExist();
    }

    @Test
    void withSeveralBadSourcesTheFirstInTheJobIsTheOneReportedThoughTheyAreCheckedAtOnce() throws Exception {
        // the snapshot (source 5) may be looked at first, on another thread: still the kiosk's problem is reported
        Path snapshot = data.resolve("snapshot.sql");
        Files.writeString(snapshot, Files.readString(snapshot).replace("public.applications", "public.applications_old"));
        renameTheKiosksMobileColumn();

        assertStoppedAtTheKiosksMobileColumn(run());
    }

    @Test
    void aFileThatChangesWhileItIsReadFailsTheRunAndLeavesNoOutputs() throws Exception {
        // given a receipts file that keeps growing while the run reads it
        Path receipts = data.resolve("receipts-portal.csv");
        AtomicBoolean running = new AtomicBoolean(true);
        Thread writer = new Thread(() -> {
            try (OutputStream o = Files.newOutputStream(receipts, StandardOpenOption.APPEND)) {
                long i = 0;
                while (running.get()) {
                    o.write(ascii("PR-2099-" + (i++) + ",2025-11-01T10:06:04+05:30,JP251130207,Kamal,9154822655,100.00,"
                            + "ONLINE,PORTAL,pay_T3lLdo74z8Lyjm\n"));
                    o.flush();
                    Thread.sleep(1);
                }
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        writer.start();
        CliHarness.Result r;
        try {
            r = run();
        } finally {
            running.set(false);
            writer.join();
        }

        // then the run fails on that input, and nothing looks like a result
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.INPUT);
        assertThat(r.err()).contains("receipts-portal.csv changed while it was read");
        assertThat(out.resolve("findings.csv")).doesNotExist();
        assertThat(out.resolve("summary.json")).doesNotExist();
        assertThat(out.resolve(".work/receipts-portal.input")).doesNotExist();
        assertThat(out.resolve(".work/receipts-portal.p0.spool")).doesNotExist();
    }

    @Test
    @Tag("postgres")
    void malformedRowsOfADatabaseTableAreRejectedByTableAndRowAndTheSourceBalances() throws Exception {
        try (PostgresDatabase db = PostgresDatabase.createFresh("malformed_live")) {
            // given the live table with text columns holding what typed columns would never hold
            db.loadDump(SAMPLE.resolve("live.sql"));
            try (Connection c = db.connection(); Statement s = c.createStatement()) {
                s.execute("DO $$ DECLARE r record; BEGIN FOR r IN SELECT conname FROM pg_constraint "
                        + "WHERE conrelid = 'public.connection_application'::regclass LOOP EXECUTE "
                        + "'ALTER TABLE public.connection_application DROP CONSTRAINT ' || quote_ident(r.conname) "
                        + "|| ' CASCADE'; END LOOP; END $$");
                s.execute("ALTER TABLE public.connection_application ALTER COLUMN status SET DEFAULT 'SUBMITTED'");
                s.execute("ALTER TABLE public.connection_application ALTER COLUMN application_no DROP NOT NULL, "
                        + "ALTER COLUMN submitted_on TYPE text, ALTER COLUMN fee_paid TYPE text");
                s.execute("INSERT INTO public.connection_application (application_no, applicant_name, mobile_no, "
                        + "submitted_on, fee_paid, source) VALUES "
                        + "(NULL, 'No Number', '9000000001', '2025-11-01 10:00:00+05:30', 'true', 'PORTAL'), "
                        + "('JP259100002', 'Bad Date', '9000000002', '2025-02-30 10:00:00+05:30', 'true', 'PORTAL'), "
                        + "('JP259100003', 'Bad Bool', '9000000003', '2025-11-01 10:00:00+05:30', 'maybe', 'PORTAL'), "
                        + "('JP259100004', 'Twin', '9000000004', '2025-11-01 10:00:00+05:30', 'true', 'PORTAL'), "
                        + "('JP259100004', 'Twin', '9000000004', '2025-11-01 10:00:00+05:30', 'true', 'PORTAL')");
            }
            String url = db.jdbcUrl() + "?user=" + PostgresDatabase.USER;

            // when the job reads it as a jdbc source
            CliHarness.Result r = run("--set", "sources.live.type=jdbc", "--set", "sources.live.path=",
                    "--set", "sources.live.options.url=" + url, "--set", "sources.live.options.fetch-size=50");

            // then each bad row is rejected by table and row number, with its reason
            assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.DIFFERENCES);
            List<CSVRecord> rejects = csv(out.resolve("rejects.csv")).stream()
                    .filter(x -> x.get("source").equals("live")).toList();
            assertThat(rejects).extracting(x -> x.get("reason")).hasSize(4).anyMatch(m -> m.contains("application-no"))
                    .anyMatch(m -> m.contains("not a valid date/time '2025-02-30 10:00:00+05:30'"))
                    .anyMatch(m -> m.contains("fee-paid: not a yes/no value 'maybe'"))
                    .anyMatch(m -> m.contains("duplicate application number JP259100004"));
            assertThat(rejects).allSatisfy(x -> {
                assertThat(x.get("file")).isEqualTo("db:public.connection_application");
                assertThat(Long.parseLong(x.get("line"))).isBetween(1L, 1989L);
            });
            assertBalanced(csv(out.resolve("rejects.csv")));
        }
    }

    /** summary.json: every source balances, the rejected rows are those of rejects.csv and of REJECTED_LINE. */
    void assertBalanced(List<CSVRecord> rejects) throws IOException {
        JsonNode summary = JsonMapper.builder().build().readTree(Files.readString(out.resolve("summary.json")));
        assertThat(summary.get("balanced").asBoolean()).as(summary.toString()).isTrue();
        long rejected = 0;
        for (JsonNode s : summary.get("sources")) {
            assertThat(s.get("balanced").asBoolean()).as(s.toString()).isTrue();
            assertThat(s.get("read").asLong()).as(s.toString()).isEqualTo(
                    s.get("matched").asLong() + s.get("inFindings").asLong() + s.get("rejected").asLong());
            rejected += s.get("rejected").asLong();
        }
        assertThat(rejects).hasSize((int) rejected);
        assertThat(summary.get("findings").get("REJECTED_LINE").get("count").asLong()).isEqualTo(rejected);
        for (CSVRecord x : rejects) {
            assertThat(x.get("file")).isNotBlank();
            assertThat(Long.parseLong(x.get("line"))).isPositive();
            assertThat(x.get("reason")).isNotBlank().doesNotContain("\n");
        }
    }

    static long lines(Path file) throws IOException {
        long n = 0;
        for (byte b : Files.readAllBytes(file)) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    static void append(Path file, byte[]... lines) throws IOException {
        Files.write(file, concat(lines), StandardOpenOption.APPEND);
    }

    static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] bytes(String before, byte[] middle, String after) {
        return concat(ascii(before), middle, ascii(after));
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            b.writeBytes(p);
        }
        return b.toByteArray();
    }
}
