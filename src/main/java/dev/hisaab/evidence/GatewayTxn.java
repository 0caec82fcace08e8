package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/** A payment-gateway settlement row: amounts in paise, {@code time} epoch seconds, order id normalised. */
public record GatewayTxn(String source, Origin origin, String txnId, String orderId, long amount, PaymentStatus status,
                         long time, String bankRef) implements SpoolRecord {

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(txnId).text(orderId).number(amount)
                .text(status.name()).number(time).text(bankRef);
    }

    public static GatewayTxn of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static GatewayTxn of(SpoolFields f) {
        return new GatewayTxn(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                PaymentStatus.valueOf(f.text(6)), f.number(7), f.text(8));
    }
}
