/**
 * Payment reconciliation: receipts tied to bills (global), then per bill (partitioned by bill-number hash) the
 * unposted, duplicate, mismatched and wrongly penalised payments, the statements that post them, refunds and the
 * per-day control totals.
 */
package dev.hisaab.payments;
