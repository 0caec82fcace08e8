package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.ApplicationRow;
import dev.hisaab.evidence.Callback;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.Receipt;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.record.Origin;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Payments folded from evidence, and the findings judged from them, for one application at a time. */
class CaseJudgeTests {

    final PaymentAssembler assembler = new PaymentAssembler(ZoneId.of("Asia/Kolkata"));
    final CaseJudge judge = new CaseJudge();
    int line;

    ApplicationRow row(String source, Boolean feePaid) {
        return new ApplicationRow(source, new Origin(source + ".sql", ++line), "JP1", "Ram", "9876543210", 1_700_000_000L,
                feePaid, Map.of());
    }

    GatewayTxn gateway(String txn, PaymentStatus status) {
        return new GatewayTxn("gw", new Origin("gw.csv", ++line), txn, "JP1", 10000, status, 1_700_000_100L, null);
    }

    Callback callback(String txn, PaymentStatus status) {
        return new Callback("cb", new Origin("cb.jsonl", ++line), "payment", txn, "JP1", 10000, status, 1_700_000_200L);
    }

    ResolvedReceipt receipt(String txnRef) {
        return new ResolvedReceipt(new Receipt("r", new Origin("r.csv", ++line), "R" + line, "JP1", "JP1", "Ram",
                "9876543210", 10000, 1_700_000_300L, "CASH", "COUNTER", txnRef), "JP1", "exact", "");
    }

    /** The categories found; checks on the way that the match step's shortcuts (the sketch, mayFind) agree. */
    List<Category> judge(ApplicationCase c) {
        List<Payment> payments = assembler.payments(c, new ArrayList<>());
        List<Category> found = judge.judge(c, payments).stream().map(Finding::category).toList();
        if (!judge.mayFind(c, payments.size())) {
            assertThat(found).isEmpty();
        }
        CaseSketch sketch = CaseSketchTests.sketch(c);
        assertThat(sketch.payments()).isEqualTo(payments.size());
        assertThat(judge.mayFind(sketch.snapshot != null, sketch.live != null, sketch.liveFeePaid, sketch.payments()))
                .isEqualTo(judge.mayFind(c, payments.size()));
        return found;
    }

    @Test
    void anApplicationOnlyInTheSnapshotIsRestorable() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.snapshot = row("snapshot", true);
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED));

        List<Finding> found = judge.judge(c, assembler.payments(c, new ArrayList<>()));

        assertThat(found).extracting(Finding::category).containsExactly(Category.MISSING_APPLICATION_RESTORABLE);
        assertThat(found.get(0).amount()).isEqualTo(10000);
        assertThat(found.get(0).refs()).containsExactly("snapshot.sql:1", "gw.csv:2");
    }

    @Test
    void paymentsWithoutAnyDatabaseRowAreReconstructable() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.receipts.add(receipt(null));

        assertThat(judge(c)).containsExactly(Category.MISSING_APPLICATION_RECONSTRUCTABLE);
    }

    @Test
    void aFailedAttemptAloneProvesNothing() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.gateway.add(gateway("pay_1", PaymentStatus.FAILED));

        assertThat(judge(c)).isEmpty();
    }

    @Test
    void aReceiptItsGatewayRowAndRedeliveredCallbacksAreOnePayment() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.live = row("live", true);
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED));
        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED));
        c.callbacks.add(callback("pay_1", PaymentStatus.CAPTURED));
        c.receipts.add(receipt("pay_1"));

        List<Payment> payments = assembler.payments(c, new ArrayList<>());

        assertThat(payments).hasSize(1);
        assertThat(payments.get(0).refs()).hasSize(4);
        assertThat(judge(c)).isEmpty();
    }

    @Test
    void aRefundedChargeAndAFailedAttemptAreNotPayments() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.live = row("live", true);
        c.gateway.add(gateway("pay_1", PaymentStatus.FAILED));
        c.gateway.add(gateway("pay_2", PaymentStatus.REFUNDED));
        c.callbacks.add(callback("pay_2", PaymentStatus.CAPTURED));
        c.gateway.add(gateway("pay_3", PaymentStatus.CAPTURED));

        List<String> explained = new ArrayList<>();
        assertThat(assembler.payments(c, explained)).hasSize(1);
        assertThat(explained).hasSize(3);
        assertThat(judge(c)).isEmpty();
    }

    @Test
    void twoPaymentsAreADuplicateFee() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.live = row("live", true);
        c.gateway.add(gateway("pay_1", PaymentStatus.CAPTURED));
        c.receipts.add(receipt(null));

        List<Finding> found = judge.judge(c, assembler.payments(c, new ArrayList<>()));

        assertThat(found).extracting(Finding::category).containsExactly(Category.DUPLICATE_FEE);
        assertThat(found.get(0).amount()).isEqualTo(20000);
        assertThat(found.get(0).evidence()).startsWith("2 payments:");
    }

    @Test
    void feePaidWithoutEvidenceIsUnverified() {
        ApplicationCase c = new ApplicationCase("JP1");
        c.live = row("live", true);

        assertThat(judge(c)).containsExactly(Category.FEE_UNVERIFIED);
        c.live = row("live", false);
        assertThat(judge(c)).isEmpty();
    }
}
