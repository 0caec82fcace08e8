package dev.hisaab.evidence;

import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/** A payment the portal has posted to a bill: amount in paise, time in epoch seconds, and its gateway or receipt reference. */
public record PortalPayment(String source, Origin origin, String paymentId, String billNo, long amount, long paidAt,
                            String channel, String gatewayTxnId, String receiptNo) implements SpoolRecord {

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(paymentId).text(billNo).number(amount)
                .number(paidAt).text(channel).text(gatewayTxnId).text(receiptNo);
    }

    public static PortalPayment of(String[] f) {
        return of(SpoolFields.of(f));
    }

    public static PortalPayment of(SpoolFields f) {
        return new PortalPayment(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.number(5),
                f.number(6), f.text(7), f.text(8), f.text(9));
    }
}
