package dev.hisaab.payments;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.record.Origin;
import dev.hisaab.value.Keys;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One distinct payment of a bill: a kept gateway charge (with the payment posted for it, if any), an offline payment
 * the portal posted (with the receipts it was posted from), or a receipt the portal never posted. Its label and refs
 * are made only when the bill has more than one.
 */
final class Paid {

    /** By time, then label: the order of a duplicate finding's list and of the refund line. */
    static final Comparator<Paid> ORDER = (a, b) -> {
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

    private Paid(GatewayCharge charge, PortalPayment postedFor) {
        this.amount = charge.amount;
        this.time = charge.time;
        this.charge = charge;
        this.posted = postedFor;
        this.receipt = null;
    }

    private Paid(PortalPayment offline) {
        this.amount = offline.amount();
        this.time = offline.paidAt();
        this.charge = null;
        this.posted = offline;
        this.receipt = null;
    }

    private Paid(BillReceipt unposted) {
        this.amount = unposted.amount();
        this.time = unposted.time();
        this.charge = null;
        this.posted = null;
        this.receipt = unposted;
    }

    /**
     * The distinct payments of a bill, in the order found (to be sorted by {@link #ORDER} when there are several): each
     * kept charge, each offline payment posted, and each receipt not cancelled that the portal did not post; a receipt
     * the portal posted is that payment (the last one posted from it), not another.
     */
    static List<Paid> of(BillCase c, List<GatewayCharge> charges, PostedPayments posted) {
        List<Paid> paid = new ArrayList<>(2);
        for (GatewayCharge ch : charges) {
            if (ch.kept()) {
                paid.add(new Paid(ch, posted.forTxn(ch.txnId)));
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
        Map<String, Paid> byReceipt = withReceipt > PostedPayments.SCAN_LIMIT ? byReceipt(paid) : null;
        for (int i = 0; i < c.receiptCount; i++) {
            BillReceipt r = c.receipts[i].receipt();
            if (r.cancelled()) {
                continue;
            }
            Paid postedAs = withReceipt == 0 ? null : postedFrom(paid, byReceipt, Keys.normalize(r.receiptNo()));
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

    private void addReceipt(Origin origin) {
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

    /** Adds the rows this payment rests on to {@code refs}. */
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
