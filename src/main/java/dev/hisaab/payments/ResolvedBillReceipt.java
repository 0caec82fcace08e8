package dev.hisaab.payments;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;

/**
 * A counter or kiosk receipt with the bill it pays and the rule that decided. It writes its own fields (the
 * receipt's, then the bill and the rule), so the {@code resolve} step spools a million of them without an array of
 * strings for each.
 */
record ResolvedBillReceipt(BillReceipt receipt, String billNo, String rule) implements SpoolRecord {

    String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        receipt.writeTo(row);
        row.text(billNo).text(rule);
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
