package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;
import dev.hisaab.value.Keys;

/**
 * A counter or kiosk receipt for a bill payment. {@code amount} is the part paid towards the bill (paise); a kiosk's
 * own service charge is kept apart and is never a bill payment. {@code billNo} may be null (the consumer's open bill
 * is then found by date); {@code cancelled} receipts are not payments.
 */
public record BillReceipt(String source, Origin origin, String receiptNo, long time, String consumerId,
                          String billNo, long amount, long serviceCharge, boolean cancelled)
        implements SpoolRecord {

    /**
     * The consumer id as a key ({@link Keys#loose}), made when asked: only a receipt without a bill number needs it
     * (to find the consumer's open bill), about a quarter of them, so neither the stage nor the work files carry it.
     */
    public String consumerKey() {
        return Keys.loose(consumerId);
    }

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(receiptNo).number(time).text(consumerId)
                .text(billNo).number(amount).number(serviceCharge).text(Boolean.toString(cancelled));
    }

    public static BillReceipt of(String[] f) {
        return of(SpoolFields.of(f));
    }

    /** The receipt from the first {@link #WIDTH} fields (any after them are left for the caller). */
    public static BillReceipt of(SpoolFields f) {
        return new BillReceipt(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.number(4), f.text(5),
                f.text(6), f.number(7), f.number(8), Boolean.parseBoolean(f.text(9)));
    }

    /** Number of fields {@link #fields()} writes. */
    public static final int WIDTH = 10;
}
