package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Consumer;
import dev.hisaab.job.RunLayout;
import dev.hisaab.report.RestoreScripts;
import dev.hisaab.report.RunInfo;
import dev.hisaab.report.SafeCsv;
import dev.hisaab.spool.SortedSpoolMerge;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.value.Amounts;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The outputs only a payment reconciliation has: restore.sql from the planned statements (by bill, inserts before the
 * bill's update), refunds.csv for the accounts officer, and the per-day control totals for summary.json.
 */
public final class PaymentsReport {

    private final JobDefinition job;
    private final RunLayout layout;

    public PaymentsReport(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    /**
     * Writes restore.sql from every partition's statements. Each partition wrote its own in restore order (its bills in
     * key order), so they are merged as they are read, never all held at once: a large run plans millions. Reading and
     * parsing run on the thread that checks and builds them, a few batches ahead of the one that writes
     * them (see {@code SqlRestoreScripts}).
     */
    public RestoreScripts.Result writeRestore(RestoreScripts scripts, RunInfo run) throws IOException {
        List<java.nio.file.Path> files = new ArrayList<>();
        for (int p = 0; p < job.partitions(); p++) {
            files.add(PaymentsMatchTasklet.statements(layout, p));
        }
        if (job.posting() == null) {
            return RestoreScripts.Result.NONE;
        }
        // read and parsed on the thread that checks and builds them (see SqlRestoreScripts), beside the one that
        // writes: a statement is built where it was parsed, while its maps are still in that core's cache
        try (SortedSpoolMerge<PlannedStatement> merge = new SortedSpoolMerge<>(files, PlannedStatement::of,
                PlannedStatement.ORDER)) {
            return scripts.writeStatements(layout.out(), job, run, () -> merge);
        }
    }

    /** Writes refunds.csv with names and mobiles as read; returns the number of bills to refund or adjust. */
    public int writeRefunds() throws IOException {
        return writeRefunds(dev.hisaab.report.PersonalData.SHOWN);
    }

    /** Writes refunds.csv, names and mobiles shown as {@code personal} says; returns the number of bills. */
    public int writeRefunds(dev.hisaab.report.PersonalData personal) throws IOException {
        List<RefundLine> lines = new ArrayList<>();
        for (int p = 0; p < job.partitions(); p++) {
            try (SpoolReader in = new SpoolReader(PaymentsMatchTasklet.refunds(layout, p))) {
                for (String[] f = in.read(); f != null; f = in.read()) {
                    lines.add(RefundLine.of(f));
                }
            }
        }
        lines.sort(Comparator.comparing(RefundLine::billNo));
        Map<String, Consumer> consumers = consumers(lines);
        try (SafeCsv csv = new SafeCsv(layout.out().resolve("refunds.csv"), "bill_no", "consumer_id", "name", "mobile",
                "amount_due", "paid_total", "excess", "payments")) {
            for (RefundLine l : lines) {
                Consumer c = consumers.get(l.consumerKey());
                csv.row(l.billNo(), c == null ? l.consumerKey() : c.consumerId(), c == null ? "" : personal.name(c.name()),
                        c == null ? "" : personal.mobile(c.mobile()), Amounts.formatRupees(l.billAmount()), Amounts.formatRupees(l.paidTotal()),
                        Amounts.formatRupees(l.excess()), l.payments());
            }
            csv.commit();
        }
        return lines.size();
    }

    /**
     * The consumers of {@code lines}, the first record of each key as the partitions are read in order. Each record is
     * split only up to its key (a large run lists a million consumers for a few thousand refunds), the rest only for a
     * wanted one, and reading stops once every wanted consumer is found.
     */
    private Map<String, Consumer> consumers(List<RefundLine> lines) throws IOException {
        Map<String, Consumer> wanted = new HashMap<>();
        lines.forEach(l -> wanted.put(l.consumerKey(), null));
        int missing = wanted.size();
        for (SourceSpec s : job.sources(SourceRole.CONSUMERS)) {
            for (int p = 0; p < job.partitions() && missing > 0; p++) {
                try (SpoolReader in = new SpoolReader(layout.spool(s.id(), p))) {
                    for (String[] f = in.read(CONSUMER_KEY + 1); f != null && missing > 0; f = in.read(CONSUMER_KEY + 1)) {
                        String key = f[CONSUMER_KEY];
                        if (wanted.containsKey(key) && wanted.get(key) == null) {
                            String[] rest = in.rest();
                            String[] all = Arrays.copyOf(f, f.length + rest.length);
                            System.arraycopy(rest, 0, all, f.length, rest.length);
                            wanted.put(key, Consumer.of(all));
                            missing--;
                        }
                    }
                }
            }
        }
        return wanted;
    }

    /** Where {@link Consumer#fields()} puts the consumer key. */
    private static final int CONSUMER_KEY = 4;

    /** Control totals of all partitions. */
    public ControlTotals totals() throws IOException {
        ControlTotals all = new ControlTotals();
        for (int p = 0; p < job.partitions(); p++) {
            all.addAll(ControlTotals.load(PaymentsMatchTasklet.totals(layout, p)));
        }
        return all;
    }

    /** The control totals as summary.json shows them: one entry per IST day, rupees. */
    public static List<Map<String, Object>> json(ControlTotals totals) {
        List<Map<String, Object>> days = new ArrayList<>();
        for (Map.Entry<LocalDate, long[]> e : totals.days().entrySet()) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("day", e.getKey().toString());
            for (ControlTotals.Column c : ControlTotals.Column.values()) {
                d.put(c.name().toLowerCase(java.util.Locale.ROOT), Amounts.formatRupees(e.getValue()[c.ordinal()]));
            }
            long[] v = e.getValue();
            d.put("balanced", v[0] == v[1] + v[2] + v[3]);
            days.add(d);
        }
        return days;
    }
}
