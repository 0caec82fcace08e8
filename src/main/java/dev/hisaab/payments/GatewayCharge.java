package dev.hisaab.payments;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One gateway transaction as all its settlement rows and callbacks (redeliveries included) tell it: captured and
 * kept unless a refund or only failures were seen; amount and time from the settlement report, else the callback.
 */
final class GatewayCharge {

    final String txnId;
    boolean captured;
    boolean refunded;
    long amount = -1;
    long time = -1;
    String bankRef;
    private boolean fromGateway;
    final List<String> refs = new ArrayList<>(2);

    private GatewayCharge(String txnId) {
        this.txnId = txnId;
    }

    boolean kept() {
        return captured && !refunded && amount >= 0;
    }

    /** The charges of one bill, by txn id (sorted, so output order is stable). */
    static Map<String, GatewayCharge> fold(List<GatewayTxn> rows, List<Callback> callbacks) {
        Map<String, GatewayCharge> charges = new TreeMap<>();
        for (GatewayTxn g : rows) {
            GatewayCharge c = charges.computeIfAbsent(g.txnId(), GatewayCharge::new);
            c.status(g.status());
            if (!c.fromGateway) {
                c.amount = g.amount();
                c.time = g.time();
                c.bankRef = g.bankRef();
                c.fromGateway = true;
            }
            c.refs.add(g.origin().toString());
        }
        for (Callback cb : callbacks) {
            GatewayCharge c = charges.computeIfAbsent(cb.txnId(), GatewayCharge::new);
            c.status(cb.status());
            if (!c.fromGateway && c.amount < 0 && cb.amount() >= 0) {
                c.amount = cb.amount();
                c.time = cb.time();
            }
            c.refs.add(cb.origin().toString());
        }
        return charges;
    }

    private void status(PaymentStatus s) {
        if (s == PaymentStatus.CAPTURED) {
            captured = true;
        } else if (s == PaymentStatus.REFUNDED) {
            refunded = true;
        }
    }
}
