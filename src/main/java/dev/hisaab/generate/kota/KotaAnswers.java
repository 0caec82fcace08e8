package dev.hisaab.generate.kota;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.hisaab.generate.CsvLine;

/**
 * The known answers collected while generating. Findings and bills-after-restore lines stream to work files
 * (sorted or concatenated at the end); only duplicate bills (for refunds), control totals per day and tallies are
 * held in memory.
 */
final class KotaAnswers implements Closeable {

    static final String REFUNDS_HEADER = "bill_no,consumer_id,name,mobile,bill_amount,paid_total,excess,payments";
    static final String RESTORE_HEADER = "bill_no,status,late_fee";
    static final String TOTALS_HEADER = "day,captured,posted,unposted,unmatched,refunded";

    /** A bill paid more than once; its payments ({@code channel:reference:amount}) arrive in time order. */
    static final class Refund {
        final String line;
        final List<String> payments = new ArrayList<>(2);

        Refund(String line) {
            this.line = line;
        }
    }

    /** Columns of a control-total day. */
    enum Total { CAPTURED, POSTED, UNPOSTED, UNMATCHED, REFUNDED }

    private final Path work;
    private final BufferedWriter findings;
    private final BufferedWriter[] restored = new BufferedWriter[KotaCalendar.PERIODS];
    private final Map<FindingCategory, Long> counts = new EnumMap<>(FindingCategory.class);
    private final Map<String, Refund> refunds = new TreeMap<>();
    private final Map<LocalDate, long[]> totals = new TreeMap<>();
    private final Map<String, Long> planted = new TreeMap<>();

    KotaAnswers(Path work) throws IOException {
        this.work = work;
        this.findings = writer(work.resolve("findings.unsorted"));
        for (int p = 0; p < restored.length; p++) {
            restored[p] = writer(work.resolve("restored-" + p + ".csv"));
        }
        for (FindingCategory category : FindingCategory.values()) {
            counts.put(category, 0L);
        }
    }

    private static BufferedWriter writer(Path file) throws IOException {
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
    }

    /** One expected finding; {@code paise} below zero means no amount. */
    void finding(FindingCategory category, String key, long paise) throws IOException {
        findings.write(CsvLine.join(category.name(), key, paise < 0 ? "" : Money.rupees(paise)));
        findings.write('\n');
        counts.merge(category, 1L, Long::sum);
    }

    void restored(int period, String billNo, boolean paid, long lateFee) throws IOException {
        restored[period].write(billNo + "," + (paid ? "PAID" : "UNPAID") + "," + Money.rupees(lateFee) + "\n");
    }

    void duplicate(String billNo, Consumer consumer, long billAmount, long paidTotal, long excess) {
        refunds.put(billNo, new Refund(CsvLine.join(billNo, consumer.id(), consumer.name(), consumer.mobile(),
                Money.rupees(billAmount), Money.rupees(paidTotal), Money.rupees(excess))));
    }

    /** A payment of a duplicate bill, as it is written to the evidence (so receipt numbers are known). */
    void duplicatePayment(String billNo, String channel, String reference, long paise) {
        refunds.get(billNo).payments.add(channel + ":" + reference + ":" + Money.rupees(paise));
    }

    void total(long epoch, Total column, long paise) {
        long[] day = totals.computeIfAbsent(KotaCalendar.istDay(epoch), d -> new long[Total.values().length]);
        day[column.ordinal()] += paise;
        if (column == Total.POSTED || column == Total.UNPOSTED || column == Total.UNMATCHED) {
            day[Total.CAPTURED.ordinal()] += paise;
        }
    }

    void planted(String what) {
        planted.merge(what, 1L, Long::sum);
    }

    Map<String, Long> planted() {
        return planted;
    }

    Map<String, Long> findingCounts() {
        Map<String, Long> named = new TreeMap<>();
        counts.forEach((category, count) -> named.put(category.name(), count));
        return named;
    }

    void write(Path expected) throws IOException {
        close();
        Files.createDirectories(expected);
        SortedLines.sort(work.resolve("findings.unsorted"), expected.resolve("findings.csv"), "category,key,amount",
                500_000);
        try (BufferedWriter out = writer(expected.resolve("refunds.csv"))) {
            out.write(REFUNDS_HEADER + "\n");
            for (Refund refund : refunds.values()) {
                out.write(refund.line + "," + CsvLine.field(String.join(";", refund.payments)) + "\n");
            }
        }
        try (BufferedWriter out = writer(expected.resolve("bills-after-restore.csv"))) {
            out.write(RESTORE_HEADER + "\n");
        }
        for (int p = 0; p < restored.length; p++) {
            Path part = work.resolve("restored-" + p + ".csv");
            try (var in = Files.newInputStream(part);
                 var out = Files.newOutputStream(expected.resolve("bills-after-restore.csv"),
                         java.nio.file.StandardOpenOption.APPEND)) {
                in.transferTo(out);
            }
            Files.delete(part);
        }
        try (BufferedWriter out = writer(expected.resolve("control-totals.csv"))) {
            out.write(TOTALS_HEADER + "\n");
            for (Map.Entry<LocalDate, long[]> day : totals.entrySet()) {
                StringBuilder line = new StringBuilder(day.getKey().toString());
                for (long paise : day.getValue()) {
                    line.append(',').append(Money.rupees(paise));
                }
                out.write(line.append('\n').toString());
            }
        }
        Files.delete(work.resolve("findings.unsorted"));
    }

    @Override
    public void close() throws IOException {
        try (BufferedWriter f = findings; BufferedWriter a = restored[0]; BufferedWriter b = restored[1];
             BufferedWriter c = restored[2]) {
            // closed in order
        }
    }
}
