package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.PostingSpec;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.payments.ControlTotals.Column;
import dev.hisaab.value.Amounts;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The per-bill rules of payment reconciliation. A gateway transaction is one payment however many rows and
 * callbacks tell it, and counts only if captured and not refunded; a portal payment and the receipt it was posted
 * from are one payment; a cancelled receipt is none. Dates are compared in the job's time zone (IST): a capture at
 * 23:30 IST on the due date is on time whatever UTC says.
 */
final class BillJudge {

    private final ZoneId zone;
    private final PostingSpec posting;
    private final PaymentInsert inserts;
    private final SourceSpec bills;

    BillJudge(JobDefinition job) {
        this.zone = ZoneId.of(job.timeZone());
        this.posting = job.posting();
        this.inserts = posting == null ? null : new PaymentInsert(posting.payments(), zone);
        this.bills = job.sources(SourceRole.BILLS).get(0);
    }

    private record Paid(String label, long amount, long time, List<String> refs) {
    }

    private static final Comparator<Paid> PAID_ORDER = Comparator.comparingLong(Paid::time).thenComparing(Paid::label);

    Judgement judge(BillCase c, ControlTotals totals) {
        Map<String, GatewayCharge> charges = GatewayCharge.fold(c.gateway, c.callbacks);
        List<Finding> findings = new ArrayList<>();
        List<PlannedStatement> statements = new ArrayList<>();
        if (c.bill == null) {
            unknownBill(c, charges, totals, findings);
            return new Judgement(findings, statements, null);
        }
        Bill bill = c.bill;
        Map<String, PortalPayment> postedByTxn = c.posted.isEmpty() ? Collections.emptyMap() : new HashMap<>();
        for (PortalPayment p : c.posted) {
            if (p.gatewayTxnId() != null) {
                postedByTxn.putIfAbsent(p.gatewayTxnId(), p);
            }
        }
        List<GatewayCharge> unposted = new ArrayList<>();
        GatewayCharge onTimeFull = null;
        for (GatewayCharge ch : charges.values()) {
            LocalDate day = day(ch.time);
            if (ch.kept()) {
                totals.add(day, Column.CAPTURED, ch.amount);
                boolean isPosted = postedByTxn.containsKey(ch.txnId);
                totals.add(day, isPosted ? Column.POSTED : Column.UNPOSTED, ch.amount);
                if (!isPosted) {
                    unposted.add(ch);
                    findings.add(new Finding(Category.UNPOSTED_PAYMENT, ch.txnId, ch.amount, ch.refs, "captured-not-posted",
                            "captured " + rupees(ch.amount) + " on " + day + " for bill " + bill.billNo() + "; no payment posted"));
                }
                if (ch.amount != bill.amount() && ch.amount != bill.amount() + bill.lateFee()) {
                    findings.add(new Finding(Category.AMOUNT_MISMATCH, ch.txnId, ch.amount, ch.refs, "amount-vs-bill",
                            "captured " + rupees(ch.amount) + "; bill " + rupees(bill.amount())
                                    + (bill.lateFee() > 0 ? ", with late fee " + rupees(bill.amount() + bill.lateFee()) : "")));
                }
                if (ch.amount >= bill.amount() && !day.isAfter(bill.dueDate()) && onTimeFull == null) {
                    onTimeFull = ch;
                }
            } else if (ch.refunded && ch.amount >= 0) {
                totals.add(day, Column.REFUNDED, ch.amount);
            }
        }
        long postedCover = 0;
        for (PortalPayment p : c.posted) {
            boolean online = p.gatewayTxnId() != null || "ONLINE".equalsIgnoreCase(p.channel());
            GatewayCharge ch = p.gatewayTxnId() == null ? null : charges.get(p.gatewayTxnId());
            if (online && (ch == null || !ch.kept())) {
                List<String> refs = new ArrayList<>();
                refs.add(p.origin().toString());
                if (ch != null) {
                    refs.addAll(ch.refs);
                }
                String why = ch == null ? "the gateway never saw " + p.gatewayTxnId()
                        : ch.refunded ? "the gateway refunded " + ch.txnId : "the gateway failed " + ch.txnId;
                findings.add(new Finding(Category.POSTED_NOT_CAPTURED, p.paymentId(), p.amount(), refs, "posted-not-captured",
                        "posted " + rupees(p.amount()) + " to bill " + bill.billNo() + " but " + why));
            } else {
                postedCover += p.amount();
            }
        }
        List<Paid> paid = payments(c, charges, postedByTxn);
        RefundLine refund = null;
        boolean penaltyWrong = bill.lateFee() > 0 && onTimeFull != null;
        long due = bill.amount() + (penaltyWrong ? 0 : bill.lateFee());
        if (paid.size() > 1) {
            long total = paid.stream().mapToLong(Paid::amount).sum();
            String list = paid.stream().map(p -> p.label() + ":" + rupees(p.amount())).collect(Collectors.joining(";"));
            findings.add(new Finding(Category.DUPLICATE_PAYMENT, bill.billNo(), total,
                    paid.stream().flatMap(p -> p.refs().stream()).toList(), "payments>1",
                    paid.size() + " payments for a bill of " + rupees(due) + ": " + list));
            refund = new RefundLine(bill.billNo(), bill.consumerKey(), due, total, total - due, list);
        }
        if (penaltyWrong) {
            List<String> refs = new ArrayList<>();
            refs.add(bill.origin().toString());
            refs.addAll(onTimeFull.refs);
            findings.add(new Finding(Category.PENALTY_WRONGLY_APPLIED, bill.billNo(), bill.lateFee(), refs, "paid-by-due-date-ist",
                    "late fee " + rupees(bill.lateFee()) + " although " + onTimeFull.txnId + " captured "
                            + rupees(onTimeFull.amount) + " on " + day(onTimeFull.time) + " (IST), due " + bill.dueDate()));
        }
        if (posting != null) {
            plan(c, bill, unposted, postedCover, due, penaltyWrong, statements);
        }
        return new Judgement(findings, statements, refund);
    }

    private void plan(BillCase c, Bill bill, List<GatewayCharge> unposted, long postedCover, long due, boolean penaltyWrong,
                      List<PlannedStatement> statements) {
        int seq = 0;
        long cover = postedCover;
        for (GatewayCharge ch : unposted) {
            statements.add(inserts.plan(bill.billNo(), seq++, ch));
            cover += ch.amount;
        }
        LinkedHashMap<String, String> set = new LinkedHashMap<>();
        boolean unpaid = !bill.status().equalsIgnoreCase(posting.paidStatus());
        if (unpaid && cover >= due && !unposted.isEmpty()) {
            set.put(bills.column("status"), posting.paidStatus());
        }
        if (penaltyWrong) {
            set.put(bills.column("late-fee"), "0.00");
        }
        if (set.isEmpty()) {
            return;
        }
        LinkedHashMap<String, String> expect = new LinkedHashMap<>();
        expect.put(bills.column("status"), bill.values().get("status"));
        expect.put(bills.column("late-fee"), bill.values().get("late-fee"));
        for (String g : posting.guardFields()) {
            expect.put(bills.column(g), bill.values().get(g));
        }
        LinkedHashMap<String, String> key = new LinkedHashMap<>();
        key.put(bills.column("bill-no"), bill.values().get("bill-no"));
        List<String> refs = new ArrayList<>();
        refs.add(bill.origin().toString());
        unposted.forEach(ch -> refs.addAll(ch.refs));
        Category why = penaltyWrong ? Category.PENALTY_WRONGLY_APPLIED : Category.UNPOSTED_PAYMENT;
        String rule = (set.containsKey(bills.column("status")) ? "mark-paid" : "")
                + (penaltyWrong ? (set.size() > 1 ? "+" : "") + "reverse-late-fee" : "");
        statements.add(new PlannedStatement(bill.billNo(), seq, false, posting.billsTable(), key, set, expect, why,
                bill.billNo(), rule, refs));
    }

    /** Distinct payments of the bill, ordered by time. */
    private List<Paid> payments(BillCase c, Map<String, GatewayCharge> charges, Map<String, PortalPayment> postedByTxn) {
        List<Paid> paid = new ArrayList<>(2);
        Map<String, List<String>> byReceipt = c.posted.isEmpty() ? Collections.emptyMap() : new HashMap<>();
        for (GatewayCharge ch : charges.values()) {
            if (ch.kept()) {
                List<String> refs = new ArrayList<>(ch.refs);
                PortalPayment p = postedByTxn.get(ch.txnId);
                if (p != null) {
                    refs.add(p.origin().toString());
                }
                paid.add(new Paid("ONLINE:" + ch.txnId, ch.amount, ch.time, refs));
            }
        }
        for (PortalPayment p : c.posted) {
            if (p.gatewayTxnId() == null && !"ONLINE".equalsIgnoreCase(p.channel())) {
                List<String> refs = new ArrayList<>();
                refs.add(p.origin().toString());
                String ref = p.receiptNo() != null ? p.receiptNo() : "payment " + p.paymentId();
                paid.add(new Paid((p.channel() == null ? "POSTED" : p.channel()) + ":" + ref, p.amount(), p.paidAt(), refs));
                if (p.receiptNo() != null) {
                    byReceipt.put(p.receiptNo(), refs);
                }
            }
        }
        for (ResolvedBillReceipt rr : c.receipts) {
            var r = rr.receipt();
            if (r.cancelled()) {
                continue;
            }
            List<String> postedRefs = byReceipt.get(dev.hisaab.value.Keys.normalize(r.receiptNo()));
            if (postedRefs != null) {
                postedRefs.add(r.origin().toString());
            } else {
                paid.add(new Paid(r.source() + ":" + r.receiptNo(), r.amount(), r.time(), List.of(r.origin().toString())));
            }
        }
        if (paid.size() > 1) {
            paid.sort(PAID_ORDER);
        }
        return paid;
    }

    private void unknownBill(BillCase c, Map<String, GatewayCharge> charges, ControlTotals totals, List<Finding> findings) {
        for (GatewayCharge ch : charges.values()) {
            LocalDate day = day(ch.time);
            if (ch.kept()) {
                totals.add(day, Column.CAPTURED, ch.amount);
                totals.add(day, Column.UNMATCHED, ch.amount);
                findings.add(new Finding(Category.UNMATCHED_GATEWAY_TXN, ch.txnId, ch.amount, ch.refs, "order-not-a-bill",
                        "captured " + rupees(ch.amount) + " for order " + c.billNo + ", which is no bill"));
            } else if (ch.refunded && ch.amount >= 0) {
                totals.add(day, Column.REFUNDED, ch.amount);
            }
        }
        for (ResolvedBillReceipt rr : c.receipts) {
            findings.add(new Finding(Category.UNMATCHED_RECEIPT, rr.receipt().receiptNo(), rr.receipt().amount(),
                    List.of(rr.receipt().origin().toString()), rr.rule(), "bill " + c.billNo + " does not exist"));
        }
        for (PortalPayment p : c.posted) {
            GatewayCharge ch = p.gatewayTxnId() == null ? null : charges.get(p.gatewayTxnId());
            if (p.gatewayTxnId() != null && (ch == null || !ch.kept())) {
                findings.add(new Finding(Category.POSTED_NOT_CAPTURED, p.paymentId(), p.amount(), List.of(p.origin().toString()),
                        "posted-not-captured", "posted to unknown bill " + c.billNo));
            }
        }
    }

    private LocalDate day(long epochSecond) {
        return LocalDate.ofInstant(Instant.ofEpochSecond(Math.max(epochSecond, 0)), zone);
    }

    static String rupees(long paise) {
        return Amounts.formatRupees(paise);
    }
}
