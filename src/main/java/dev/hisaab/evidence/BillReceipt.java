package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/**
 * A counter or kiosk receipt for a bill payment. {@code amount} is the part paid towards the bill (paise); a kiosk's
 * own service charge is kept apart and is never a bill payment. {@code billNo} may be null (the consumer's open bill
 * is then found by date); {@code cancelled} receipts are not payments.
 */
public record BillReceipt(String source, Origin origin, String receiptNo, long time, String consumerId,
                          String consumerKey, String billNo, long amount, long serviceCharge, boolean cancelled) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), receiptNo, Long.toString(time),
            consumerId, consumerKey, billNo, Long.toString(amount), Long.toString(serviceCharge),
            Boolean.toString(cancelled)};
    }

    public static BillReceipt of(String[] f) {
        return new BillReceipt(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], Long.parseLong(f[4]), f[5], f[6],
                f[7], Long.parseLong(f[8]), Long.parseLong(f[9]), Boolean.parseBoolean(f[10]));
    }

    /** Number of fields {@link #fields()} writes. */
    public static final int WIDTH = 11;
}
