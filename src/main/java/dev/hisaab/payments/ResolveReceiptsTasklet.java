package dev.hisaab.payments;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.PortalPayment;
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
import java.time.Instant;
import java.time.LocalDate;
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
 */
public class ResolveReceiptsTasklet implements Tasklet {

    static final String STEP = "resolve";
    /** What the reading thread hands on for a bill of no interest. */
    private static final Object SKIPPED = new Object();
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
        for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
            try (ReadAhead<BillReceipt> in = ReadAhead.spool(layout.work(), s.id(), n, BillReceipt::of)) {
                for (BillReceipt r = in.read(); r != null; r = in.read()) {
                    if (r.billNo() == null) {
                        String receiptKey = Keys.normalize(r.receiptNo());
                        if (receiptKey != null) {
                            postedBill.put(receiptKey, null);
                        }
                        if (r.consumerKey() != null) {
                            consumersWithoutBill.put(r.consumerKey(), Boolean.TRUE);
                        }
                    }
                }
            }
        }
        if (postedBill.size() > 0) {
            for (SourceSpec s : job.sources(SourceRole.PAYMENTS)) {
                try (ReadAhead<PortalPayment> in = ReadAhead.spool(layout.work(), s.id(), n, PortalPayment::of)) {
                    for (PortalPayment p = in.read(); p != null; p = in.read()) {
                        if (p.receiptNo() != null && postedBill.containsKey(p.receiptNo())) {
                            postedBill.put(p.receiptNo(), p.billNo());
                        }
                    }
                }
            }
        }
        OpenBills open = new OpenBills(job.matching().billIssueLeadDays());
        if (consumersWithoutBill.size() > 0) {
            for (SourceSpec s : job.sources(SourceRole.BILLS)) {
                // the reading thread reads the table (complete before it starts) and skips the other consumers' bills
                try (ReadAhead<Object> in = ReadAhead.spool(layout.work(), s.id(), n,
                        f -> consumersWithoutBill.containsKey(Bill.consumerKey(f)) ? Bill.of(f) : SKIPPED)) {
                    for (Object o = in.read(); o != null; o = in.read()) {
                        if (o instanceof Bill b) {
                            open.add(b.consumerKey(), b.billNo(), b.dueDate());
                        }
                    }
                }
            }
        }
        Tally tally = new Tally();
        KeyTable<Origin> firstSeen = new KeyTable<>();
        FindingBuffer found = new FindingBuffer();
        try (PartitionedSpoolWriter resolved = new PartitionedSpoolWriter(layout.work(), RESOLVED, n);
             SpoolWriter findings = new SpoolWriter(layout.findings(STEP));
             SpoolWriter rejects = new SpoolWriter(layout.rejects(STEP))) {
            for (SourceSpec s : job.sources(SourceRole.RECEIPTS)) {
                try (ReadAhead<BillReceipt> in = ReadAhead.spool(layout.work(), s.id(), n, BillReceipt::of)) {
                    for (BillReceipt r = in.read(); r != null; r = in.read()) {
                        Origin first = firstSeen.putIfAbsent(r.receiptNo(), r.origin());
                        if (first != null) {
                            rejects.write(r.source(), r.origin().file(), Long.toString(r.origin().line()),
                                    "duplicate receipt no " + r.receiptNo() + ", first at " + first, r.receiptNo());
                            tally.add(r.source(), Counter.REJECTED, 1);
                            tally.add(r.source(), Counter.AMOUNT_REJECTED, r.amount());
                            continue;
                        }
                        String bill = r.billNo();
                        String rule = "bill-no";
                        if (bill == null) {
                            bill = postedBill.get(Keys.normalize(r.receiptNo()));
                            rule = "posted-receipt";
                        }
                        if (bill == null) {
                            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(r.time()), zone);
                            bill = open.billFor(r.consumerKey(), day);
                            rule = "consumer+date";
                        }
                        if (bill == null) {
                            found.add(new Finding(Category.UNMATCHED_RECEIPT, r.receiptNo(), r.amount(),
                                    List.of(r.origin().toString()), "consumer+date",
                                    "no bill number and no bill of consumer '" + r.consumerId() + "'"));
                            tally.add(r.source(), Counter.FINDINGS, 1);
                            tally.add(r.source(), Counter.AMOUNT_FINDINGS, r.amount());
                            continue;
                        }
                        resolved.write(bill, new ResolvedBillReceipt(r, bill, rule).fields());
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
