package dev.hisaab.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bill survives its work-file fields, which hold its values but not their names: its reader is told those. */
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
    void readsBackBillsUnderTheColumnsTheyWereWrittenWith() {
        Bill[] bills = {
            bill("B1", values("bill-no", "B1", "status", "UNPAID")),
            bill("B2", values("bill-no", "B2", "status", null)),
            bill("B3", values("bill-no", "B3", "state", "PAID")),
            bill("B4", values("bill-no", "B4")),
            bill("B5", values("bill-no", "B5", "status", "PAID", "late-fee", "25.00")),
        };
        for (Bill b : bills) {
            ColumnValues.Columns columns = ColumnValues.Columns.shared(List.copyOf(b.values().keySet()));

            Bill back = Bill.of(SpoolFields.of(b.fields()), columns);

            assertThat(back).isEqualTo(b);
            assertThat(back.values()).containsExactlyEntriesOf(b.values());
        }
    }

    @Test
    void theNamesAreNotInTheWorkFileButTheSourcesMappedFieldsInNameOrder() {
        SourceSpec spec = new SourceSpec("bills", SourceRole.BILLS, "pgdump", "portal.sql",
                Map.of("status", "status", "bill-no", "bill_no", "amount", "amount"), null, null, null);
        ColumnValues parsed = ColumnValues.of(Bill.columns(spec), new String[] {"456.00", "B1", "UNPAID"});
        Bill b = bill("B1", parsed);

        String[] fields = b.fields();

        assertThat(List.of(fields)).doesNotContain("bill-no", "status", "amount").endsWith("456.00", "B1", "UNPAID");
        assertThat(Bill.of(SpoolFields.of(fields), Bill.columns(spec)).values())
                .containsExactly(Map.entry("amount", "456.00"), Map.entry("bill-no", "B1"), Map.entry("status", "UNPAID"));
    }

    @Test
    void aBillWrittenWithOtherColumnsIsRefusedNotMisread() {
        Bill b = bill("B1", values("bill-no", "B1", "status", "PAID"));
        String[] fields = b.fields();

        assertThatThrownBy(() -> Bill.of(SpoolFields.of(fields),
                ColumnValues.Columns.shared(List.of("status", "bill-no"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other columns");
        assertThatThrownBy(() -> Bill.of(SpoolFields.of(fields),
                ColumnValues.Columns.shared(List.of("bill-no", "status", "late-fee"))))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("other columns");
    }
}
