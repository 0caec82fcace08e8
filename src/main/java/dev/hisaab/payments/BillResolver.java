package dev.hisaab.payments;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.index.KeyTable;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/**
 * The {@code resolve} step's rules for the bill a receipt pays, the first that decides winning: the receipt's bill
 * number ({@code bill-no}), the bill the portal posted its receipt number to ({@code posted-receipt}), the consumer's
 * bill open on its date ({@code consumer+date}). Built once the scans are done and only read after, so the second
 * pass resolves each receipt on its reading thread while its own thread writes. Not thread-safe (one reader).
 */
final class BillResolver {

    static final String CONSUMER_DATE = "consumer+date";

    private final KeyTable<String> postedBill;
    private final OpenBills open;
    private final LocalDays days;

    BillResolver(KeyTable<String> postedBill, OpenBills open, ZoneId zone) {
        this.postedBill = postedBill;
        this.open = open;
        this.days = new LocalDays(zone);
    }

    /** The receipt with its bill and rule; with no bill (and rule {@value #CONSUMER_DATE}) when none decides. */
    ResolvedBillReceipt resolve(BillReceipt r) {
        String bill = r.billNo();
        String rule = "bill-no";
        if (bill == null) {
            bill = postedBill.get(Keys.normalize(r.receiptNo()));
            rule = "posted-receipt";
        }
        if (bill == null) {
            bill = open.billFor(r.consumerKey(), days.of(r.time()));
            rule = CONSUMER_DATE;
        }
        return new ResolvedBillReceipt(r, bill, rule);
    }
}
