package dev.hisaab.recovery;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.spool.SpoolFields;

/**
 * The application number a payment row's work-file fields tie it to, read without parsing the row: the match step's
 * second pass reads only the rows of the few applications that may have a finding, and skips the others by this
 * field alone (a resolved receipt's by {@link ResolvedReceipt#applicationNo(SpoolFields)}). The positions are those of
 * {@link GatewayTxn#fields()} and {@link Callback#fields()}.
 */
final class EvidenceKeys {

    static final int GATEWAY_ORDER = 4;
    static final int CALLBACK_ORDER = 5;

    private EvidenceKeys() {
    }

    static String gatewayOrder(SpoolFields f) {
        return f.text(GATEWAY_ORDER);
    }

    static String callbackOrder(SpoolFields f) {
        return f.text(CALLBACK_ORDER);
    }
}
