package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/**
 * A fee receipt. {@code applicationNo} is the normalised number (spaces removed, upper case) or null when the receipt
 * carries none; {@code rawApplicationNo} is what was printed. {@code mobile} is the 10-digit mobile or null.
 * Amounts are paise; {@code time} is epoch seconds.
 */
public record Receipt(String source, Origin origin, String receiptNo, String rawApplicationNo, String applicationNo,
                      String payerName, String mobile, long amount, long time, String mode, String channel,
                      String txnRef) implements SpoolRecord {

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(receiptNo).text(rawApplicationNo)
                .text(applicationNo).text(payerName).text(mobile).number(amount).number(time).text(mode).text(channel)
                .text(txnRef);
    }

    public static Receipt of(String[] f) {
        return of(SpoolFields.of(f));
    }

    /** The receipt from the first {@link #WIDTH} fields (any after them are left for the caller). */
    public static Receipt of(SpoolFields f) {
        return new Receipt(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.text(5), f.text(6),
                f.text(7), f.number(8), f.number(9), f.text(10), f.text(11), f.text(12));
    }

    /** Number of fields {@link #fields()} writes. */
    public static final int WIDTH = 13;
}
