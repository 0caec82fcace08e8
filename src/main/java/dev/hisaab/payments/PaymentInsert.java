package dev.hisaab.payments;

import dev.hisaab.definition.ColumnSpec;
import dev.hisaab.definition.RestoreSpec;
import dev.hisaab.finding.Category;
import dev.hisaab.value.Amounts;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
        PlannedStatement.Owned values = new PlannedStatement.Owned();
        for (Map.Entry<String, ColumnSpec> e : spec.columns().entrySet()) {
            ColumnSpec col = e.getValue();
            String v = col.value() != null ? col.value() : evidence(col.field(), billNo, ch);
            if (v != null && col.transform() != null) {
                v = "upper".equals(col.transform()) ? v.toUpperCase(Locale.ROOT) : v.strip();
            }
            if (v != null && !col.map().isEmpty()) {
                v = col.map().getOrDefault(v, v);
            }
            values.put(e.getKey(), v);
        }
        PlannedStatement.Owned key = new PlannedStatement.Owned();
        key.put(spec.key(), values.get(spec.key()));
        return new PlannedStatement(billNo, seq, true, spec.table(), key, values, new PlannedStatement.Owned(),
                Category.UNPOSTED_PAYMENT, ch.txnId, "post-captured-payment", ch.refTexts());
    }

    /** The evidence field a column takes its value from; null for a field the charge does not have. */
    private String evidence(String field, String billNo, GatewayCharge ch) {
        if (field == null) {
            return null;
        }
        switch (field) {
            case "txn-id":
                return ch.txnId;
            case "order-id":
                return billNo;
            case "amount":
                return Amounts.formatRupees(ch.amount);
            case "created-at":
                return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                        Instant.ofEpochSecond(ch.time).atZone(zone).toOffsetDateTime());
            case "bank-ref":
                return ch.bankRef;
            default:
                return null;
        }
    }
}
