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
import dev.hisaab.recovery.MatchTasklet;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.util.HashSet;
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
        KeyTable<BillCase> cases = new KeyTable<>(expectedCases(partition));
        Tally tally = new Tally();
        String step = "match-" + partition;
        try (SpoolWriter rejects = new SpoolWriter(layout.rejects(step));
             SpoolWriter findings = new SpoolWriter(layout.findings(step));
             SpoolWriter statements = new SpoolWriter(statements(layout, partition));
             SpoolWriter refunds = new SpoolWriter(refunds(layout, partition))) {
            load(SourceRole.BILLS, partition, Bill::of, b -> {
                BillCase c = cases.computeIfAbsent(b.billNo(), BillCase::new);
                if (c.bill != null) {
                    reject(rejects, tally, b.source(), b.origin().file(), b.origin().line(),
                            "duplicate bill number " + b.billNo() + ", first at " + c.bill.origin());
                } else {
                    c.bill = b;
                }
            });
            load(SourceRole.PAYMENTS, partition, PortalPayment::of,
                    p -> cases.computeIfAbsent(p.billNo(), BillCase::new).posted.add(p));
            load(SourceRole.GATEWAY, partition, GatewayTxn::of,
                    t -> cases.computeIfAbsent(t.orderId(), BillCase::new).gateway.add(t));
            load(SourceRole.CALLBACKS, partition, Callback::of,
                    cb -> cases.computeIfAbsent(cb.orderId(), BillCase::new).callbacks.add(cb));
            try (SpoolReader in = new SpoolReader(layout.spool(ResolveReceiptsTasklet.RESOLVED, partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    ResolvedBillReceipt r = ResolvedBillReceipt.of(f);
                    cases.computeIfAbsent(r.billNo(), BillCase::new).receipts.add(r);
                }
            }
            BillJudge judge = new BillJudge(job);
            ControlTotals totals = new ControlTotals();
            FindingBuffer found = new FindingBuffer();
            for (BillCase c : cases.valuesInKeyOrder()) {
                Judgement j = judge.judge(c, totals);
                Set<String> cited = j.findings().isEmpty() ? Set.of() : new HashSet<>();
                for (Finding f : j.findings()) {
                    found.add(f);
                    cited.addAll(f.refs());
                }
                for (PlannedStatement s : j.statements()) {
                    statements.write(s.fields());
                }
                if (j.refund() != null) {
                    refunds.write(j.refund().fields());
                }
                account(c, cited, tally);
            }
            totals.save(totals(layout, partition));
            rejects.commit();
            found.writeTo(findings);
            findings.commit();
            statements.commit();
            refunds.commit();
        }
        tally.save(layout.tally(step));
    }

    private <T> void load(SourceRole role, int partition, Function<SpoolFields, T> parse, Consumer<T> into)
            throws IOException {
        for (SourceSpec s : job.sources(role)) {
            try (SpoolReader in = new SpoolReader(layout.spool(s.id(), partition))) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    into.accept(parse.apply(f));
                }
            }
        }
    }

    /**
     * Bills expected in a partition, from the size of its bill work files: the table of cases is made that large at
     * once rather than doubled (and rehashed) a dozen times. A bill's line is well over 100 bytes; a guess too small
     * only means the table grows.
     */
    private int expectedCases(int partition) throws IOException {
        long bytes = 0;
        for (SourceSpec s : job.sources(SourceRole.BILLS)) {
            java.nio.file.Path file = layout.spool(s.id(), partition);
            if (java.nio.file.Files.exists(file)) {
                bytes += java.nio.file.Files.size(file);
            }
        }
        return (int) Math.min(1 << 26, bytes / BILL_LINE_BYTES + 1024);
    }

    private static void reject(SpoolWriter rejects, Tally tally, String source, String file, long line, String reason) {
        try {
            rejects.write(source, file, Long.toString(line), reason, "");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        tally.add(source, Counter.REJECTED, 1);
    }

    /** Each row is in a finding if a finding cites it, otherwise matched (consistent, or explained). */
    private static void account(BillCase c, Set<String> cited, Tally tally) {
        if (cited.isEmpty()) {
            // the common case: nothing cited, so no row's reference needs to be spelled out to look it up
            if (c.bill != null) {
                count(tally, c.bill.source(), false, 0);
            }
            c.posted.forEach(p -> count(tally, p.source(), false, p.amount()));
            c.gateway.forEach(g -> count(tally, g.source(), false, g.amount()));
            c.callbacks.forEach(cb -> count(tally, cb.source(), false, Math.max(cb.amount(), 0)));
            c.receipts.forEach(r -> count(tally, r.receipt().source(), false, r.receipt().amount()));
            return;
        }
        if (c.bill != null) {
            count(tally, c.bill.source(), cited.contains(c.bill.origin().toString()), 0);
        }
        c.posted.forEach(p -> count(tally, p.source(), cited.contains(p.origin().toString()), p.amount()));
        c.gateway.forEach(g -> count(tally, g.source(), cited.contains(g.origin().toString()), g.amount()));
        c.callbacks.forEach(cb -> count(tally, cb.source(), cited.contains(cb.origin().toString()), Math.max(cb.amount(), 0)));
        c.receipts.forEach(r -> count(tally, r.receipt().source(), cited.contains(r.receipt().origin().toString()),
                r.receipt().amount()));
    }

    private static void count(Tally tally, String source, boolean inFinding, long amount) {
        tally.add(source, inFinding ? Counter.FINDINGS : Counter.MATCHED, 1);
        tally.add(source, inFinding ? Counter.AMOUNT_FINDINGS : Counter.AMOUNT_MATCHED, amount);
    }
}
