package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Bill;
import dev.hisaab.record.Origin;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The statements writing a bill back, on the job file of the Kota sample. */
class WriteBackTests {

    final WriteBack writeBack = new WriteBack(BillJudgeTests.JOB);

    @Test
    void writesNothingForABillWithNothingUnpostedAndItsFeeRight() {
        assertThat(writeBack.plan(bill("UNPAID", 2500), List.of(), 0, 48100, false)).isEmpty();
    }

    @Test
    void reversesAWrongLateFeeGuardedByTheValuesTheBillWasReadWith() {
        List<PlannedStatement> statements = writeBack.plan(bill("PAID", 2500), List.of(), 45600, 45600, true);

        assertThat(statements).hasSize(1);
        PlannedStatement update = statements.get(0);
        assertThat(update.insert()).isFalse();
        assertThat(update.values()).containsOnlyKeys("late_fee").containsEntry("late_fee", "0.00");
        assertThat(update.expect()).containsEntry("status", "PAID").containsEntry("late_fee", "25.00");
    }

    private static Bill bill(String status, long lateFee) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("bill-no", "B2601-000001");
        values.put("late-fee", dev.hisaab.value.Amounts.formatRupees(lateFee));
        values.put("status", status);
        values.put("updated-at", "2026-02-11 02:00:00+05:30");
        return new Bill("bills", new Origin("portal.sql", 1), "B2601-000001", "KOTAW1", 45600,
                LocalDate.parse("2026-02-10"), status, lateFee, values);
    }
}
