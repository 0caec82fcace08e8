package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.PostingSpec;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.payments.ControlTotals.Column;
import dev.hisaab.record.Origin;
import dev.hisaab.value.Amounts;
import dev.hisaab.value.ZoneDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The per-bill rules of payment reconciliation. A gateway transaction is one payment however many rows and
 * callbacks tell it, and counts only if captured and not refunded; a portal payment and the receipt it was posted
 * from are one payment; a cancelled receipt is none. Dates are compared in the job's time zone (IST): a capture at
 * 23:30 IST on the due date is on time whatever UTC says.
 *
 * <p>Most bills have no finding, so the text a finding holds (refs as {@code file:line}, labels of payments) is made
 * only for a finding; one judge serves one thread.
 */
final class BillJudge {

    /** Above this many posted payments on one bill, they are looked up by txn id through a map. */
    private static final int SCAN_LIMIT = 8;

    private final ZoneDays days;
    private final PostingSpec posting;
    private final PaymentInsert inserts;
    private final String statusColumn;
    private final String lateFeeColumn;
    private final String billNoColumn;
    private final List<String> guardColumns;

    BillJudge(JobDefinition job) {
        ZoneId zone = ZoneId.of(job.timeZone());
        this.days = new ZoneDays(zone);
        this.posting = job.posting();
        this.inserts = posting == null ? null : new PaymentInsert(posting.payments(), zone);
        SourceSpec bills = job.sources(SourceRole.BILLS).get(0);
        this.statusColumn = bills.column("status");
        this.lateFeeColumn = bills.column("late-fee");
        this.billNoColumn = bills.column("bill-no");
        List<String> guards = new ArrayList<>();
        if (posting != null) {
            for (String g : posting.guardFields()) {
                guards.add(bills.column(g));
            }
        }
        this.guardColumns = guards;
    }

    Judgement judge(BillCase c, ControlTotals totals) {
        if (c.bill != null && c.hasNoRows()) {
            // no payment: nothing captured, posted or planned (most bills of a partition)
            return Found.NOTHING;
        }
        List<GatewayCharge> charges = GatewayCharge.fold(c);
        Found found = new Found();
        if (c.bill == null) {
            unknownBill(c, charges, totals, found);
            return found.judgement(List.of(), null);
        }
        Bill bill = c.bill;
        Map<String, PortalPayment> postedByTxn = c.postedCount > SCAN_LIMIT ? postedByTxn(c) : null;
        List<GatewayCharge> unposted = List.of();
        GatewayCharge onTimeFull = null;
        for (GatewayCharge ch : charges) {
            LocalDate day = days.of(ch.time);
            if (ch.kept()) {
                totals.add(day, Column.CAPTURED, ch.amount);
                boolean isPosted = postedFor(c, postedByTxn, ch.txnId) != null;
                totals.add(day, isPosted ? Column.POSTED : Column.UNPOSTED, ch.amount);
                if (!isPosted) {
                    if (unposted.isEmpty()) {
                        unposted = new ArrayList<>(2);
                    }
                    unposted.add(ch);
                    found.add(Category.UNPOSTED_PAYMENT, ch.txnId, ch.amount, ch.refs, "captured-not-posted",
                            "captured " + rupees(ch.amount) + " on " + day + " for bill " + bill.billNo() + "; no payment posted");
                }
                if (ch.amount != bill.amount() && ch.amount != bill.amount() + bill.lateFee()) {
                    found.add(Category.AMOUNT_MISMATCH, ch.txnId, ch.amount, ch.refs, "amount-vs-bill",
                            "captured " + rupees(ch.amount) + "; bill " + rupees(bill.amount())
                                    + (bill.lateFee() > 0 ? ", with late fee " + rupees(bill.amount() + bill.lateFee()) : ""));
                }
                if (ch.amount >= bill.amount() && !day.isAfter(bill.dueDate()) && onTimeFull == null) {
                    onTimeFull = ch;
                }
            } else if (ch.refunded && ch.amount >= 0) {
                totals.add(day, Column.REFUNDED, ch.amount);
            }
        }
        long postedCover = 0;
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            boolean online = p.gatewayTxnId() != null || "ONLINE".equalsIgnoreCase(p.channel());
            GatewayCharge ch = p.gatewayTxnId() == null ? null : GatewayCharge.find(charges, p.gatewayTxnId());
            if (online && (ch == null || !ch.kept())) {
                List<Origin> refs = new ArrayList<>();
                refs.add(p.origin());
                if (ch != null) {
                    refs.addAll(ch.refs);
                }
                String why = ch == null ? "the gateway never saw " + p.gatewayTxnId()
                        : ch.refunded ? "the gateway refunded " + ch.txnId : "the gateway failed " + ch.txnId;
                found.add(Category.POSTED_NOT_CAPTURED, p.paymentId(), p.amount(), refs, "posted-not-captured",
                        "posted " + rupees(p.amount()) + " to bill " + bill.billNo() + " but " + why);
            } else {
                postedCover += p.amount();
            }
        }
        List<Paid> paid = payments(c, charges, postedByTxn);
        RefundLine refund = null;
        boolean penaltyWrong = bill.lateFee() > 0 && onTimeFull != null;
        long due = bill.amount() + (penaltyWrong ? 0 : bill.lateFee());
        if (paid.size() > 1) {
            paid.sort(Paid.ORDER);
            long total = 0;
            StringBuilder list = new StringBuilder();
            List<Origin> refs = new ArrayList<>();
            for (Paid p : paid) {
                total += p.amount;
                if (list.length() > 0) {
                    list.append(';');
                }
                list.append(p.label()).append(':').append(rupees(p.amount));
                p.addRefsTo(refs);
            }
            found.add(Category.DUPLICATE_PAYMENT, bill.billNo(), total, refs, "payments>1",
                    paid.size() + " payments for a bill of " + rupees(due) + ": " + list);
            refund = new RefundLine(bill.billNo(), bill.consumerKey(), due, total, total - due, list.toString());
        }
        if (penaltyWrong) {
            List<Origin> refs = new ArrayList<>(1 + onTimeFull.refs.size());
            refs.add(bill.origin());
            refs.addAll(onTimeFull.refs);
            found.add(Category.PENALTY_WRONGLY_APPLIED, bill.billNo(), bill.lateFee(), refs, "paid-by-due-date-ist",
                    "late fee " + rupees(bill.lateFee()) + " although " + onTimeFull.txnId + " captured "
                            + rupees(onTimeFull.amount) + " on " + days.of(onTimeFull.time) + " (IST), due " + bill.dueDate());
        }
        List<PlannedStatement> statements = posting == null ? List.of()
                : plan(bill, unposted, postedCover, due, penaltyWrong);
        return found.judgement(statements, refund);
    }

    private List<PlannedStatement> plan(Bill bill, List<GatewayCharge> unposted, long postedCover, long due,
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

    /** Distinct payments of the bill, in the order found (sorted by the caller when there are several). */
    private List<Paid> payments(BillCase c, List<GatewayCharge> charges, Map<String, PortalPayment> postedByTxn) {
        List<Paid> paid = new ArrayList<>(2);
        for (GatewayCharge ch : charges) {
            if (ch.kept()) {
                paid.add(new Paid(ch, postedFor(c, postedByTxn, ch.txnId)));
            }
        }
        int withReceipt = 0;
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            if (p.gatewayTxnId() == null && !"ONLINE".equalsIgnoreCase(p.channel())) {
                paid.add(new Paid(p));
                if (p.receiptNo() != null) {
                    withReceipt++;
                }
            }
        }
        // a receipt the portal posted is that payment (the last one posted from it), not another
        Map<String, Paid> byReceipt = withReceipt > SCAN_LIMIT ? byReceipt(paid) : null;
        for (int i = 0; i < c.receiptCount; i++) {
            ResolvedBillReceipt rr = c.receipts[i];
            BillReceipt r = rr.receipt();
            if (r.cancelled()) {
                continue;
            }
            Paid postedAs = withReceipt == 0 ? null : postedFrom(paid, byReceipt, dev.hisaab.value.Keys.normalize(r.receiptNo()));
            if (postedAs != null) {
                postedAs.addReceipt(r.origin());
            } else {
                paid.add(new Paid(r));
            }
        }
        return paid;
    }

    private static Map<String, Paid> byReceipt(List<Paid> paid) {
        Map<String, Paid> map = new HashMap<>();
        for (Paid p : paid) {
            if (p.posted != null && p.charge == null && p.posted.receiptNo() != null) {
                map.put(p.posted.receiptNo(), p);
            }
        }
        return map;
    }

    /** The last offline payment posted from receipt {@code receiptNo}, or null. */
    private static Paid postedFrom(List<Paid> paid, Map<String, Paid> byReceipt, String receiptNo) {
        if (byReceipt != null) {
            return byReceipt.get(receiptNo);
        }
        for (int i = paid.size() - 1; i >= 0; i--) {
            Paid p = paid.get(i);
            if (p.posted != null && p.charge == null && p.posted.receiptNo() != null
                    && p.posted.receiptNo().equals(receiptNo)) {
                return p;
            }
        }
        return null;
    }

    private static Map<String, PortalPayment> postedByTxn(BillCase c) {
        Map<String, PortalPayment> map = new HashMap<>();
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            if (p.gatewayTxnId() != null) {
                map.putIfAbsent(p.gatewayTxnId(), p);
            }
        }
        return map;
    }

    /** The first payment posted with gateway txn {@code txnId}, or null. */
    private static PortalPayment postedFor(BillCase c, Map<String, PortalPayment> postedByTxn, String txnId) {
        if (postedByTxn != null) {
            return postedByTxn.get(txnId);
        }
        for (int i = 0; i < c.postedCount; i++) {
            if (txnId.equals(c.posted[i].gatewayTxnId())) {
                return c.posted[i];
            }
        }
        return null;
    }

    private void unknownBill(BillCase c, List<GatewayCharge> charges, ControlTotals totals, Found found) {
        for (GatewayCharge ch : charges) {
            LocalDate day = days.of(ch.time);
            if (ch.kept()) {
                totals.add(day, Column.CAPTURED, ch.amount);
                totals.add(day, Column.UNMATCHED, ch.amount);
                found.add(Category.UNMATCHED_GATEWAY_TXN, ch.txnId, ch.amount, ch.refs, "order-not-a-bill",
                        "captured " + rupees(ch.amount) + " for order " + c.billNo + ", which is no bill");
            } else if (ch.refunded && ch.amount >= 0) {
                totals.add(day, Column.REFUNDED, ch.amount);
            }
        }
        for (int i = 0; i < c.receiptCount; i++) {
            ResolvedBillReceipt rr = c.receipts[i];
            found.add(Category.UNMATCHED_RECEIPT, rr.receipt().receiptNo(), rr.receipt().amount(),
                    List.of(rr.receipt().origin()), rr.rule(), "bill " + c.billNo + " does not exist");
        }
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            GatewayCharge ch = p.gatewayTxnId() == null ? null : GatewayCharge.find(charges, p.gatewayTxnId());
            if (p.gatewayTxnId() != null && (ch == null || !ch.kept())) {
                found.add(Category.POSTED_NOT_CAPTURED, p.paymentId(), p.amount(), List.of(p.origin()),
                        "posted-not-captured", "posted to unknown bill " + c.billNo);
            }
        }
    }

    static String rupees(long paise) {
        return Amounts.formatRupees(paise);
    }

    /** The findings of one bill and the rows they cite; nothing is allocated for a bill without one. */
    private static final class Found {

        private List<Finding> findings = List.of();
        private List<Origin> cited = List.of();

        void add(Category category, String key, long amount, List<Origin> refs, String rule, String evidence) {
            if (findings.isEmpty()) {
                findings = new ArrayList<>(2);
                cited = new ArrayList<>(4);
            }
            findings.add(new Finding(category, key, amount, GatewayCharge.texts(refs), rule, evidence));
            cited.addAll(refs);
        }

        /** Nothing to write for a bill: the common case. */
        private static final Judgement NOTHING = new Judgement(List.of(), List.of(), null, List.of());

        Judgement judgement(List<PlannedStatement> statements, RefundLine refund) {
            if (findings.isEmpty() && statements.isEmpty() && refund == null) {
                return NOTHING;
            }
            return new Judgement(findings, statements, refund, cited);
        }
    }

    /**
     * One distinct payment of a bill: a kept gateway charge (with the payment posted for it, if any), an offline
     * payment the portal posted (with the receipts it was posted from), or a receipt the portal never posted. Its
     * label and refs are made only when the bill has more than one.
     */
    private static final class Paid {

        static final java.util.Comparator<Paid> ORDER = (a, b) -> {
            int c = Long.compare(a.time, b.time);
            return c != 0 ? c : a.label().compareTo(b.label());
        };

        final long amount;
        final long time;
        final GatewayCharge charge;
        final PortalPayment posted;
        final BillReceipt receipt;
        private List<Origin> receipts = List.of();
        private String label;

        Paid(GatewayCharge charge, PortalPayment postedFor) {
            this.amount = charge.amount;
            this.time = charge.time;
            this.charge = charge;
            this.posted = postedFor;
            this.receipt = null;
        }

        Paid(PortalPayment offline) {
            this.amount = offline.amount();
            this.time = offline.paidAt();
            this.charge = null;
            this.posted = offline;
            this.receipt = null;
        }

        Paid(BillReceipt unposted) {
            this.amount = unposted.amount();
            this.time = unposted.time();
            this.charge = null;
            this.posted = null;
            this.receipt = unposted;
        }

        void addReceipt(Origin origin) {
            if (receipts.isEmpty()) {
                receipts = new ArrayList<>(2);
            }
            receipts.add(origin);
        }

        /** {@code channel:reference}, as the refund list and the duplicate finding show it. */
        String label() {
            if (label == null) {
                if (charge != null) {
                    label = "ONLINE:" + charge.txnId;
                } else if (posted != null) {
                    String ref = posted.receiptNo() != null ? posted.receiptNo() : "payment " + posted.paymentId();
                    label = (posted.channel() == null ? "POSTED" : posted.channel()) + ":" + ref;
                } else {
                    label = receipt.source() + ":" + receipt.receiptNo();
                }
            }
            return label;
        }

        void addRefsTo(List<Origin> refs) {
            if (charge != null) {
                refs.addAll(charge.refs);
                if (posted != null) {
                    refs.add(posted.origin());
                }
            } else if (posted != null) {
                refs.add(posted.origin());
                refs.addAll(receipts);
            } else {
                refs.add(receipt.origin());
            }
        }
    }
}
