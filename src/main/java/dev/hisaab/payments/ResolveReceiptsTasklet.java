package dev.hisaab.payments;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.EvidenceParser;
import dev.hisaab.value.Keys;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.finding.FindingBuffer;
import dev.hisaab.index.KeyTable;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.ReadAhead;
import dev.hisaab.spool.PartitionedSpoolWriter;
import dev.hisaab.spool.SpoolWriter;
import java.time.ZoneId;
import java.util.List;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Step {@code resolve} of a payment reconciliation: ties each counter or kiosk receipt to a bill — by its bill
 * number ({@code bill-no}); when it names none, by the bill the portal posted that receipt to ({@code posted-receipt});
 * otherwise by the consumer id and the receipt's date ({@code consumer+date}, see {@link OpenBills}) — and rejects
 * repeated receipt numbers. Only what receipts without a bill number need is held in memory.
 *
 * <p>The receipts are read twice: first for what the other scans need (and the repeats, see {@link RepeatedReceipts}),
 * then the payments and the bills are scanned at the same time ({@link ResolveScans}), and the second pass resolves
 * and writes each receipt in the order read.
 */
public class ResolveReceiptsTasklet implements Tasklet {

    static final String STEP = "resolve";
    public static final String RESOLVED = "bill-receipts-resolved";

    private final JobDefinition job;
    private final RunLayout layout;

    public ResolveReceiptsTasklet(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        int n = job.partitions();
        ZoneId zone = ZoneId.of(job.timeZone());
        KeyTable<Boolean> consumersWithoutBill = new KeyTable<>();
        KeyTable<String> postedBill = new KeyTable<>();
        RepeatedReceipts repeated = new RepeatedReceipts();
        for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
            try (ReadAhead<BillReceipt> in = ReadAhead.spool(layout.work(), s.id(), n, BillReceipt::of)) {
                for (BillReceipt r = in.read(); r != null; r = in.read()) {
                    repeated.see(r.receiptNo(), r.origin());
                    if (r.billNo() == null) {
                        String receiptKey = Keys.normalize(r.receiptNo());
                        if (receiptKey != null) {
                            postedBill.put(receiptKey, null);
                        }
                        String consumerKey = r.consumerKey();
                        if (consumerKey != null) {
                            consumersWithoutBill.put(consumerKey, Boolean.TRUE);
                        }
                    }
                }
            }
        }
        repeated.seenAll();
        OpenBills open = new ResolveScans(job, layout).scan(postedBill, consumersWithoutBill);
        BillResolver resolver = new BillResolver(postedBill, open, zone);
        Tally tally = new Tally();
        FindingBuffer found = new FindingBuffer();
        try (PartitionedSpoolWriter resolved = new PartitionedSpoolWriter(layout.work(), RESOLVED, n)
                .shareLeading(EvidenceParser.SOURCE_AND_FILE);
             SpoolWriter findings = new SpoolWriter(layout.findings(STEP));
             SpoolWriter rejects = new SpoolWriter(layout.rejects(STEP))) {
            for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
                // each receipt is resolved on the reading thread; this one keeps the order of rejects and writes
                try (ReadAhead<ResolvedBillReceipt> in = ReadAhead.spool(layout.work(), s.id(), n,
                        f -> resolver.resolve(BillReceipt.of(f)))) {
                    for (ResolvedBillReceipt rr = in.read(); rr != null; rr = in.read()) {
                        BillReceipt r = rr.receipt();
                        Origin first = repeated.firstOfNext();
                        if (first != null) {
                            rejects.write(r.source(), r.origin().file(), Long.toString(r.origin().line()),
                                    "duplicate receipt no " + r.receiptNo() + ", first at " + first, r.receiptNo());
                            tally.add(r.source(), Counter.REJECTED, 1);
                            tally.add(r.source(), Counter.AMOUNT_REJECTED, r.amount());
                            continue;
                        }
                        if (rr.billNo() == null) {
                            found.add(new Finding(Category.UNMATCHED_RECEIPT, r.receiptNo(), r.amount(),
                                    List.of(r.origin().toString()), BillResolver.CONSUMER_DATE,
                                    "no bill number and no bill of consumer '" + r.consumerId() + "'"));
                            tally.add(r.source(), Counter.FINDINGS, 1);
                            tally.add(r.source(), Counter.AMOUNT_FINDINGS, r.amount());
                            continue;
                        }
                        resolved.write(rr.billNo(), rr);
                    }
                }
            }
            resolved.commit();
            found.writeTo(findings);
            findings.commit();
            rejects.commit();
        }
        tally.save(layout.tally(STEP));
        return RepeatStatus.FINISHED;
    }
}
