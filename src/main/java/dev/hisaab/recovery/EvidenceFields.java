package dev.hisaab.recovery;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.spool.SpoolFields;

/**
 * The few fields of a payment row that the match step's first pass needs (and the application number its second pass
 * picks rows by), read from the row's work-file fields without parsing the rest of it: that pass reads every row of a
 * partition and keeps only a sketch of each application, so the row's other strings would be made only to be
 * dropped. The positions are those of {@link GatewayTxn#fields()}, {@link Callback#fields()} and
 * {@link Receipt#fields()}; every record's source is its first field.
 */
final class EvidenceFields {

    static final int SOURCE = 0;
    static final int GATEWAY_TXN = 3;
    static final int GATEWAY_ORDER = 4;
    static final int GATEWAY_AMOUNT = 5;
    static final int GATEWAY_STATUS = 6;
    static final int CALLBACK_TXN = 4;
    static final int CALLBACK_ORDER = 5;
    static final int CALLBACK_AMOUNT = 6;
    static final int CALLBACK_STATUS = 7;
    static final int RECEIPT_AMOUNT = 8;
    static final int RECEIPT_TXN_REF = 12;

    private EvidenceFields() {
    }

    static String source(SpoolFields f) {
        return f.text(SOURCE);
    }

    static String gatewayTxn(SpoolFields f) {
        return f.text(GATEWAY_TXN);
    }

    static String gatewayOrder(SpoolFields f) {
        return f.text(GATEWAY_ORDER);
    }

    static long gatewayAmount(SpoolFields f) {
        return f.number(GATEWAY_AMOUNT);
    }

    static PaymentStatus gatewayStatus(SpoolFields f) {
        return PaymentStatus.valueOf(f.text(GATEWAY_STATUS));
    }

    static String callbackTxn(SpoolFields f) {
        return f.text(CALLBACK_TXN);
    }

    static String callbackOrder(SpoolFields f) {
        return f.text(CALLBACK_ORDER);
    }

    static long callbackAmount(SpoolFields f) {
        return f.number(CALLBACK_AMOUNT);
    }

    static PaymentStatus callbackStatus(SpoolFields f) {
        return PaymentStatus.valueOf(f.text(CALLBACK_STATUS));
    }

    static long receiptAmount(SpoolFields f) {
        return f.number(RECEIPT_AMOUNT);
    }

    static String receiptTxnRef(SpoolFields f) {
        return f.text(RECEIPT_TXN_REF);
    }
}
