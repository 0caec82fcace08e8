package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/**
 * One line of the portal's gateway callback log. {@code orderId} may be null when the log does not carry it;
 * {@code amount} is paise or -1 when absent; {@code time} epoch seconds or -1.
 */
public record Callback(String source, Origin origin, String event, String txnId, String orderId, long amount,
                       PaymentStatus status, long time) implements SpoolRecord {

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(event).text(txnId).text(orderId)
                .number(amount).text(status.name()).number(time);
    }

    public static Callback of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static Callback of(SpoolFields f) {
        return new Callback(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.text(5),
                f.number(6), PaymentStatus.valueOf(f.text(7)), f.number(8));
    }
}
