package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.finding.Category;
import dev.hisaab.payments.ControlTotals.Column;
import dev.hisaab.record.Origin;
import dev.hisaab.value.Amounts;
import dev.hisaab.value.ZoneDays;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

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

    private final ZoneDays days;
    /** Null when the job writes nothing back. */
    private final WriteBack writeBack;

    BillJudge(JobDefinition job) {
        this.days = new ZoneDays(ZoneId.of(job.timeZone()));
        this.writeBack = job.posting() == null ? null : new WriteBack(job);
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
        PostedPayments posted = new PostedPayments(c);
        List<GatewayCharge> unposted = List.of();
        GatewayCharge onTimeFull = null;
        for (GatewayCharge ch : charges) {
            LocalDate day = days.of(ch.time);
            if (ch.kept()) {
                totals.add(day, Column.CAPTURED, ch.amount);
                boolean isPosted = posted.forTxn(ch.txnId) != null;
                totals.add(day, isPosted ? Column.POSTED : Column.UNPOSTED, ch.amount);
                if (!isPosted) {
                    if (unposted.isEmpty()) {
                        unposted = new ArrayList<>(2);
                    }
                    unposted.add(ch);
                    unpostedPayment(found, ch, day, bill);
                }
                if (ch.amount != bill.amount() && ch.amount != bill.amount() + bill.lateFee()) {
                    amountMismatch(found, ch, bill);
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
                postedNotCaptured(found, p, ch, bill);
            } else {
                postedCover += p.amount();
            }
        }
        List<Paid> paid = Paid.of(c, charges, posted);
        RefundLine refund = null;
        boolean penaltyWrong = bill.lateFee() > 0 && onTimeFull != null;
        long due = bill.amount() + (penaltyWrong ? 0 : bill.lateFee());
        if (paid.size() > 1) {
            refund = duplicatePayment(found, paid, bill, due);
        }
        if (penaltyWrong) {
            penaltyWronglyApplied(found, onTimeFull, bill);
        }
        List<PlannedStatement> statements = writeBack == null ? List.of()
                : writeBack.plan(bill, unposted, postedCover, due, penaltyWrong);
        return found.judgement(statements, refund);
    }

    // The findings of a bill, each built in a method of its own: most bills have none, and kept out of judge() their
    // text building does not swell what the optimising compiler makes of it (docs/benchmarks.md).

    private static void unpostedPayment(Found found, GatewayCharge ch, LocalDate day, Bill bill) {
        found.add(Category.UNPOSTED_PAYMENT, ch.txnId, ch.amount, ch.refs, "captured-not-posted",
                "captured " + rupees(ch.amount) + " on " + day + " for bill " + bill.billNo() + "; no payment posted");
    }

    private static void amountMismatch(Found found, GatewayCharge ch, Bill bill) {
        found.add(Category.AMOUNT_MISMATCH, ch.txnId, ch.amount, ch.refs, "amount-vs-bill",
                "captured " + rupees(ch.amount) + "; bill " + rupees(bill.amount())
                        + (bill.lateFee() > 0 ? ", with late fee " + rupees(bill.amount() + bill.lateFee()) : ""));
    }

    private static void postedNotCaptured(Found found, PortalPayment p, GatewayCharge ch, Bill bill) {
        List<Origin> refs = new ArrayList<>();
        refs.add(p.origin());
        if (ch != null) {
            refs.addAll(ch.refs);
        }
        String why = ch == null ? "the gateway never saw " + p.gatewayTxnId()
                : ch.refunded ? "the gateway refunded " + ch.txnId : "the gateway failed " + ch.txnId;
        found.add(Category.POSTED_NOT_CAPTURED, p.paymentId(), p.amount(), refs, "posted-not-captured",
                "posted " + rupees(p.amount()) + " to bill " + bill.billNo() + " but " + why);
    }

    /** The duplicate-payment finding of a bill paid more than once, and the refund it calls for. */
    private static RefundLine duplicatePayment(Found found, List<Paid> paid, Bill bill, long due) {
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
        return new RefundLine(bill.billNo(), bill.consumerKey(), due, total, total - due, list.toString());
    }

    private void penaltyWronglyApplied(Found found, GatewayCharge onTimeFull, Bill bill) {
        List<Origin> refs = new ArrayList<>(1 + onTimeFull.refs.size());
        refs.add(bill.origin());
        refs.addAll(onTimeFull.refs);
        found.add(Category.PENALTY_WRONGLY_APPLIED, bill.billNo(), bill.lateFee(), refs, "paid-by-due-date-ist",
                "late fee " + rupees(bill.lateFee()) + " although " + onTimeFull.txnId + " captured "
                        + rupees(onTimeFull.amount) + " on " + days.of(onTimeFull.time) + " (IST), due "
                        + bill.dueDate());
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
}
