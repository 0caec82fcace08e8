package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.PostingSpec;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.finding.Category;
import dev.hisaab.record.Origin;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The statements that write one bill's reconciliation back to the portal, as the job's {@code posting} says: an
 * insert per unposted captured charge, then one update of the bill — marked paid when what was paid covers what is
 * due, late fee reversed when it was wrongly applied — guarded by the values the bill was read with.
 */
final class WriteBack {

    private final PostingSpec posting;
    private final PaymentInsert inserts;
    private final String statusColumn;
    private final String lateFeeColumn;
    private final String billNoColumn;
    private final List<String> guardColumns;

    /** The write-back of a job that has a {@code posting} section. */
    WriteBack(JobDefinition job) {
        this.posting = job.posting();
        this.inserts = new PaymentInsert(posting.payments(), ZoneId.of(job.timeZone()));
        SourceSpec bills = job.sources(SourceRole.BILLS).get(0);
        this.statusColumn = bills.column("status");
        this.lateFeeColumn = bills.column("late-fee");
        this.billNoColumn = bills.column("bill-no");
        List<String> guards = new ArrayList<>();
        for (String g : posting.guardFields()) {
            guards.add(bills.column(g));
        }
        this.guardColumns = guards;
    }

    /**
     * The statements for {@code bill}: its {@code unposted} charges, what posted payments already cover, what is due,
     * and whether the late fee is to be reversed. Empty when there is nothing to write.
     */
    List<PlannedStatement> plan(Bill bill, List<GatewayCharge> unposted, long postedCover, long due,
                                boolean penaltyWrong) {
        boolean unpaid = !bill.status().equalsIgnoreCase(posting.paidStatus());
        long cover = postedCover;
        for (GatewayCharge ch : unposted) {
            cover += ch.amount;
        }
        boolean markPaid = unpaid && cover >= due && !unposted.isEmpty();
        if (unposted.isEmpty() && !markPaid && !penaltyWrong) {
            return List.of();
        }
        List<PlannedStatement> statements = new ArrayList<>(unposted.size() + 1);
        int seq = 0;
        for (GatewayCharge ch : unposted) {
            statements.add(inserts.plan(bill.billNo(), seq++, ch));
        }
        PlannedStatement.Owned set = new PlannedStatement.Owned();
        if (markPaid) {
            set.put(statusColumn, posting.paidStatus());
        }
        if (penaltyWrong) {
            set.put(lateFeeColumn, "0.00");
        }
        if (set.isEmpty()) {
            return statements;
        }
        PlannedStatement.Owned expect = new PlannedStatement.Owned();
        expect.put(statusColumn, bill.values().get("status"));
        expect.put(lateFeeColumn, bill.values().get("late-fee"));
        List<String> guards = posting.guardFields();
        for (int i = 0; i < guards.size(); i++) {
            expect.put(guardColumns.get(i), bill.values().get(guards.get(i)));
        }
        PlannedStatement.Owned key = new PlannedStatement.Owned();
        key.put(billNoColumn, bill.values().get("bill-no"));
        List<Origin> refs = new ArrayList<>();
        refs.add(bill.origin());
        unposted.forEach(ch -> refs.addAll(ch.refs));
        Category why = penaltyWrong ? Category.PENALTY_WRONGLY_APPLIED : Category.UNPOSTED_PAYMENT;
        String rule = (set.containsKey(statusColumn) ? "mark-paid" : "")
                + (penaltyWrong ? (set.size() > 1 ? "+" : "") + "reverse-late-fee" : "");
        statements.add(new PlannedStatement(bill.billNo(), seq, false, posting.billsTable(), key, set, expect, why,
                bill.billNo(), rule, GatewayCharge.texts(refs)));
        return statements;
    }
}
