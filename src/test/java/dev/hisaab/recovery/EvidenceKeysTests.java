package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import org.junit.jupiter.api.Test;

/** The application number of a payment row, read from its work-file fields where the row writes it. */
class EvidenceKeysTests {

    @Test
    void readsTheOrderIdOfAGatewayRowAndOfACallback() {
        GatewayTxn g = new GatewayTxn("gw", new Origin("gw.csv", 2), "pay_1", "JP1", 10000, PaymentStatus.CAPTURED,
                1_700_000_000L, "bank-1");
        Callback c = new Callback("cb", new Origin("cb.jsonl", 3), "payment.captured", "pay_1", "JP2", 10000,
                PaymentStatus.CAPTURED, 1_700_000_000L);

        assertThat(EvidenceKeys.gatewayOrder(SpoolFields.of(g.fields()))).isEqualTo("JP1");
        assertThat(EvidenceKeys.callbackOrder(SpoolFields.of(c.fields()))).isEqualTo("JP2");
    }

    @Test
    void readsTheApplicationOfAResolvedReceipt() {
        Receipt r = new Receipt("r", new Origin("r.csv", 4), "R1", "jp 3", "JP3", "Ram", "9876543210", 10000,
                1_700_000_000L, "CASH", "COUNTER", null);
        String[] f = java.util.Arrays.copyOf(r.fields(), Receipt.WIDTH + 3);
        f[Receipt.WIDTH] = "JP4";
        f[Receipt.WIDTH + 1] = "new-number";
        f[Receipt.WIDTH + 2] = "";

        assertThat(ResolvedReceipt.applicationNo(SpoolFields.of(f))).isEqualTo("JP4")
                .isEqualTo(ResolvedReceipt.of(f).applicationNo());
    }
}
