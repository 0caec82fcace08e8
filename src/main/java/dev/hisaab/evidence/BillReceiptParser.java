package dev.hisaab.evidence;

import dev.hisaab.definition.MatchingSpec;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses counter and kiosk receipts of bill payments. */
final class BillReceiptParser implements EvidenceParser {

    private final FieldReader f;
    private final MatchingSpec matching;

    BillReceiptParser(SourceSpec spec, ZoneId zone, MatchingSpec matching) {
        this.f = new FieldReader(spec, zone);
        this.matching = matching;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String receiptNo = f.required(r, "receipt-no");
        long time = f.time(r, "date");
        long amount = f.amount(r, "amount");
        String consumerId = f.text(r, "consumer-id");
        String billNo = Keys.normalize(f.text(r, "bill-no"));
        if (consumerId == null && billNo == null) {
            throw new IllegalArgumentException("neither consumer-id nor bill-no given");
        }
        long serviceCharge = f.text(r, "service-charge") == null ? 0 : f.amount(r, "service-charge");
        BillReceipt receipt = new BillReceipt(source, r.origin(), receiptNo, time, consumerId, Keys.loose(consumerId),
                billNo, amount, serviceCharge, matching.isCancelled(f.text(r, "status")));
        // not partitioned: a receipt without bill no is tied to a bill by the resolve step, in file order
        return new Parsed(null, receipt.fields(), amount);
    }
}
