package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;

/** A payment-gateway settlement row: amounts in paise, {@code time} epoch seconds, order id normalised. */
public record GatewayTxn(String source, Origin origin, String txnId, String orderId, long amount, PaymentStatus status,
                         long time, String bankRef) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), txnId, orderId,
            Long.toString(amount), status.name(), Long.toString(time), bankRef};
    }

    public static GatewayTxn of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static GatewayTxn of(SpoolFields f) {
        return new GatewayTxn(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                PaymentStatus.valueOf(f.text(6)), f.number(7), f.text(8));
    }
}
