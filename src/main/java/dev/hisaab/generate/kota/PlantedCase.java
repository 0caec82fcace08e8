package dev.hisaab.generate.kota;

/**
 * The stories planted in one bill of a consumer, with their share of consumers and the minimum count (enough for
 * every variant to appear at least twice). Every other bill follows a natural story.
 */
enum PlantedCase {
    /** P2601 paid online at 23:30 IST on the due date (18:00Z) during the outage: penalty wrong. */
    BOUNDARY_ON_TIME(0.0007, 2),
    /** P2601 paid online (amount + late fee) at 00:30 IST the day after (19:00Z on the due date): penalty right. */
    BOUNDARY_LATE(0.0007, 2),
    /** P2601 paid online in time during the outage, then again at a counter after the late fee appeared. */
    DUPLICATE_OUTAGE_COUNTER(0.006, 2),
    /** P2601 paid online early in the outage, then again at a kiosk before the due date. */
    DUPLICATE_OUTAGE_KIOSK(0.004, 2),
    /** P2512 paid at a counter and online, both posted. */
    DUPLICATE_POSTED_ONLINE_AND_COUNTER(0.002, 2),
    /** Two captured online payments on different days: P2512 (both posted) or P2602 (outage, then posted). */
    DUPLICATE_TWO_ONLINE(0.002, 4),
    /** A double charge the gateway refunded automatically: not a duplicate. */
    REFUNDED_DOUBLE_CHARGE(0.003, 2),
    /** A failed attempt, then a capture minutes later (P2512 or P2601): not a duplicate. */
    FAILED_THEN_CAPTURED(0.01, 4),
    /** A counter or kiosk receipt cancelled and issued again: not a duplicate. */
    CANCELLED_RECEIPT(0.004, 4),
    /** P2512 partly paid online, posted: amount mismatch. */
    PARTIAL_POSTED(0.001, 2),
    /** P2601 partly paid online during the outage: amount mismatch and unposted. */
    PARTIAL_UNPOSTED(0.001, 2),
    /** P2512: the portal posted a payment the gateway failed. */
    POSTED_FAILED_TXN(0.0005, 2),
    /** P2602: the portal posted an online payment whose txn id the gateway never saw. */
    POSTED_UNKNOWN_TXN(0.0005, 2);

    private final double share;
    private final int minimum;

    PlantedCase(double share, int minimum) {
        this.share = share;
        this.minimum = minimum;
    }

    int count(int consumers) {
        return (int) Math.max(minimum, Math.round(share * consumers));
    }
}
