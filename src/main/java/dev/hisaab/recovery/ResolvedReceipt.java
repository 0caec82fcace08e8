package dev.hisaab.recovery;

import dev.hisaab.evidence.Receipt;
import dev.hisaab.spool.SpoolFields;

/** A receipt with the application it was tied to and the rule that decided. */
record ResolvedReceipt(Receipt receipt, String applicationNo, String rule, String evidence) {

    static ResolvedReceipt of(String[] f) {
        return of(SpoolFields.of(f));
    }

    /** The receipt's fields, then the application number, the rule and the evidence (the last three fields). */
    static ResolvedReceipt of(SpoolFields f) {
        int n = f.count();
        return new ResolvedReceipt(Receipt.of(f), f.text(n - 3), f.text(n - 2), f.text(n - 1));
    }

    /** The application number in the fields of a resolved receipt, without building it. */
    static String applicationNo(SpoolFields f) {
        return f.text(f.count() - 3);
    }
}
