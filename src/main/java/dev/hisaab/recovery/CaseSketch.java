package dev.hisaab.recovery;

import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.record.Origin;
import java.util.Arrays;

/**
 * What the first pass of the match step keeps of one application: where each database holds it (and whether live
 * says its fee is paid), and enough of its payment evidence to count its payments as {@link PaymentAssembler} does —
 * its transaction ids with four bits each, and the receipts that cite none of them. {@link CaseJudge#mayFind} needs no
 * more, and most applications have nothing to find: only the few that may are read again in full
 * ({@link ApplicationCase}), so a partition's rows die young instead of living until its end.
 *
 * <p>Rows must be added as the match step reads them: database rows, gateway rows, callbacks, then receipts.
 */
final class CaseSketch {

    private static final byte CAPTURED = 1;
    private static final byte REFUNDED = 2;
    /** The amount {@link PaymentAssembler} would hold for the transaction is not negative. */
    private static final byte AMOUNT = 4;
    /** That amount came from a callback (a gateway row replaces it). */
    private static final byte FROM_CALLBACK = 8;

    /** Where the first snapshot and live rows of the application are, null while there is none. */
    Origin snapshot;
    Origin live;
    /** Live says the fee is paid ({@code Boolean.TRUE.equals(live.feePaid())}). */
    boolean liveFeePaid;
    /** Receipts that cite no transaction of the application: each is a payment of its own. */
    private int standalone;
    private String[] txns;
    private byte[] bits;
    private int size;

    /** A gateway row of transaction {@code txnId}. */
    void gateway(String txnId, PaymentStatus status, long amount) {
        int i = txn(txnId);
        byte b = (byte) (bits[i] | status(status));
        if ((b & AMOUNT) == 0 || (b & FROM_CALLBACK) != 0) {
            b = (byte) ((amount >= 0 ? b | AMOUNT : b & ~AMOUNT) & ~FROM_CALLBACK);
        }
        bits[i] = b;
    }

    /** A callback of transaction {@code txnId} ({@code amount} -1 when it carries none). */
    void callback(String txnId, PaymentStatus status, long amount) {
        int i = txn(txnId);
        byte b = (byte) (bits[i] | status(status));
        if ((b & AMOUNT) == 0 && amount >= 0) {
            b = (byte) (b | AMOUNT | FROM_CALLBACK);
        }
        bits[i] = b;
    }

    /** A receipt citing transaction {@code txnRef} (null for none); after every gateway row and callback. */
    void receipt(String txnRef) {
        if (txnRef == null || indexOf(txnRef) < 0) {
            standalone++;
        }
    }

    /** The number of payments {@link PaymentAssembler#payments} finds in the application. */
    int payments() {
        int n = standalone;
        for (int i = 0; i < size; i++) {
            if ((bits[i] & (CAPTURED | REFUNDED | AMOUNT)) == (CAPTURED | AMOUNT)) {
                n++;
            }
        }
        return n;
    }

    private static int status(PaymentStatus s) {
        return s == PaymentStatus.CAPTURED ? CAPTURED : s == PaymentStatus.REFUNDED ? REFUNDED : 0;
    }

    private int indexOf(String txnId) {
        for (int i = 0; i < size; i++) {
            if (txns[i].equals(txnId)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of {@code txnId}, added if new. */
    private int txn(String txnId) {
        int i = indexOf(txnId);
        if (i >= 0) {
            return i;
        }
        if (txns == null) {
            txns = new String[1];
            bits = new byte[1];
        } else if (size == txns.length) {
            txns = Arrays.copyOf(txns, size * 2);
            bits = Arrays.copyOf(bits, size * 2);
        }
        txns[size] = txnId;
        return size++;
    }
}
