package dev.hisaab.payments;

import dev.hisaab.definition.ColumnSpec;
import dev.hisaab.definition.RestoreSpec;
import dev.hisaab.finding.Category;
import dev.hisaab.value.Amounts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns an unposted gateway charge into an insert into the payments table, column by column as the job file's
 * {@code posting.payments.columns} say: a constant {@code value}, or an evidence {@code field} — txn-id, order-id
 * (the bill), amount (rupees), created-at (ISO time in the job's zone), bank-ref — with optional {@code map} and
 * {@code transform} (upper, trim).
 */
final class PaymentInsert {

    private final RestoreSpec spec;
    private final ZoneId zone;

    PaymentInsert(RestoreSpec spec, ZoneId zone) {
        this.spec = spec;
        this.zone = zone;
    }

    PlannedStatement plan(String billNo, int seq, GatewayCharge ch) {
        Map<String, String> evidence = new LinkedHashMap<>();
        evidence.put("txn-id", ch.txnId);
        evidence.put("order-id", billNo);
        evidence.put("amount", Amounts.formatRupees(ch.amount));
        evidence.put("created-at", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                Instant.ofEpochSecond(ch.time).atZone(zone).toOffsetDateTime()));
        evidence.put("bank-ref", ch.bankRef);
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, ColumnSpec> e : spec.columns().entrySet()) {
            ColumnSpec col = e.getValue();
            String v = col.value() != null ? col.value() : evidence.get(col.field());
            if (v != null && col.transform() != null) {
                v = "upper".equals(col.transform()) ? v.toUpperCase(Locale.ROOT) : v.strip();
            }
            if (v != null && !col.map().isEmpty()) {
                v = col.map().getOrDefault(v, v);
            }
            values.put(e.getKey(), v);
        }
        LinkedHashMap<String, String> key = new LinkedHashMap<>();
        key.put(spec.key(), values.get(spec.key()));
        return new PlannedStatement(billNo, seq, true, spec.table(), key, values, new LinkedHashMap<>(),
                Category.UNPOSTED_PAYMENT, ch.txnId, "post-captured-payment", List.copyOf(ch.refs));
    }
}
