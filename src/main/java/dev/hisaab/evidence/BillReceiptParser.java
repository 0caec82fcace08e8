package dev.hisaab.evidence;

import dev.hisaab.definition.MatchingSpec;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses counter and kiosk receipts of bill payments. */
final class BillReceiptParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field receiptNoField;
    private final FieldReader.Field dateField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field consumerIdField;
    private final FieldReader.Field billNoField;
    private final FieldReader.Field serviceChargeField;
    private final FieldReader.Field statusField;
    private final MatchingSpec matching;

    BillReceiptParser(SourceSpec spec, ZoneId zone, MatchingSpec matching) {
        this.f = new FieldReader(spec, zone);
        this.receiptNoField = f.field("receipt-no");
        this.dateField = f.field("date");
        this.amountField = f.field("amount");
        this.consumerIdField = f.field("consumer-id");
        this.billNoField = f.field("bill-no");
        this.serviceChargeField = f.field("service-charge");
        this.statusField = f.field("status");
        this.matching = matching;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String receiptNo = f.required(r, receiptNoField);
        long time = f.time(r, dateField);
        long amount = f.amount(r, amountField);
        String consumerId = f.text(r, consumerIdField);
        String billNo = Keys.normalize(f.text(r, billNoField));
        if (consumerId == null && billNo == null) {
            throw new IllegalArgumentException("neither consumer-id nor bill-no given");
        }
        long serviceCharge = f.text(r, serviceChargeField) == null ? 0 : f.amount(r, serviceChargeField);
        BillReceipt receipt = new BillReceipt(source, r.origin(), receiptNo, time, consumerId, billNo,
                amount, serviceCharge, matching.isCancelled(f.text(r, statusField)));
        // not partitioned: a receipt without bill no is tied to a bill by the resolve step, in file order
        return new Parsed(null, receipt, amount);
    }
}
