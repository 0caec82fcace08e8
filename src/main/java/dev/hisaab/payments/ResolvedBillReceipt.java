package dev.hisaab.payments;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.spool.SpoolFields;
import java.util.Arrays;

/** A counter or kiosk receipt with the bill it pays and the rule that decided. */
record ResolvedBillReceipt(BillReceipt receipt, String billNo, String rule) {

    String[] fields() {
        String[] f = receipt.fields();
        String[] out = Arrays.copyOf(f, f.length + 2);
        out[f.length] = billNo;
        out[f.length + 1] = rule;
        return out;
    }

    static ResolvedBillReceipt of(String[] f) {
        return of(SpoolFields.of(f));
    }

    /** The receipt's fields, then the bill and the rule (the last two fields). */
    static ResolvedBillReceipt of(SpoolFields f) {
        int n = f.count();
        return new ResolvedBillReceipt(BillReceipt.of(f), f.text(n - 2), f.text(n - 1));
    }
}
