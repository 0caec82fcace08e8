package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.record.Origin;
import java.time.ZoneId;
import java.util.ArrayList;
import org.junit.jupiter.api.Test;

/** The match step's first-pass sketch counts the payments {@link PaymentAssembler} finds, from far less. */
class CaseSketchTests {

    final PaymentAssembler assembler = new PaymentAssembler(ZoneId.of("Asia/Kolkata"));
    int line;

    /** The sketch of {@code c}, its rows added in the order the match step reads them. */
    static CaseSketch sketch(ApplicationCase c) {
        CaseSketch s = new CaseSketch();
        s.snapshot = c.snapshot == null ? null : c.snapshot.origin();
        s.live = c.live == null ? null : c.live.origin();
        s.liveFeePaid = c.live != null && Boolean.TRUE.equals(c.live.feePaid());
        c.gateway.forEach(g -> s.gateway(g.txnId(), g.status(), g.amount()));
        c.callbacks.forEach(cb -> s.callback(cb.txnId(), cb.status(), cb.amount()));
        c.receipts.forEach(r -> s.receipt(r.receipt().txnRef()));
        return s;
    }

    GatewayTxn gateway(String txn, PaymentStatus status, long amount) {
        return new GatewayTxn("gw", new Origin("gw.csv", ++line), txn, "JP1", amount, status, 1_700_000_100L, null);
    }

    Callback callback(String txn, PaymentStatus status, long amount) {
        return new Callback("cb", new Origin("cb.jsonl", ++line), "payment", txn, "JP1", amount, status, 1_700_000_200L);
    }

    ResolvedReceipt receipt(String txnRef) {
        return new ResolvedReceipt(new Receipt("r", new Origin("r.csv", ++line), "R" + line, "JP1", "JP1", "Ram",
                "9876543210", 10000, 1_700_000_300L, "CASH", "COUNTER", txnRef), "JP1", "exact", "");
    }

    int assembled(ApplicationCase c) {
        return assembler.payments(c, new ArrayList<>()).size();
    }

    @Test
    void aTransactionCitedByEveryKindOfRowIsOnePayment() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED, 10000));
        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED, 10000));
        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED, 10000));
        c.receipts.add(receipt("pay_1"));

        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isEqualTo(1);
    }

    @Test
    void receiptsCitingNoTransactionOfTheApplicationArePaymentsOfTheirOwn() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED, 10000));
        c.receipts.add(receipt(null));
        c.receipts.add(receipt("pay_9"));

        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isEqualTo(3);
    }

    @Test
    void refundedFailedAndAmountlessTransactionsAreNotPayments() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.gateway.add(gateway("pay_1", PaymentStatus.FAILED, 10000));
        c.gateway.add(gateway("pay_2", PaymentStatus.CAPTURED, 10000));
        c.callbacks.add(callback("pay_2", PaymentStatus.REFUNDED, -1));
        c.callbacks.add(callback("pay_3", PaymentStatus.CAPTURED, -1));
        c.receipts.add(receipt("pay_3"));

        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isZero();
    }

    @Test
    void aTransactionWithoutAnAmountIsNoPaymentUntilACallbackCarriesOne() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED, -1));
        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isZero();

        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED, -1));
        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isZero();

        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED, 10000));
        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isEqualTo(1);

        // a second gateway row (read before every callback) replaces the amount, then the callback's fills it again
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED, -1));
        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isEqualTo(1);
    }

    @Test
    void manyTransactionsOfOneApplicationAreEachCounted() {
        ApplicationCase c = new ApplicationCase("JP1");
        for (int i = 0; i < 5; i++) {
            c.gateway.add(gateway("pay_" + i, i == 2 ? PaymentStatus.FAILED : PaymentStatus.CAPTURED, 10000));
        }
        c.receipts.add(receipt("pay_4"));

        assertThat(sketch(c).payments()).isEqualTo(assembled(c)).isEqualTo(4);
    }
}
