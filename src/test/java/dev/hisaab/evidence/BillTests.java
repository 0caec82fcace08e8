package dev.hisaab.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.record.Origin;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bill survives its work-file fields, whatever columns the bills before it had. */
class BillTests {

    private static Bill bill(String billNo, Map<String, String> values) {
        return new Bill("bills", new Origin("portal.sql", 12), billNo, "KOTAW1", 45600, LocalDate.parse("2026-02-10"),
                "UNPAID", 2500, values);
    }

    private static Map<String, String> values(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    @Test
    void readsBackBillsOfTheSameAndOfOtherColumns() {
        Bill[] bills = {
            bill("B1", values("bill-no", "B1", "status", "UNPAID")),
            bill("B2", values("bill-no", "B2", "status", null)),
            bill("B3", values("bill-no", "B3", "state", "PAID")),
            bill("B4", values("bill-no", "B4")),
            bill("B5", values("bill-no", "B5", "status", "PAID", "late-fee", "25.00")),
            bill("B6", values("bill-no", "B6", "status", "PAID")),
        };
        for (Bill b : bills) {
            Bill back = Bill.of(b.fields());
            assertThat(back).isEqualTo(b);
            assertThat(back.values()).containsExactlyEntriesOf(b.values());
        }
    }
}
