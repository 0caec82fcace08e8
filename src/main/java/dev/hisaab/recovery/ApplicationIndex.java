package dev.hisaab.recovery;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compact in-memory index of every known application number, by number and by mobile, plus the gateway
 * transaction-to-order map. Holds a few small fields per application, never whole input rows.
 */
final class ApplicationIndex {

    private final Map<String, KnownApplication> byNumber = new HashMap<>();
    private final Map<String, List<KnownApplication>> byMobile = new HashMap<>();
    private final Map<String, String> orderOfTxn = new HashMap<>();
    private long snapshotTakenAt = -1;

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
        return mobile == null ? List.of() : byMobile.getOrDefault(mobile, List.of());
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
