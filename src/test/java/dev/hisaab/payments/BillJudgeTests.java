package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.BillReceipt;
import dev.hisaab.evidence.GatewayTxn;
import dev.hisaab.evidence.PaymentStatus;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.record.Origin;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The per-bill rules, on the job file of the Kota sample: IST dates, payments counted once, guarded write-back. */
class BillJudgeTests {

    static final JobDefinition JOB = new JobDefinitionLoader().load(Path.of("jobs/kota-payments.yml"), Map.of());

    final BillJudge judge = new BillJudge(JOB);
    int line;

    Bill bill(long amount, String status, long lateFee) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bill-no", "B2601-000001");
        values.put("late-fee", lateFee == 0 ? "0.00" : dev.hisaab.value.Amounts.formatRupees(lateFee));
        values.put("status", status);
        values.put("updated-at", "2026-02-11 02:00:00+05:30");
        return new Bill("bills", new Origin("portal.sql", ++line), "B2601-000001", "KOTAW1", amount,
                LocalDate.parse("2026-02-10"), status, lateFee, values);
    }

    GatewayTxn txn(String id, long amount, PaymentStatus status, String utc) {
        return new GatewayTxn("gateway", new Origin("gw.csv", ++line), id, "B2601-000001", amount, status,
                OffsetDateTime.parse(utc).toEpochSecond(), "BR" + id);
    }

    BillCase bill(Bill b) {
        BillCase c = new BillCase("B2601-000001");
        c.bill = b;
        return c;
    }

    List<Category> categories(Judgement j) {
        return j.findings().stream().map(Finding::category).toList();
    }

    @Test
    void aCaptureAt2330IstOnTheDueDateIsOnTimeWhateverUtcSays() {
        BillCase c = bill(bill(45600, "UNPAID", 2500));
        c.add(txn("pay_A", 45600, PaymentStatus.CAPTURED, "2026-02-10T18:00:00Z"));

        Judgement j = judge.judge(c, new ControlTotals());

        assertThat(categories(j)).containsExactly(Category.UNPOSTED_PAYMENT, Category.PENALTY_WRONGLY_APPLIED);
        // insert of the payment, then one guarded update marking the bill paid and reversing the fee
        assertThat(j.statements()).hasSize(2);
        PlannedStatement update = j.statements().get(1);
        assertThat(update.insert()).isFalse();
        assertThat(update.values()).containsEntry("status", "PAID").containsEntry("late_fee", "0.00");
        assertThat(update.expect()).containsEntry("status", "UNPAID").containsEntry("late_fee", "25.00")
                .containsEntry("updated_at", "2026-02-11 02:00:00+05:30");
        PlannedStatement insert = j.statements().get(0);
        assertThat(insert.values()).containsEntry("gateway_txn_id", "pay_A").containsEntry("amount", "456.00")
                .containsEntry("paid_at", "2026-02-10T23:30:00+05:30").containsEntry("channel", "ONLINE");
    }

    @Test
    void aCaptureAt0030IstTheNextDayIsLateSoTheFeeStands() {
        BillCase c = bill(bill(45600, "UNPAID", 2500));
        c.add(txn("pay_B", 48100, PaymentStatus.CAPTURED, "2026-02-10T19:00:00Z"));

        Judgement j = judge.judge(c, new ControlTotals());

        assertThat(categories(j)).containsExactly(Category.UNPOSTED_PAYMENT);
        assertThat(j.statements().get(1).values()).containsOnlyKeys("status");
    }

    @Test
    void anAutoRefundedDoubleChargeAndAFailedAttemptAreNotDuplicates() {
        BillCase c = bill(bill(45600, "PAID", 0));
        c.add(txn("pay_1", 45600, PaymentStatus.FAILED, "2026-01-05T05:00:00Z"));
        c.add(txn("pay_2", 45600, PaymentStatus.CAPTURED, "2026-01-05T05:01:00Z"));
        c.add(txn("pay_3", 45600, PaymentStatus.REFUNDED, "2026-01-05T05:01:30Z"));
        c.add(new PortalPayment("payments", new Origin("portal.sql", ++line), "17", "B2601-000001", 45600,
                OffsetDateTime.parse("2026-01-05T05:01:00Z").toEpochSecond(), "ONLINE", "pay_2", null));
        ControlTotals totals = new ControlTotals();

        Judgement j = judge.judge(c, totals);

        assertThat(j.findings()).isEmpty();
        assertThat(j.statements()).isEmpty();
        long[] day = totals.days().get(LocalDate.parse("2026-01-05"));
        assertThat(day).containsExactly(45600, 45600, 0, 0, 45600);
    }

    @Test
    void anOnlinePaymentAndACounterReceiptAreADuplicateForRefund() {
        BillCase c = bill(bill(45600, "PAID", 0));
        c.add(txn("pay_1", 45600, PaymentStatus.CAPTURED, "2026-02-05T05:00:00Z"));
        c.add(new ResolvedBillReceipt(new BillReceipt("receipts-counter", new Origin("r.csv", ++line),
                "KCR/26/000001", OffsetDateTime.parse("2026-02-07T05:00:00Z").toEpochSecond(), "kota-w-1",
                null, 45600, 0, false), "B2601-000001", "consumer+date"));
        c.add(new ResolvedBillReceipt(new BillReceipt("receipts-counter", new Origin("r.csv", ++line),
                "KCR/26/000002", OffsetDateTime.parse("2026-02-08T05:00:00Z").toEpochSecond(), "kota-w-1",
                null, 45600, 0, true), "B2601-000001", "consumer+date"));

        Judgement j = judge.judge(c, new ControlTotals());

        assertThat(categories(j)).containsExactly(Category.UNPOSTED_PAYMENT, Category.DUPLICATE_PAYMENT);
        assertThat(j.refund().paidTotal()).isEqualTo(91200);
        assertThat(j.refund().excess()).isEqualTo(45600);
        assertThat(j.refund().payments()).isEqualTo("ONLINE:pay_1:456.00;receipts-counter:KCR/26/000001:456.00");
        // already PAID: the payment is posted but the bill is not touched
        assertThat(j.statements()).hasSize(1);
        assertThat(j.statements().get(0).insert()).isTrue();
    }

    @Test
    void aPartialPaymentIsAMismatchAndDoesNotMarkTheBillPaid() {
        BillCase c = bill(bill(45600, "UNPAID", 0));
        c.add(txn("pay_1", 20000, PaymentStatus.CAPTURED, "2026-02-05T05:00:00Z"));

        Judgement j = judge.judge(c, new ControlTotals());

        assertThat(categories(j)).containsExactly(Category.UNPOSTED_PAYMENT, Category.AMOUNT_MISMATCH);
        assertThat(j.statements()).extracting(PlannedStatement::insert).containsExactly(true);
    }

    @Test
    void anOnlinePaymentPostedForAFailedOrUnknownTxnIsPostedNotCaptured() {
        BillCase c = bill(bill(45600, "PAID", 0));
        c.add(txn("pay_1", 45600, PaymentStatus.FAILED, "2026-01-05T05:00:00Z"));
        c.add(new PortalPayment("payments", new Origin("portal.sql", ++line), "21", "B2601-000001", 45600,
                0, "ONLINE", "pay_1", null));
        c.add(new PortalPayment("payments", new Origin("portal.sql", ++line), "22", "B2601-000001", 45600,
                0, "ONLINE", "pay_never", null));

        assertThat(judge.judge(c, new ControlTotals()).findings()).extracting(Finding::key).containsExactly("21", "22");
    }

    @Test
    void aCaptureForAnOrderThatIsNoBillIsUnmatched() {
        BillCase c = new BillCase("TANKER-000231");
        c.add(new GatewayTxn("gateway", new Origin("gw.csv", 9), "pay_T", "TANKER-000231", 150000,
                PaymentStatus.CAPTURED, OffsetDateTime.parse("2026-02-05T05:00:00Z").toEpochSecond(), null));
        ControlTotals totals = new ControlTotals();

        assertThat(categories(judge.judge(c, totals))).containsExactly(Category.UNMATCHED_GATEWAY_TXN);
        assertThat(totals.unbalanced()).isEmpty();
    }
}
