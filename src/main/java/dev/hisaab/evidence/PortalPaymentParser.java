package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses the portal's posted payments. */
final class PortalPaymentParser implements EvidenceParser {

    private final FieldReader f;

    PortalPaymentParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String billNo = Keys.normalize(f.required(r, "bill-no"));
        long amount = f.amount(r, "amount");
        PortalPayment p = new PortalPayment(source, r.origin(), f.required(r, "payment-id"), billNo, amount,
                f.time(r, "paid-at"), f.text(r, "channel"), f.text(r, "gateway-txn-id"), Keys.normalize(f.text(r, "receipt-no")));
        return new Parsed(billNo, p.fields(), amount);
    }
}
