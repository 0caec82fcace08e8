package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;

/** A payment the portal has posted to a bill: amount in paise, time in epoch seconds, and its gateway or receipt reference. */
public record PortalPayment(String source, Origin origin, String paymentId, String billNo, long amount, long paidAt,
                            String channel, String gatewayTxnId, String receiptNo) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), paymentId, billNo,
            Long.toString(amount), Long.toString(paidAt), channel, gatewayTxnId, receiptNo};
    }

    public static PortalPayment of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static PortalPayment of(SpoolFields f) {
        return new PortalPayment(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                f.number(6), f.text(7), f.text(8), f.text(9));
    }
}
