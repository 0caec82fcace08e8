package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/**
 * A fee receipt. {@code applicationNo} is the normalised number (spaces removed, upper case) or null when the receipt
 * carries none; {@code rawApplicationNo} is what was printed. {@code mobile} is the 10-digit mobile or null.
 * Amounts are paise; {@code time} is epoch seconds.
 */
public record Receipt(String source, Origin origin, String receiptNo, String rawApplicationNo, String applicationNo,
                      String payerName, String mobile, long amount, long time, String mode, String channel,
                      String txnRef) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), receiptNo, rawApplicationNo,
            applicationNo, payerName, mobile, Long.toString(amount), Long.toString(time), mode, channel, txnRef};
    }

    public static Receipt of(String[] f) {
        return new Receipt(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], f[5], f[6], f[7],
                Long.parseLong(f[8]), Long.parseLong(f[9]), f[10], f[11], f[12]);
    }

    /** Number of fields {@link #fields()} writes. */
    public static final int WIDTH = 13;
}
