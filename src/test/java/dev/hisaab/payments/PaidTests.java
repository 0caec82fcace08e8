package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.record.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The distinct payments of a bill: a receipt the portal posted is that payment, a cancelled receipt is none. */
class PaidTests {

    @Test
    void aReceiptThePortalPostedIsThatPaymentAndACancelledOneIsNone() {
        BillCase c = new BillCase("B1");
        c.add(new PortalPayment("payments", new Origin("portal.sql", 7), "41", "B1", 45600, 100, "COUNTER", null,
                "KCR/26/000001"));
        c.add(receipt("KCR/26/000001", 8, false));
        c.add(receipt("KCR/26/000002", 9, false));
        c.add(receipt("KCR/26/000003", 10, true));

        List<Paid> paid = Paid.of(c, List.of(), new PostedPayments(c));

        assertThat(paid).extracting(Paid::label).containsExactly("COUNTER:KCR/26/000001", "receipts-counter:KCR/26/000002");
        List<Origin> refs = new ArrayList<>();
        paid.get(0).addRefsTo(refs);
        assertThat(refs).containsExactly(new Origin("portal.sql", 7), new Origin("r.csv", 8));
    }

    private static ResolvedBillReceipt receipt(String no, int line, boolean cancelled) {
        return new ResolvedBillReceipt(new BillReceipt("receipts-counter", new Origin("r.csv", line), no, 200,
                "kota-w-1", "B1", 45600, 0, cancelled), "B1", "bill-no");
    }
}
