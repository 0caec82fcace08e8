package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.record.Origin;
import org.junit.jupiter.api.Test;

/** A bill's posted payments by gateway txn id: the first posted with an id, whether few (searched) or many (mapped). */
class PostedPaymentsTests {

    @Test
    void findsTheFirstPaymentPostedForATxnAmongFewOrMany() {
        for (int n : new int[] {3, PostedPayments.SCAN_LIMIT + 5}) {
            BillCase c = new BillCase("B1");
            for (int i = 0; i < n; i++) {
                c.add(payment("p" + i, "pay_" + (i % 3)));
            }
            c.add(payment("offline", null));

            PostedPayments posted = new PostedPayments(c);

            assertThat(posted.forTxn("pay_1").paymentId()).isEqualTo("p1");
            assertThat(posted.forTxn("pay_2").paymentId()).isEqualTo("p2");
            assertThat(posted.forTxn("pay_never")).isNull();
        }
    }

    private static PortalPayment payment(String id, String txnId) {
        return new PortalPayment("payments", new Origin("portal.sql", 1), id, "B1", 100, 0,
                txnId == null ? "COUNTER" : "ONLINE", txnId, null);
    }
}
