package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import dev.hisaab.value.Mobiles;
import java.time.ZoneId;

/** Parses fee receipts; a mobile that cannot be read is kept as unknown rather than rejecting the receipt. */
final class ReceiptParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field receiptNoField;
    private final FieldReader.Field dateField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field applicationNoField;
    private final FieldReader.Field mobileField;
    private final FieldReader.Field payerNameField;
    private final FieldReader.Field modeField;
    private final FieldReader.Field channelField;
    private final FieldReader.Field txnRefField;

    ReceiptParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.receiptNoField = f.field("receipt-no");
        this.dateField = f.field("date");
        this.amountField = f.field("amount");
        this.applicationNoField = f.field("application-no");
        this.mobileField = f.field("mobile");
        this.payerNameField = f.field("payer-name");
        this.modeField = f.field("mode");
        this.channelField = f.field("channel");
        this.txnRefField = f.field("txn-ref");
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String receiptNo = f.required(r, receiptNoField);
        long time = f.time(r, dateField);
        long amount = f.amount(r, amountField);
        if (amount <= 0) {
            throw new IllegalArgumentException("amount: must be positive");
        }
        String rawApp = f.text(r, applicationNoField);
        String mobile;
        try {
            mobile = Mobiles.normalize(f.text(r, mobileField));
        } catch (IllegalArgumentException e) {
            mobile = null;
        }
        Receipt receipt = new Receipt(source, r.origin(), receiptNo, rawApp, Keys.normalize(rawApp),
                f.text(r, payerNameField), mobile, amount, time, f.text(r, modeField), f.text(r, channelField),
                f.text(r, txnRefField));
        // not partitioned: which application a receipt belongs to is decided later, in file order
        return new Parsed(null, receipt, amount);
    }
}
