package dev.hisaab.payments;

import dev.hisaab.evidence.PortalPayment;
import java.util.HashMap;
import java.util.Map;

/**
 * The payments the portal posted on one bill, looked up by gateway txn id: searched in order when there are few (as
 * nearly always), through a map when there are many.
 */
final class PostedPayments {

    /** Above this many posted payments on one bill, they are looked up by txn id through a map. */
    static final int SCAN_LIMIT = 8;

    private final BillCase c;
    private final Map<String, PortalPayment> byTxn;

    PostedPayments(BillCase c) {
        this.c = c;
        this.byTxn = c.postedCount > SCAN_LIMIT ? byTxn(c) : null;
    }

    /** The first payment posted with gateway txn {@code txnId}, or null. */
    PortalPayment forTxn(String txnId) {
        if (byTxn != null) {
            return byTxn.get(txnId);
        }
        for (int i = 0; i < c.postedCount; i++) {
            if (txnId.equals(c.posted[i].gatewayTxnId())) {
                return c.posted[i];
            }
        }
        return null;
    }

    private static Map<String, PortalPayment> byTxn(BillCase c) {
        Map<String, PortalPayment> map = new HashMap<>();
        for (int i = 0; i < c.postedCount; i++) {
            PortalPayment p = c.posted[i];
            if (p.gatewayTxnId() != null) {
                map.putIfAbsent(p.gatewayTxnId(), p);
            }
        }
        return map;
    }
}
