package dev.hisaab.payments;

import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PortalPayment;
import java.util.Arrays;

/**
 * Everything one partition holds about one bill number: the bill, its posted payments and all payment evidence, each
 * kind in the order it was added. The rows sit in plain arrays with a count, not lists: a partition holds hundreds of
 * thousands of cases, most with no row or one of a kind, and a list object per kind per case was both garbage and a
 * cache miss on every row added. The cases of a partition are found by number in an {@link dev.hisaab.index.KeyTable}.
 */
final class BillCase {

    private static final PortalPayment[] NO_POSTED = {};
    private static final GatewayTxn[] NO_GATEWAY = {};
    private static final Callback[] NO_CALLBACKS = {};
    private static final ResolvedBillReceipt[] NO_RECEIPTS = {};

    final String billNo;
    Bill bill;
    PortalPayment[] posted = NO_POSTED;
    int postedCount;
    GatewayTxn[] gateway = NO_GATEWAY;
    int gatewayCount;
    Callback[] callbacks = NO_CALLBACKS;
    int callbackCount;
    ResolvedBillReceipt[] receipts = NO_RECEIPTS;
    int receiptCount;

    BillCase(String billNo) {
        this.billNo = billNo;
    }

    /** A case of a bill alone, with no payment evidence. */
    static BillCase of(Bill bill) {
        BillCase c = new BillCase(bill.billNo());
        c.bill = bill;
        return c;
    }

    /** Whether the case holds no payment evidence (a bill alone, judged to have nothing to say). */
    boolean hasNoRows() {
        return (postedCount | gatewayCount | callbackCount | receiptCount) == 0;
    }

    void add(PortalPayment p) {
        if (postedCount == posted.length) {
            posted = Arrays.copyOf(posted, grown(postedCount));
        }
        posted[postedCount++] = p;
    }

    void add(GatewayTxn g) {
        if (gatewayCount == gateway.length) {
            gateway = Arrays.copyOf(gateway, grown(gatewayCount));
        }
        gateway[gatewayCount++] = g;
    }

    void add(Callback cb) {
        if (callbackCount == callbacks.length) {
            callbacks = Arrays.copyOf(callbacks, grown(callbackCount));
        }
        callbacks[callbackCount++] = cb;
    }

    void add(ResolvedBillReceipt r) {
        if (receiptCount == receipts.length) {
            receipts = Arrays.copyOf(receipts, grown(receiptCount));
        }
        receipts[receiptCount++] = r;
    }

    /** Room for two at first (a txn and its redelivery, a payment and its receipt), then half as much again. */
    private static int grown(int n) {
        return n < 2 ? 2 : n + (n >> 1);
    }
}
