package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;

/** Parses fee receipts; a mobile that cannot be read is kept as unknown rather than rejecting the receipt. */
final class ReceiptParser implements EvidenceParser {

    private final FieldReader f;

    ReceiptParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String receiptNo = f.required(r, "receipt-no");
        long time = f.time(r, "date");
        long amount = f.amount(r, "amount");
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: must be positive");
        }
        String rawApp = f.text(r, "application-no");
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, "mobile"));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        Receipt receipt = new Receipt(source, r.origin(), receiptNo, rawApp, Keys.normalize(rawApp),
                f.text(r, "payer-name"), mobile, amount, time, f.text(r, "mode"), f.text(r, "channel"),
                f.text(r, "txn-ref"));
        // not partitioned: which application a receipt belongs to is decided later, in file order
        return new Parsed(null, receipt.fields(), amount);
    }
}
