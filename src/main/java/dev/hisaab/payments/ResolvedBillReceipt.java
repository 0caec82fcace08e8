package dev.hisaab.payments;

import dev.hisaab.evidence.BillReceipt;
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
        int n = f.length;
        return new ResolvedBillReceipt(BillReceipt.of(Arrays.copyOf(f, n - 2)), f[n - 2], f[n - 1]);
    }
}
