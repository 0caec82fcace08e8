package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses callback (webhook) log lines. */
final class CallbackParser implements EvidenceParser {

    private final FieldReader f;
    private final FieldReader.Field txnIdField;
    private final FieldReader.Field statusField;
    private final FieldReader.Field orderIdField;
    private final FieldReader.Field amountField;
    private final FieldReader.Field receivedAtField;
    private final FieldReader.Field eventField;
    private final StatusWords statuses;

    CallbackParser(SourceSpec spec, ZoneId zone, StatusWords statuses) {
        this.f = new FieldReader(spec, zone);
        this.txnIdField = f.field("txn-id");
        this.statusField = f.field("status");
        this.orderIdField = f.field("order-id");
        this.amountField = f.field("amount");
        this.receivedAtField = f.field("received-at");
        this.eventField = f.field("event");
        this.statuses = statuses;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String txnId = f.required(r, txnIdField);
        PaymentStatus status = statuses.of(f.required(r, statusField));
        String orderId = Keys.normalize(f.text(r, orderIdField));
        long amount = f.text(r, amountField) == null ? -1 : f.amount(r, amountField);
        long time = f.text(r, receivedAtField) == null ? -1 : f.time(r, receivedAtField);
        Callback cb = new Callback(source, r.origin(), f.text(r, eventField), txnId, orderId, amount, status, time);
        return new Parsed(orderId, cb, Math.max(amount, 0));
    }
}
