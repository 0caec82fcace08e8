package dev.hisaab.generate.kota;

/**
 * One payment a consumer sets out to make for a bill: channel, time (epoch seconds), amount in paise (-1 until
 * resolved: the bill amount, plus the late fee when paid late on a bill that has one) and what happens around it.
 */
final class Intent {

    enum Channel { ONLINE, COUNTER, KIOSK }

    /** A failed gateway attempt minutes before the capture. */
    static final int FAILED_BEFORE = 1;
    /** The gateway charged twice within seconds and refunded the second charge. */
    static final int REFUNDED_TWIN = 2;
    /** A receipt for the same payment was issued and cancelled minutes before. */
    static final int CANCELLED_BEFORE = 4;
    /** The gateway failed the txn, but the portal posted it. */
    static final int POSTED_FAILED = 8;
    /** The portal posted an online payment under a txn id the gateway never saw. */
    static final int POSTED_UNKNOWN = 16;

    final Channel channel;
    final long at;
    final int flags;
    /** Distinguishes the txn ids of the intents of one bill (0 or 1). */
    final int slot;
    long paise;
    boolean posted;

    Intent(Channel channel, long at, long paise, int flags, int slot) {
        this.channel = channel;
        this.at = at;
        this.paise = paise;
        this.flags = flags;
        this.slot = slot;
    }

    boolean has(int flag) {
        return (flags & flag) != 0;
    }

    /** A payment the gateway captured and kept (not a failed attempt posted by mistake, not an unknown txn). */
    boolean captured() {
        return channel == Channel.ONLINE && !has(POSTED_FAILED) && !has(POSTED_UNKNOWN);
    }

    /** Money the consumer really paid towards the bill. */
    boolean real() {
        return captured() || channel != Channel.ONLINE;
    }
}
