package dev.hisaab.recovery;

import dev.hisaab.index.KeyTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Compact in-memory index of every known application number, by number and by mobile, plus the gateway
 * transaction-to-order map. Holds a few small fields per application, never whole input rows.
 */
final class ApplicationIndex {

    private final KeyTable<KnownApplication> byNumber;
    private final KeyTable<List<KnownApplication>> byMobile;
    private final KeyTable<String> orderOfTxn;
    private long snapshotTakenAt = -1;

    ApplicationIndex() {
        this(16, 16);
    }

    /** An index sized for about {@code applications} numbers and {@code txns} transactions, so it need not grow. */
    ApplicationIndex(int applications, int txns) {
        byNumber = new KeyTable<>(applications);
        byMobile = new KeyTable<>(applications);
        orderOfTxn = new KeyTable<>(txns);
    }

    KnownApplication get(String number) {
        return number == null ? null : byNumber.get(number);
    }

    KnownApplication add(String number) {
        return byNumber.computeIfAbsent(number, KnownApplication::new);
    }

    /** Sets the mobile if the application has none yet, keeping the mobile index in step. */
    void mobile(KnownApplication app, String mobile) {
        if (app.mobile == null && mobile != null) {
            app.mobile = mobile;
            byMobile.computeIfAbsent(mobile, m -> new ArrayList<>(1)).add(app);
        }
    }

    List<KnownApplication> withMobile(String mobile) {
        List<KnownApplication> apps = mobile == null ? null : byMobile.get(mobile);
        return apps == null ? List.of() : apps;
    }

    void txn(String txnId, String orderId) {
        orderOfTxn.putIfAbsent(txnId, orderId);
    }

    String orderOf(String txnId) {
        return txnId == null ? null : orderOfTxn.get(txnId);
    }

    /** Records a snapshot row's submission time; the latest one approximates when the snapshot was taken. */
    void snapshotRow(long submitted) {
        snapshotTakenAt = Math.max(snapshotTakenAt, submitted);
    }

    /** Epoch seconds of the latest snapshot submission, or -1 without a snapshot. */
    long snapshotTakenAt() {
        return snapshotTakenAt;
    }

    int size() {
        return byNumber.size();
    }
}
