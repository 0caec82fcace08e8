package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/** A payment-gateway settlement row: amounts in paise, {@code time} epoch seconds, order id normalised. */
public record GatewayTxn(String source, Origin origin, String txnId, String orderId, long amount, PaymentStatus status,
                         long time, String bankRef) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), txnId, orderId,
            Long.toString(amount), status.name(), Long.toString(time), bankRef};
    }

    public static GatewayTxn of(String[] f) {
        return new GatewayTxn(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], Long.parseLong(f[5]),
                PaymentStatus.valueOf(f[6]), Long.parseLong(f[7]), f[8]);
    }
}
