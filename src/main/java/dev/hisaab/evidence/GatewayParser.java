package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses payment-gateway settlement rows. */
final class GatewayParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field txnIdField;
    private final FieldReader.Field orderIdField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field statusField;
    private final FieldReader.Field createdAtField;
    private final FieldReader.Field bankRefField;
    private final StatusWords statuses;

    GatewayParser(SourceSpec spec, ZoneId zone, StatusWords statuses) {
        this.f = new FieldReader(spec, zone);
        this.txnIdField = f.field("txn-id");
        this.orderIdField = f.field("order-id");
        this.amountField = f.field("amount");
        this.statusField = f.field("status");
        this.createdAtField = f.field("created-at");
        this.bankRefField = f.field("bank-ref");
        this.statuses = statuses;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String txnId = f.required(r, txnIdField);
        String orderId = Keys.normalize(f.required(r, orderIdField));
        long amount = f.amount(r, amountField);
        PaymentStatus status = statuses.of(f.required(r, statusField));
        long time = f.time(r, createdAtField);
        GatewayTxn txn = new GatewayTxn(source, r.origin(), txnId, orderId, amount, status, time, f.text(r, bankRefField));
        return new Parsed(orderId, txn, amount);
    }
}
