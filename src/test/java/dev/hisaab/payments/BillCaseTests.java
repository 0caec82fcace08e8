package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.record.Origin;
import org.junit.jupiter.api.Test;

/** One bill number's rows: each kind kept in the order added. */
class BillCaseTests {

    @Test
    void keepsRowsOfEachKindInTheOrderAdded() {
        BillCase c = new BillCase("B1");
        assertThat(c.hasNoRows()).isTrue();
        for (int i = 0; i < 7; i++) {
            c.add(new PortalPayment("payments", new Origin("p.sql", i), "" + i, "B1", i, 0, "ONLINE", null, null));
        }
        assertThat(c.postedCount).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(c.posted[i].paymentId()).isEqualTo("" + i);
        }
        assertThat(c.gatewayCount).isZero();
        assertThat(c.hasNoRows()).isFalse();
    }
}
