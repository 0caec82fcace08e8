package dev.hisaab.definition;

import java.util.List;

/**
 * What a source is evidence of. The role decides which logical fields the engine reads from it (see README,
 * "Roles and fields").
 */
public enum SourceRole {
    /** Fee receipts: counter, kiosk or portal exports. */
    RECEIPTS(List.of("receipt-no", "date", "amount"),
            List.of("application-no", "payer-name", "mobile", "mode", "channel", "txn-ref", "status", "consumer-id",
                    "bill-no", "service-charge")),
    /** Payment-gateway settlement report rows. */
    GATEWAY(List.of("txn-id", "order-id", "amount", "status", "created-at"), List.of("bank-ref", "fee", "tax")),
    /** The portal's gateway callback (webhook) log. */
    CALLBACKS(List.of("txn-id", "order-id", "status"), List.of("amount", "event", "received-at")),
    /** The pre-upgrade snapshot of the applications table; any further fields may be mapped for restore. */
    SNAPSHOT(List.of("application-no"), null),
    /** The post-upgrade (live) applications table; any further fields may be mapped. */
    LIVE(List.of("application-no"), null),
    /** A small key/value table used by restore lookups (e.g. district name to code); columns named by the lookup. */
    LOOKUP(List.of(), null),
    /** The portal's consumers: who to refund. */
    CONSUMERS(List.of("consumer-id"), List.of("name", "mobile")),
    /** The portal's bills: amount, due date, status and late fee as the dump holds them. */
    BILLS(List.of("bill-no", "consumer-id", "amount", "due-date", "status", "late-fee"), List.of("period", "updated-at")),
    /** The portal's posted payments. */
    PAYMENTS(List.of("payment-id", "bill-no", "amount", "paid-at"), List.of("channel", "gateway-txn-id", "receipt-no"));

    private final List<String> required;
    private final List<String> optional;

    SourceRole(List<String> required, List<String> optional) {
        this.required = required;
        this.optional = optional;
    }

    /** Logical fields every source of this role must map. */
    public List<String> required() {
        return required;
    }

    /** Whether a logical field may be mapped for this role (roles with free fields accept any name). */
    public boolean accepts(String field) {
        return optional == null || required.contains(field) || optional.contains(field);
    }

    /** The fields this role knows, for error messages; empty when any field is accepted. */
    public List<String> known() {
        if (optional == null) {
            return List.of();
        }
        var all = new java.util.ArrayList<>(required);
        all.addAll(optional);
        return all;
    }
}
