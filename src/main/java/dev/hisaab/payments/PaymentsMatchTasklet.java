package dev.hisaab.payments;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingBuffer;
import dev.hisaab.index.KeyTable;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.recovery.MatchTasklet;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code match} of a payment reconciliation (one partition of bill numbers): gathers each bill with its posted
 * payments, gateway rows, callbacks and receipts, judges it ({@link BillJudge}), and writes findings, planned
 * statements, refund lines and control totals. Every row read is counted as matched or in a finding.
 */
public class PaymentsMatchTasklet implements Tasklet {

    /** Fewer bytes than a bill's work-file line has, so that the cases of a partition are not underestimated. */
    private static final int BILL_LINE_BYTES = 160;
    /** Work-file bytes of evidence per bill number it names (a few rows of about 100 bytes each), a little under. */
    private static final int EVIDENCE_BYTES = 256;

    private final JobDefinition job;
    private final RunLayout layout;

    public PaymentsMatchTasklet(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    /** Work file of a partition's planned statements. */
    public static java.nio.file.Path statements(RunLayout layout, int partition) {
        return layout.work().resolve("match-" + partition + ".statements");
    }

    /** Work file of a partition's refund lines. */
    public static java.nio.file.Path refunds(RunLayout layout, int partition) {
        return layout.work().resolve("match-" + partition + ".refunds");
    }

    /** Work file of a partition's control totals. */
    public static java.nio.file.Path totals(RunLayout layout, int partition) {
        return layout.work().resolve("match-" + partition + ".totals");
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        int partition = chunkContext.getStepContext().getStepExecution().getExecutionContext().getInt(MatchTasklet.PARTITION_KEY);
        run(partition);
        return RepeatStatus.FINISHED;
    }

    void run(int partition) throws IOException {
        List<SourceSpec> billSources = job.sources(SourceRole.BILLS);
        if (billSources.size() != 1 || !run(partition, layout.spool(billSources.get(0).id(), partition))) {
            run(partition, null);
        }
    }

    /**
     * Judges a partition: its bills streamed from {@code billFile} when there is one, else all of them held until
     * judged. Returns false, having written nothing, when the bills of {@code billFile} turned out not to be in number
     * order.
     */
    private boolean run(int partition, java.nio.file.Path billFile) throws IOException {
        Tally tally = new Tally();
        String step = "match-" + partition;
        boolean streamBills = billFile != null;
        try (SpoolWriter rejects = new SpoolWriter(layout.rejects(step));
             SpoolWriter findings = new SpoolWriter(layout.findings(step));
             SpoolWriter statements = new SpoolWriter(statements(layout, partition));
             SpoolWriter refunds = new SpoolWriter(refunds(layout, partition))) {
            KeyTable<BillCase> cases = new KeyTable<>(expectedCases(partition, streamBills));
            if (!streamBills) {
                load(SourceRole.BILLS, partition, s -> {
                    ColumnValues.Columns columns = Bill.columns(s);
                    return f -> Bill.of(f, columns);
                }, b -> {
                    BillCase c = cases.computeIfAbsent(b.billNo(), BillCase::new);
                    if (c.bill != null) {
                        reject(rejects, tally, b, c.bill);
                    } else {
                        c.bill = b;
                    }
                });
            }
            load(SourceRole.PAYMENTS, partition, s -> PortalPayment::of,
                    p -> cases.computeIfAbsent(p.billNo(), BillCase::new).add(p));
            load(SourceRole.GATEWAY, partition, s -> GatewayTxn::of,
                    t -> cases.computeIfAbsent(t.orderId(), BillCase::new).add(t));
            load(SourceRole.CALLBACKS, partition, s -> Callback::of,
                    cb -> cases.computeIfAbsent(cb.orderId(), BillCase::new).add(cb));
            try (SpoolReader in = new SpoolReader(layout.spool(ResolveReceiptsTasklet.RESOLVED, partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ResolvedBillReceipt r = ResolvedBillReceipt.of(f);
                    cases.computeIfAbsent(r.billNo(), BillCase::new).add(r);
                }
            }
            Judging judging = new Judging(new BillJudge(job), statements, refunds);
            List<BillCase> inOrder = cases.valuesInKeyOrder();
            if (streamBills) {
                ColumnValues.Columns columns = Bill.columns(job.sources(SourceRole.BILLS).get(0));
                if (!BillStream.merge(billFile, columns, inOrder, (b, first) -> reject(rejects, tally, b, first),
                        judging::judge)) {
                    return false; // closed without a commit: nothing written
                }
            } else {
                for (BillCase c : inOrder) {
                    judging.judge(c);
                }
            }
            judging.counts.addTo(tally);
            judging.totals.save(totals(layout, partition));
            rejects.commit();
            judging.found.writeTo(findings);
            findings.commit();
            statements.commit();
            refunds.commit();
        }
        tally.save(layout.tally(step));
        return true;
    }

    /** What judging a partition's cases one by one writes and adds up. */
    private static final class Judging {

        private final BillJudge judge;
        private final SpoolWriter statements;
        private final SpoolWriter refunds;
        final ControlTotals totals = new ControlTotals();
        final FindingBuffer found = new FindingBuffer();
        final RowCounts counts = new RowCounts();

        Judging(BillJudge judge, SpoolWriter statements, SpoolWriter refunds) {
            this.judge = judge;
            this.statements = statements;
            this.refunds = refunds;
        }

        void judge(BillCase c) throws IOException {
            Judgement j = judge.judge(c, totals);
            for (Finding f : j.findings()) {
                found.add(f);
            }
            for (PlannedStatement s : j.statements()) {
                statements.write(s.fields());
            }
            if (j.refund() != null) {
                refunds.write(j.refund().fields());
            }
            account(c, j.cited(), counts);
        }
    }

    /** The records of {@code role}'s sources in a partition, each source's read by what {@code parser} gives for it. */
    private <T> void load(SourceRole role, int partition, Function<SourceSpec, Function<SpoolFields, T>> parser,
                          Consumer<T> into) throws IOException {
        for (SourceSpec s : job.sources(role)) {
            Function<SpoolFields, T> parse = parser.apply(s);
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    into.accept(parse.apply(f));
                }
            }
        }
    }

    /**
     * Cases expected in a partition, from the size of its work files: the table of cases is made that large at once
     * rather than doubled (and rehashed) a dozen times. A bill's line is well over 100 bytes, and a bill number with
     * evidence has a few rows of about 100 bytes; a guess too small only means the table grows.
     */
    private int expectedCases(int partition, boolean billsStreamed) throws IOException {
        long bytes = 0;
        for (SourceRole role : new SourceRole[] {SourceRole.PAYMENTS, SourceRole.GATEWAY, SourceRole.CALLBACKS}) {
            for (SourceSpec s : job.sources(role)) {
                bytes += size(layout.spool(s.id(), partition));
            }
        }
        bytes += size(layout.spool(ResolveReceiptsTasklet.RESOLVED, partition));
        long expected = bytes / EVIDENCE_BYTES;
        if (!billsStreamed) {
            for (SourceSpec s : job.sources(SourceRole.BILLS)) {
                expected += size(layout.spool(s.id(), partition)) / BILL_LINE_BYTES;
            }
        }
        return (int) Math.min(1 << 26, expected + 1024);
    }

    private static long size(java.nio.file.Path file) throws IOException {
        return java.nio.file.Files.exists(file) ? java.nio.file.Files.size(file) : 0;
    }

    private static void reject(SpoolWriter rejects, Tally tally, Bill b, Bill first) {
        try {
            rejects.write(b.source(), b.origin().file(), Long.toString(b.origin().line()),
                    "duplicate bill number " + b.billNo() + ", first at " + first.origin(), "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        tally.add(b.source(), Counter.REJECTED, 1);
    }

    /** Each row is in a finding if a finding cites it, otherwise matched (consistent, or explained). */
    private static void account(BillCase c, List<Origin> cited, RowCounts counts) {
        Cited in = Cited.of(cited);
        if (c.bill != null) {
            counts.add(c.bill.source(), in.contains(c.bill.origin()), 0);
        }
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            counts.add(p.source(), in.contains(p.origin()), p.amount());
        }
        for (int i = 0; i < c.gatewayCount; i++) {
            GatewayTxn g = c.gateway[i];
            counts.add(g.source(), in.contains(g.origin()), g.amount());
        }
        for (int i = 0; i < c.callbackCount; i++) {
            Callback cb = c.callbacks[i];
            counts.add(cb.source(), in.contains(cb.origin()), Math.max(cb.amount(), 0));
        }
        for (int i = 0; i < c.receiptCount; i++) {
            var r = c.receipts[i].receipt();
            counts.add(r.source(), in.contains(r.origin()), r.amount());
        }
    }

    /** The rows a bill's findings cite: a short list is searched, a long one hashed. */
    private record Cited(List<Origin> list, Set<Origin> set) {

        private static final Cited NONE = new Cited(List.of(), null);

        static Cited of(List<Origin> cited) {
            return cited.isEmpty() ? NONE : new Cited(cited, cited.size() > 16 ? new HashSet<>(cited) : null);
        }

        boolean contains(Origin o) {
            return set != null ? set.contains(o) : !list.isEmpty() && list.contains(o);
        }
    }

    /**
     * Rows matched or in a finding, and their amounts, per source, summed here and added to the step's tally once:
     * a source's counters are only those it had a row for, as when each row was added to the tally itself.
     */
    private static final class RowCounts {

        private static final Counter[] COUNTERS =
            {Counter.MATCHED, Counter.AMOUNT_MATCHED, Counter.FINDINGS, Counter.AMOUNT_FINDINGS};

        private String[] sources = new String[8];
        private long[][] sums = new long[8][];
        private boolean[][] touched = new boolean[8][];
        private int size;

        void add(String source, boolean inFinding, long amount) {
            int s = index(source);
            int at = inFinding ? 2 : 0;
            sums[s][at]++;
            sums[s][at + 1] += amount;
            touched[s][at] = true;
            touched[s][at + 1] = true;
        }

        private int index(String source) {
            for (int i = 0; i < size; i++) {
                if (sources[i] == source) {
                    return i;
                }
            }
            for (int i = 0; i < size; i++) {
                if (sources[i].equals(source)) {
                    return i;
                }
            }
            if (size == sources.length) {
                sources = java.util.Arrays.copyOf(sources, size * 2);
                sums = java.util.Arrays.copyOf(sums, size * 2);
                touched = java.util.Arrays.copyOf(touched, size * 2);
            }
            sources[size] = source;
            sums[size] = new long[COUNTERS.length];
            touched[size] = new boolean[COUNTERS.length];
            return size++;
        }

        void addTo(Tally tally) {
            for (int s = 0; s < size; s++) {
                for (int k = 0; k < COUNTERS.length; k++) {
                    if (touched[s][k]) {
                        tally.add(sources[s], COUNTERS[k], sums[s][k]);
                    }
                }
            }
        }
    }
}
