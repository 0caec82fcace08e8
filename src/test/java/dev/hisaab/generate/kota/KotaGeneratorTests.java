package dev.hisaab.generate.kota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.hisaab.generate.GeneratedFiles;
import dev.hisaab.support.PostgresDatabase;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KotaGeneratorTests {

    private static final Path SAMPLE = Path.of("sample-data/kota");
    private static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    @TempDir
    static Path sampleDir;

    static GeneratedFiles sample;

    @BeforeAll
    static void generateSample() throws IOException {
        sample = new KotaGenerator(KotaScenario.sample()).generate(sampleDir);
    }

    @Test
    void sameSeedAndSizeWriteIdenticalBytes(@TempDir Path again) throws IOException {
        GeneratedFiles second = new KotaGenerator(KotaScenario.sample()).generate(again);

        assertThat(second.files()).hasSize(10);
        assertThat(again.resolve(".work")).doesNotExist();
        for (Path file : sample.files()) {
            Path twin = again.resolve(sampleDir.relativize(file));
            assertThat(Files.mismatch(file, twin)).as(file.getFileName().toString()).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherData(@TempDir Path other) throws IOException {
        new KotaGenerator(new KotaScenario(3_000, 7L)).generate(other);

        assertThat(Files.mismatch(sampleDir.resolve("portal.sql"), other.resolve("portal.sql"))).isNotEqualTo(-1L);
    }

    @Test
    void committedSampleIsWhatTheGeneratorWrites() throws IOException {
        for (Path file : sample.files()) {
            Path committed = SAMPLE.resolve(sampleDir.relativize(file).toString());
            assertThat(Files.mismatch(file, committed)).as(committed.toString()).isEqualTo(-1L);
        }
    }

    @Test
    void everyFindingCategoryAppearsAtLeastTwice() throws IOException {
        List<String> findings = lines("expected/findings.csv");
        assertThat(findings.get(0)).isEqualTo("category,key,amount");
        Map<String, Long> counts = findings.stream().skip(1)
                .collect(Collectors.groupingBy(line -> line.substring(0, line.indexOf(',')), Collectors.counting()));
        for (FindingCategory category : FindingCategory.values()) {
            assertThat(counts.getOrDefault(category.name(), 0L)).as(category.name()).isGreaterThanOrEqualTo(2);
            assertThat(sample.findings().get(category.name())).isEqualTo(counts.get(category.name()));
        }
        assertThat(findings.subList(1, findings.size())).isSorted();
        for (String file : List.of("gateway-settlement.csv", "callbacks.jsonl", "receipts-counter.csv",
                "receipts-kiosk.csv")) {
            assertThat(findings).filteredOn(line -> line.startsWith("REJECTED_LINE," + file + ":")).hasSizeGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void controlTotalsTieToThePaisaAndToTheGatewayFile() throws IOException {
        Portal portal = Portal.read(sampleDir.resolve("portal.sql"));
        Map<LocalDate, long[]> fromGateway = new TreeMap<>();
        for (String[] row : gatewayRows()) {
            long paise = Long.parseLong(row[2]);
            long[] day = fromGateway.computeIfAbsent(istDay(row[5]), d -> new long[5]);
            String status = row[4].toLowerCase(Locale.ROOT);
            if (status.equals("captured")) {
                day[0] += paise;
                int column = !portal.bills.containsKey(row[1]) ? 3 : portal.postedTxns.contains(row[0]) ? 1 : 2;
                day[column] += paise;
            } else if (status.equals("refunded")) {
                day[4] += paise;
            }
        }
        List<String> totals = lines("expected/control-totals.csv");
        assertThat(totals.get(0)).isEqualTo("day,captured,posted,unposted,unmatched,refunded");
        assertThat(totals).hasSize(fromGateway.size() + 1);
        for (String line : totals.subList(1, totals.size())) {
            String[] fields = line.split(",");
            long[] columns = new long[5];
            for (int i = 0; i < 5; i++) {
                columns[i] = paise(fields[i + 1]);
            }
            assertThat(columns[0]).as(line).isEqualTo(columns[1] + columns[2] + columns[3]);
            assertThat(columns).as(line).containsExactly(fromGateway.get(LocalDate.parse(fields[0])));
        }
    }

    @Test
    void boundaryCapturesAreJudgedByTheDayInIst() throws IOException {
        Portal portal = Portal.read(sampleDir.resolve("portal.sql"));
        Set<String> wrongPenalties = keys("PENALTY_WRONGLY_APPLIED");
        int onTime = 0;
        int late = 0;
        for (String[] row : gatewayRows()) {
            String[] bill = portal.bills.get(row[1]);
            if (bill == null || !row[4].equalsIgnoreCase("captured")) {
                continue;
            }
            if (row[5].startsWith("2026-02-10T18:00:")) {
                // 23:30 IST on the due date: in time, so the late fee in the dump is wrong
                assertThat(Long.parseLong(row[2])).isEqualTo(paise(bill[3]));
                assertThat(paise(bill[6])).isPositive();
                assertThat(wrongPenalties).contains(row[1]);
                onTime++;
            } else if (row[5].startsWith("2026-02-10T19:00:")) {
                // 00:30 IST the day after: late, although UTC still says the due date
                assertThat(paise(bill[6])).isPositive();
                assertThat(wrongPenalties).doesNotContain(row[1]);
                assertThat(Long.parseLong(row[2])).isEqualTo(paise(bill[3]) + paise(bill[6]));
                late++;
            }
        }
        assertThat(onTime).isGreaterThanOrEqualTo(2);
        assertThat(late).isGreaterThanOrEqualTo(2);
    }

    @Test
    void billsAfterRestoreFollowFromTheDumpAndTheGatewayFile() throws IOException {
        Portal portal = Portal.read(sampleDir.resolve("portal.sql"));
        Map<String, List<String[]>> captured = new HashMap<>();
        Set<String> unposted = new HashSet<>();
        for (String[] row : gatewayRows()) {
            if (row[4].equalsIgnoreCase("captured") && portal.bills.containsKey(row[1])) {
                captured.computeIfAbsent(row[1], b -> new ArrayList<>()).add(row);
                if (!portal.postedTxns.contains(row[0])) {
                    unposted.add(row[0]);
                }
            }
        }
        List<String> expected = new ArrayList<>();
        Set<String> penalties = new HashSet<>();
        for (String[] bill : portal.bills.values()) {
            long amount = paise(bill[3]);
            long lateFee = paise(bill[6]);
            LocalDate due = LocalDate.parse(bill[4]);
            long unpostedTotal = 0;
            boolean fullInTime = false;
            for (String[] row : captured.getOrDefault(bill[0], List.of())) {
                long paise = Long.parseLong(row[2]);
                unpostedTotal += unposted.contains(row[0]) ? paise : 0;
                fullInTime |= paise >= amount && !istDay(row[5]).isAfter(due);
            }
            boolean penaltyWrong = lateFee > 0 && fullInTime;
            if (penaltyWrong) {
                penalties.add(bill[0]);
            }
            long feeAfter = penaltyWrong ? 0 : lateFee;
            boolean paidAfter = portal.postedTotal.getOrDefault(bill[0], 0L) + unpostedTotal >= amount + feeAfter;
            if (paidAfter != bill[5].equals("PAID") || feeAfter != lateFee) {
                expected.add(bill[0] + "," + (paidAfter ? "PAID" : "UNPAID") + "," + rupees(feeAfter));
            }
            if (bill[5].equals("PAID")) {
                assertThat(portal.postedTotal.get(bill[0])).as(bill[0]).isGreaterThanOrEqualTo(amount + lateFee);
            }
        }
        List<String> file = lines("expected/bills-after-restore.csv");
        assertThat(file.get(0)).isEqualTo("bill_no,status,late_fee");
        assertThat(file.subList(1, file.size())).isSorted().containsExactlyInAnyOrderElementsOf(expected);
        assertThat(keys("UNPOSTED_PAYMENT")).isEqualTo(unposted);
        assertThat(keys("PENALTY_WRONGLY_APPLIED")).isEqualTo(penalties);
    }

    @Test
    void refundsListEveryDuplicateWithItsPayments() throws IOException {
        List<String> refunds = lines("expected/refunds.csv");
        assertThat(refunds.get(0)).isEqualTo(KotaAnswers.REFUNDS_HEADER);
        assertThat(refunds.stream().skip(1).map(line -> line.substring(0, line.indexOf(','))).toList())
                .isSorted().containsExactlyInAnyOrderElementsOf(keys("DUPLICATE_PAYMENT"));
        assertThat(refunds).anyMatch(line -> line.contains("ONLINE:pay_") && line.contains("COUNTER:KCR/26/"))
                .anyMatch(line -> line.contains("KIOSK:KKS-"))
                .anyMatch(line -> line.matches(".*,ONLINE:pay_\\w{14}:[\\d.]+;ONLINE:pay_\\w{14}:[\\d.]+$"));
        for (String line : refunds.subList(1, refunds.size())) {
            String[] fields = line.split(",");
            long total = 0;
            for (String payment : fields[7].split(";")) {
                total += paise(payment.substring(payment.lastIndexOf(':') + 1));
            }
            assertThat(total).as(line).isEqualTo(paise(fields[5]));
            assertThat(fields[7].split(";")).hasSize(2);
        }
    }

    @Test
    void filesHaveTheirDocumentedShape() throws IOException {
        byte[] gateway = Files.readAllBytes(sampleDir.resolve("gateway-settlement.csv"));
        assertThat(gateway).startsWith(0xEF, 0xBB, 0xBF);
        String counter = Files.readString(sampleDir.resolve("receipts-counter.csv"));
        assertThat(counter.split("\r\n", -1)).hasSize(counter.split("\n", -1).length);
        assertThat(counter).contains("kota-w-", "KOTA W ", "KotaW", ",CANCELLED\r\n", ",\"1,");
        String kiosk = Files.readString(sampleDir.resolve("receipts-kiosk.csv"));
        assertThat(kiosk).endsWith("\r\n").contains(",,", ",CANCELLED\r\n", ",10.00,", ",20.00,");
        JsonNode files = counts().path("files");
        List<String> gatewayLines = lines("gateway-settlement.csv");
        assertThat(gatewayLines.get(gatewayLines.size() - 1))
                .isEqualTo("Total Records: " + files.path("gateway-settlement.csv").path("rows").asLong());
        assertThat(gatewayLines).hasSize(files.path("gateway-settlement.csv").path("rows").asInt() + 2);
        assertThat(lines("callbacks.jsonl")).hasSize(files.path("callbacks.jsonl").path("rows").asInt());
        assertThat(lines("receipts-counter.csv")).hasSize(files.path("receipts-counter.csv").path("rows").asInt() + 1);
        assertThat(lines("receipts-kiosk.csv")).hasSize(files.path("receipts-kiosk.csv").path("rows").asInt() + 1);
        String callbacks = Files.readString(sampleDir.resolve("callbacks.jsonl"));
        assertThat(callbacks).contains("\"event\":\"refund.processed\"", "\"event\":\"payment.failed\"",
                "\"delivery\":\"failed\",\"error\":\"503 Service Unavailable\"");
    }

    @Test
    @Tag("postgres")
    void dumpLoadsIntoPostgresqlWithTheCountedRows() throws Exception {
        JsonNode dump = counts().path("files").path("portal.sql");
        try (PostgresDatabase database = PostgresDatabase.createFresh("kota_gen")) {
            database.loadDump(sampleDir.resolve("portal.sql"));
            try (Connection connection = database.connection(); Statement query = connection.createStatement()) {
                assertThat(count(query, "SELECT count(*) FROM public.consumers")).isEqualTo(dump.path("consumers").asLong());
                assertThat(count(query, "SELECT count(*) FROM public.bills")).isEqualTo(dump.path("bills").asLong());
                assertThat(count(query, "SELECT count(*) FROM public.payments")).isEqualTo(dump.path("payments").asLong());
                assertThat(count(query, "SELECT count(*) FROM public.bills WHERE status = 'PAID' AND amount + late_fee"
                        + " > (SELECT coalesce(sum(amount), 0) FROM public.payments p WHERE p.bill_no = bills.bill_no)"))
                        .isZero();
                assertThat(count(query, "SELECT count(*) FROM public.payments WHERE channel = 'ONLINE' AND paid_at >= "
                        + "'2026-02-01 00:00+05:30' AND paid_at < '2026-03-01 00:00+05:30' AND gateway_txn_id IS NOT NULL"))
                        .isZero();
                assertThat(count(query, "SELECT nextval('public.payments_payment_id_seq')"))
                        .isEqualTo(dump.path("payments").asLong() + 1);
            }
        }
    }

    private static long count(Statement statement, String sql) throws SQLException {
        try (ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** Valid gateway rows (header, footer and the expected REJECTED_LINE lines left out). */
    private static List<String[]> gatewayRows() throws IOException {
        Set<String> rejected = keys("REJECTED_LINE");
        List<String> lines = lines("gateway-settlement.csv");
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i < lines.size() - 1; i++) {
            if (!rejected.contains("gateway-settlement.csv:" + (i + 1))) {
                rows.add(lines.get(i).split(",", -1));
            }
        }
        return rows;
    }

    private static LocalDate istDay(String utc) {
        return Instant.parse(utc).atZone(IST).toLocalDate();
    }

    private static long paise(String rupees) {
        return new BigDecimal(rupees).movePointRight(2).longValueExact();
    }

    private static String rupees(long paise) {
        return BigDecimal.valueOf(paise, 2).toPlainString();
    }

    private static Set<String> keys(String category) throws IOException {
        return lines("expected/findings.csv").stream().filter(line -> line.startsWith(category + ","))
                .map(line -> line.split(",", -1)[1]).collect(Collectors.toSet());
    }

    private static List<String> lines(String name) throws IOException {
        return Files.readAllLines(sampleDir.resolve(name), StandardCharsets.UTF_8);
    }

    private static JsonNode counts() throws IOException {
        return JsonMapper.builder().build().readTree(Files.readString(sampleDir.resolve("expected/counts.json")));
    }

    /** The bills and payments COPY blocks of portal.sql, read as plain text. */
    private record Portal(Map<String, String[]> bills, Set<String> postedTxns, Map<String, Long> postedTotal) {

        static Portal read(Path dump) throws IOException {
            Map<String, String[]> bills = new TreeMap<>();
            Set<String> txns = new HashSet<>();
            Map<String, Long> totals = new HashMap<>();
            String table = null;
            for (String line : Files.readAllLines(dump, StandardCharsets.UTF_8)) {
                if (line.startsWith("COPY public.")) {
                    table = line.substring(12, line.indexOf(' ', 12));
                } else if (line.equals("\\.")) {
                    table = null;
                } else if ("bills".equals(table)) {
                    String[] fields = line.split("\t", -1);
                    bills.put(fields[0], fields);
                } else if ("payments".equals(table)) {
                    String[] fields = line.split("\t", -1);
                    if (!fields[5].equals("\\N")) {
                        txns.add(fields[5]);
                    }
                    totals.merge(fields[1], paise(fields[2]), Long::sum);
                }
            }
            return new Portal(bills, txns, totals);
        }
    }
}
