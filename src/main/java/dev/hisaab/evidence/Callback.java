package dev.hisaab.evidence;

import dev.hisaab.record.Origin;

/**
 * One line of the portal's gateway callback log. {@code orderId} may be null when the log does not carry it;
 * {@code amount} is paise or -1 when absent; {@code time} epoch seconds or -1.
 */
public record Callback(String source, Origin origin, String event, String txnId, String orderId, long amount,
                       PaymentStatus status, long time) {

    public String[] fields() {
        return new String[] {source, origin.file(), Long.toString(origin.line()), event, txnId, orderId,
            Long.toString(amount), status.name(), Long.toString(time)};
    }

    public static Callback of(String[] f) {
        return new Callback(f[0], new Origin(f[1], Long.parseLong(f[2])), f[3], f[4], f[5], Long.parseLong(f[6]),
                PaymentStatus.valueOf(f[7]), Long.parseLong(f[8]));
    }
}
