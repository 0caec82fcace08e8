package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Keys;
import java.time.ZoneId;

/** Parses payment-gateway settlement rows. */
final class GatewayParser implements EvidenceParser {

    private final FieldReader f;
    private final StatusWords statuses;

    GatewayParser(SourceSpec spec, ZoneId zone, StatusWords statuses) {
        this.f = new FieldReader(spec, zone);
        this.statuses = statuses;
    }

    @Override
    public Parsed parse(String source, SourceRecord r) {
        String txnId = f.required(r, "txn-id");
        String orderId = Keys.normalize(f.required(r, "order-id"));
        long amount = f.amount(r, "amount");
        PaymentStatus status = statuses.of(f.required(r, "status"));
        long time = f.time(r, "created-at");
        GatewayTxn txn = new GatewayTxn(source, r.origin(), txnId, orderId, amount, status, time, f.text(r, "bank-ref"));
        return new Parsed(orderId, txn.fields(), amount);
    }
}
