package dev.hisaab.payments;

/**
 * What an accounts officer needs to refund or adjust a bill paid more than once: amounts in paise and each payment
 * as {@code channel:reference:amount}. Consumer name and mobile are added when the report is written.
 */
public record RefundLine(String billNo, String consumerKey, long billAmount, long paidTotal, long excess,
                         String payments) {

    public String[] fields() {
        return new String[] {billNo, consumerKey, Long.toString(billAmount), Long.toString(paidTotal),
            Long.toString(excess), payments};
    }

    public static RefundLine of(String[] f) {
        return new RefundLine(f[0], f[1], Long.parseLong(f[2]), Long.parseLong(f[3]), Long.parseLong(f[4]), f[5]);
    }
}
