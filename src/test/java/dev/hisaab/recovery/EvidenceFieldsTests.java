package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import org.junit.jupiter.api.Test;

/** The fields of a payment row the match step reads without parsing the row, where the row writes them. */
class EvidenceFieldsTests {

    @Test
    void readsAGatewayRowsTransactionOrderAmountAndStatus() {
        GatewayTxn g = new GatewayTxn("gw", new Origin("gw.csv", 2), "pay_1", "JP1", 10000, PaymentStatus.REFUNDED,
                1_700_000_000L, "bank-1");
        SpoolFields f = SpoolFields.of(g.fields());

        assertThat(EvidenceFields.source(f)).isEqualTo(g.source());
        assertThat(EvidenceFields.gatewayTxn(f)).isEqualTo(g.txnId());
        assertThat(EvidenceFields.gatewayOrder(f)).isEqualTo(g.orderId());
        assertThat(EvidenceFields.gatewayAmount(f)).isEqualTo(g.amount());
        assertThat(EvidenceFields.gatewayStatus(f)).isEqualTo(g.status());
    }

    @Test
    void readsACallbacksTransactionOrderAmountAndStatus() {
        Callback c = new Callback("cb", new Origin("cb.jsonl", 3), "payment.captured", "pay_1", "JP2", -1,
                PaymentStatus.CAPTURED, 1_700_000_000L);
        SpoolFields f = SpoolFields.of(c.fields());

        assertThat(EvidenceFields.source(f)).isEqualTo(c.source());
        assertThat(EvidenceFields.callbackTxn(f)).isEqualTo(c.txnId());
        assertThat(EvidenceFields.callbackOrder(f)).isEqualTo(c.orderId());
        assertThat(EvidenceFields.callbackAmount(f)).isEqualTo(c.amount());
        assertThat(EvidenceFields.callbackStatus(f)).isEqualTo(c.status());
    }

    @Test
    void readsAResolvedReceiptsApplicationAmountAndTransaction() {
        Receipt r = new Receipt("r", new Origin("r.csv", 4), "R1", "jp 3", "JP3", "Ram", "9876543210", 10000,
                1_700_000_000L, "ONLINE", "PORTAL", "pay_7");
        String[] fields = java.util.Arrays.copyOf(r.fields(), Receipt.WIDTH + 3);
        fields[Receipt.WIDTH] = "JP4";
        fields[Receipt.WIDTH + 1] = "new-number";
        fields[Receipt.WIDTH + 2] = "";
        SpoolFields f = SpoolFields.of(fields);

        assertThat(EvidenceFields.source(f)).isEqualTo(r.source());
        assertThat(EvidenceFields.receiptAmount(f)).isEqualTo(r.amount());
        assertThat(EvidenceFields.receiptTxnRef(f)).isEqualTo(r.txnRef());
        assertThat(ResolvedReceipt.applicationNo(f)).isEqualTo("JP4").isEqualTo(ResolvedReceipt.of(fields).applicationNo());
    }
}
