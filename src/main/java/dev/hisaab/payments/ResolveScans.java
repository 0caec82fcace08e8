package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.index.KeyTable;
import dev.hisaab.job.RunLayout;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.report.ConcurrentWriters;
import dev.hisaab.spool.PartitionedSpoolReader;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolReader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The scans of the {@code resolve} step that need its first pass over the receipts but not each other: the portal's
 * payments (which bill each receipt without a bill number was posted to) and the bills of the consumers of such
 * receipts. Read one after the other, each kept one core busy and the other half idle; here they run at the same
 * time, each on a thread of its own, and the bills (three times the payments, with nothing that depends on their
 * order, see {@link OpenBills}) in one slice of their partitions per core ({@link ConcurrentWriters}: a failure of
 * one fails the step with its own exception once all have stopped). The payments are read in their order, since the
 * last payment posted for a receipt number wins.
 */
final class ResolveScans {

    private final JobDefinition job;
    private final RunLayout layout;

    ResolveScans(JobDefinition job, RunLayout layout) {
        this.job = job;
        this.layout = layout;
    }

    /**
     * Sets the value of every key of {@code postedBill} (a receipt number) to the bill the portal posted it to, if any,
     * and returns the bills of the consumers in {@code consumersWithoutBill}; neither table is changed meanwhile by
     * the caller.
     */
    OpenBills scan(KeyTable<String> postedBill, KeyTable<Boolean> consumersWithoutBill) throws Exception {
        try (ConcurrentWriters scans = new ConcurrentWriters("resolve-")) {
            if (postedBill.size() > 0) {
                scans.start("payments", () -> {
                    postBills(postedBill);
                    return null;
                });
            }
            List<Future<OpenBills>> slices = new ArrayList<>();
            if (consumersWithoutBill.size() > 0) {
                int count = Math.max(1, Math.min(job.partitions(), Runtime.getRuntime().availableProcessors()));
                for (int s = 0; s < count; s++) {
                    int slice = s;
                    slices.add(scans.start("bills-" + s, () -> openBills(consumersWithoutBill, slice, count)));
                }
            }
            scans.join();
            OpenBills open = new OpenBills(job.matching().billIssueLeadDays());
            for (Future<OpenBills> slice : slices) {
                open.addAll(ConcurrentWriters.await(slice));
            }
            return open;
        }
    }

    /** The posted-payments scan: in the payments' order, the last payment with a receipt number names its bill. */
    private void postBills(KeyTable<String> postedBill) throws IOException {
        for (SourceSpec s : job.sources(SourceRole.PAYMENTS)) {
            try (PartitionedSpoolReader in = new PartitionedSpoolReader(layout.work(), s.id(), job.partitions())) {
                for (SpoolFields f = in.next(); f != null; f = in.next()) {
                    PortalPayment p = PortalPayment.of(f);
                    if (p.receiptNo() != null && postedBill.containsKey(p.receiptNo())) {
                        postedBill.put(p.receiptNo(), p.billNo());
                    }
                }
            }
        }
    }

    /** The bills of {@code consumers} in partitions {@code slice}, {@code slice + count}, … of every bills source. */
    private OpenBills openBills(KeyTable<Boolean> consumers, int slice, int count) throws IOException {
        OpenBills open = new OpenBills(job.matching().billIssueLeadDays());
        for (SourceSpec s : job.sources(SourceRole.BILLS)) {
            ColumnValues.Columns columns = Bill.columns(s);
            for (int k = slice; k < job.partitions(); k += count) {
                try (SpoolReader in = new SpoolReader(layout.spool(s.id(), k))) {
                    for (SpoolFields f = in.next(); f != null; f = in.next()) {
                        // the other consumers' bills (most of them) are skipped before a bill is made
                        if (consumers.containsKey(Bill.consumerKey(f))) {
                            Bill b = Bill.of(f, columns);
                            open.add(b.consumerKey(), b.billNo(), b.dueDate());
                        }
                    }
                }
            }
        }
        return open;
    }
}
