package dev.hisaab.recovery;

import dev.hisaab.evidence.Receipt;
import java.util.Arrays;

/** A receipt with the application it was tied to and the rule that decided. */
record ResolvedReceipt(Receipt receipt, String applicationNo, String rule, String evidence) {

    static ResolvedReceipt of(String[] f) {
        int n = f.length;
        return new ResolvedReceipt(Receipt.of(Arrays.copyOf(f, n - 3)), f[n - 3], f[n - 2], f[n - 1]);
    }
}
