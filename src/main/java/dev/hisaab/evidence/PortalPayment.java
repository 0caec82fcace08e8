package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/** A payment the portal has posted to a bill: amount in paise, time in epoch seconds, and its gateway or receipt reference. */
public record PortalPayment(String source, Origin origin, String paymentId, String billNo, long amount, long paidAt,
                            String channel, String gatewayTxnId, String receiptNo) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), paymentId, billNo,
            Long.toString(amount), Long.toString(paidAt), channel, gatewayTxnId, receiptNo};
    }

    public static PortalPayment of(String[] f) {
        return new PortalPayment(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], Long.parseLong(f[5]),
                Long.parseLong(f[6]), f[7], f[8], f[9]);
    }
}
