package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses callback (webhook) log lines. */
final class CallbackParser implements EvidenceParser {

    private final FieldReader f;
    private final StatusWords statuses;

    CallbackParser(SourceSpec spec, ZoneId zone, StatusWords statuses) {
        this.f = new FieldReader(spec, zone);
        this.statuses = statuses;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String txnId = f.required(r, "txn-id");
        PaymentStatus status = statuses.of(f.required(r, "status"));
        String orderId = Keys.normalize(f.text(r, "order-id"));
        long amount = f.text(r, "amount") == null ? -1 : f.amount(r, "amount");
        long time = f.text(r, "received-at") == null ? -1 : f.time(r, "received-at");
        Callback cb = new Callback(source, r.origin(), f.text(r, "event"), txnId, orderId, amount, status, time);
        return new Parsed(orderId, cb.fields(), Math.max(amount, 0));
    }
}
