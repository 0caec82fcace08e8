package dev.hisaab.payments;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.record.Origin;
import java.util.ArrayList;
import java.util.List;

/**
 * One gateway transaction as all its settlement rows and callbacks (redeliveries included) tell it: captured and
 * kept unless a refund or only failures were seen; amount and time from the settlement report, else the callback.
 * Its rows are kept as {@link Origin}s: most charges are cited by no finding, so their {@code file:line} text is made
 * only when one is ({@link #refTexts()}).
 */
final class GatewayCharge {

    final String txnId;
    boolean captured;
    boolean refunded;
    long amount = -1;
    long time = -1;
    String bankRef;
    private boolean fromGateway;
    final List<Origin> refs = new ArrayList<>(2);

    private GatewayCharge(String txnId) {
        this.txnId = txnId;
    }

    boolean kept() {
        return captured && !refunded && amount >= 0;
    }

    /** The rows this charge rests on, as {@code file:line}. */
    List<String> refTexts() {
        return texts(refs);
    }

    /** {@code file:line} of each origin, in order. */
    static List<String> texts(List<Origin> origins) {
        String[] out = new String[origins.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = origins.get(i).toString();
        }
        return List.of(out);
    }

    /**
     * The charges of one bill, sorted by txn id ({@link String#compareTo}, so output order is stable). Most bills have
     * none or one or two, so the list is kept sorted as it is built rather than held in a tree map.
     */
    static List<GatewayCharge> fold(BillCase c) {
        if (c.gatewayCount == 0 && c.callbackCount == 0) {
            return List.of();
        }
        List<GatewayCharge> charges = new ArrayList<>(2);
        for (int i = 0; i < c.gatewayCount; i++) {
            GatewayTxn g = c.gateway[i];
            GatewayCharge ch = charge(charges, g.txnId());
            ch.status(g.status());
            if (!ch.fromGateway) {
                ch.amount = g.amount();
                ch.time = g.time();
                ch.bankRef = g.bankRef();
                ch.fromGateway = true;
            }
            ch.refs.add(g.origin());
        }
        for (int i = 0; i < c.callbackCount; i++) {
            Callback cb = c.callbacks[i];
            GatewayCharge ch = charge(charges, cb.txnId());
            ch.status(cb.status());
            if (!ch.fromGateway && ch.amount < 0 && cb.amount() >= 0) {
                ch.amount = cb.amount();
                ch.time = cb.time();
            }
            ch.refs.add(cb.origin());
        }
        return charges;
    }

    /** The charge of {@code txnId} in {@code charges} (sorted by txn id), or null. */
    static GatewayCharge find(List<GatewayCharge> charges, String txnId) {
        int i = search(charges, txnId);
        return i >= 0 ? charges.get(i) : null;
    }

    /** The charge of {@code txnId}, added in its place if absent. */
    private static GatewayCharge charge(List<GatewayCharge> charges, String txnId) {
        int i = search(charges, txnId);
        if (i >= 0) {
            return charges.get(i);
        }
        GatewayCharge ch = new GatewayCharge(txnId);
        charges.add(-i - 1, ch);
        return ch;
    }

    /** Binary search by txn id: the index, or {@code -(insertion point) - 1}. */
    private static int search(List<GatewayCharge> charges, String txnId) {
        int low = 0;
        int high = charges.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int cmp = charges.get(mid).txnId.compareTo(txnId);
            if (cmp < 0) {
                low = mid + 1;
            } else if (cmp > 0) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }

    private void status(PaymentStatus s) {
        if (s == PaymentStatus.CAPTURED) {
            captured = true;
        } else if (s == PaymentStatus.REFUNDED) {
            refunded = true;
        }
    }
}
