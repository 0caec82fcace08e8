package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses the portal's posted payments. */
final class PortalPaymentParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field billNoField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field paymentIdField;
    private final FieldReader.Field paidAtField;
    private final FieldReader.Field channelField;
    private final FieldReader.Field gatewayTxnIdField;
    private final FieldReader.Field receiptNoField;

    PortalPaymentParser(SourceSpec spec, ZoneId zone) {
        this.f = new FieldReader(spec, zone);
        this.billNoField = f.field("bill-no");
        this.amountField = f.field("amount");
        this.paymentIdField = f.field("payment-id");
        this.paidAtField = f.field("paid-at");
        this.channelField = f.field("channel");
        this.gatewayTxnIdField = f.field("gateway-txn-id");
        this.receiptNoField = f.field("receipt-no");
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String billNo = Keys.normalize(f.required(r, billNoField));
        long amount = f.amount(r, amountField);
        PortalPayment p = new PortalPayment(source, r.origin(), f.required(r, paymentIdField), billNo, amount,
                f.time(r, paidAtField), f.text(r, channelField), f.text(r, gatewayTxnIdField), Keys.normalize(f.text(r, receiptNoField)));
        return new Parsed(billNo, p, amount);
    }
}
