package dev.hisaab.generate;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Schedules the evidence of one payment (gateway row, callbacks, receipts) on the timeline. All randomness is drawn
 * now, from the application's own stream; only receipt numbers are assigned when the lines are finally written.
 */
final class PaymentActions {

    /** Told the receipt number once the receipt is written (to key a finding by it). */
    interface ReceiptNumberListener {
        void written(String receiptNo);
    }

    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";

    private final Timeline timeline;
    private final EvidenceFiles files;
    private final ExpectedAnswers expected;

    PaymentActions(Timeline timeline, EvidenceFiles files, ExpectedAnswers expected) {
        this.timeline = timeline;
        this.files = files;
        this.expected = expected;
    }

    static OffsetDateTime soon(OffsetDateTime from, SplittableRandom random, int minMinutes, int maxMinutes) {
        return from.plusSeconds(minMinutes * 60L + random.nextLong((maxMinutes - minMinutes) * 60L));
    }

    /** A captured online payment at {@code at}; returns its txn id. */
    String online(Application app, OffsetDateTime at, boolean portalReceipt, SplittableRandom random) {
        String txn = txnId(random);
        String status = variant(random, "captured", "CAPTURED", "Captured");
        boolean upi = random.nextInt(100) < 60;
        String bankRef = String.format("%012d", random.nextLong(1_000_000_000_000L));
        timeline.at(at, () -> files.gatewayRow(txn, app.number(), status, at, bankRef, upi ? 0 : 200, upi ? 0 : 36));
        callback(at.plusSeconds(1 + random.nextInt(8)), "payment.captured", txn, app.number(), "captured", random);
        if (portalReceipt) {
            OffsetDateTime paidAt = at.plusSeconds(2 + random.nextInt(19));
            timeline.at(paidAt, () -> files.portalReceipt(paidAt, app.number(), app.name(), app.mobile(), txn));
        }
        return txn;
    }

    /** A failed attempt: its own gateway row and a payment.failed callback; not a payment. */
    void failed(Application app, OffsetDateTime at, SplittableRandom random) {
        String txn = txnId(random);
        String status = variant(random, "failed", "FAILED", "Failed");
        timeline.at(at, () -> files.gatewayRow(txn, app.number(), status, at, "", 0, 0));
        callback(at.plusSeconds(1 + random.nextInt(8)), "payment.failed", txn, app.number(), "failed", random);
    }

    /** A capture at {@code at} refunded at {@code refundAt}: the settlement row shows status refunded. */
    void refunded(Application app, OffsetDateTime at, OffsetDateTime refundAt, SplittableRandom random) {
        String txn = txnId(random);
        String bankRef = String.format("%012d", random.nextLong(1_000_000_000_000L));
        timeline.at(at, () -> files.gatewayRow(txn, app.number(), "refunded", at, bankRef, 200, 36));
        callback(at.plusSeconds(1 + random.nextInt(8)), "payment.captured", txn, app.number(), "captured", random);
        callback(refundAt, "refund.processed", txn, app.number(), "refunded", random);
    }

    private void callback(OffsetDateTime receivedAt, String event, String txn, String order, String status,
                          SplittableRandom random) {
        String line = EvidenceFiles.callbackLine(receivedAt, event, txn, order, status);
        timeline.at(receivedAt, () -> files.callback(line, event, false));
        if (random.nextInt(100) < 2) {
            // the webhook was delivered again later: the identical line, one payment
            timeline.at(receivedAt.plusMinutes(10 + random.nextInt(80)), () -> files.callback(line, event, true));
            expected.planted("not_duplicate.callback_redelivered");
        }
    }

    /** A counter or kiosk receipt with the given (possibly damaged) number and mobile text. */
    void desk(boolean counter, OffsetDateTime at, String applicationNo, String payer, String mobile,
              SplittableRandom random, ReceiptNumberListener listener) {
        if (counter) {
            timeline.at(at, () -> notify(listener, files.counterReceipt(at, applicationNo, payer, mobile)));
        } else {
            String mode = random.nextInt(100) < 45 ? "CASH" : "UPI";
            String reference = String.format("K%04d-%08d", 1 + random.nextInt(240), random.nextInt(100_000_000));
            timeline.at(at, () -> notify(listener, files.kioskReceipt(at, applicationNo, payer, mobile, mode,
                    reference)));
        }
    }

    /** Counter clerks type names in capitals, sometimes leaving a trailing space. */
    static String counterName(String name, SplittableRandom random) {
        return name.toUpperCase(Locale.ROOT) + (random.nextInt(10) == 0 ? " " : "");
    }

    private static void notify(ReceiptNumberListener listener, String receiptNo) {
        if (listener != null) {
            listener.written(receiptNo);
        }
    }

    private static String variant(SplittableRandom random, String lower, String upper, String title) {
        int roll = random.nextInt(100);
        return roll < 70 ? lower : roll < 90 ? upper : title;
    }

    private static String txnId(SplittableRandom random) {
        StringBuilder id = new StringBuilder("pay_");
        for (int i = 0; i < 14; i++) {
            id.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return id.toString();
    }
}
