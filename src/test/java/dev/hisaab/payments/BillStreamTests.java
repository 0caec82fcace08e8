package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.evidence.Bill;
import dev.hisaab.evidence.PortalPayment;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bills streamed from their work file in number order, merged with the cases of payment evidence. */
class BillStreamTests {

    /** The columns of the bills these tests write: their values hold the bill number alone. */
    private static final ColumnValues.Columns COLUMNS = ColumnValues.Columns.shared(List.of("bill-no"));

    @TempDir
    Path dir;

    @Test
    void visitsEveryCaseOnceInNumberOrderWithItsBill() throws IOException {
        // given bills in number order, and evidence for some of them and for numbers that are no bill
        Path file = bills("B-002", "B-004", "B-006", "B-008");
        List<BillCase> evidence = evidence("B-001", "B-004", "B-005", "B-008", "B-009");

        // when
        List<String> visited = new ArrayList<>();
        List<String> rejected = new ArrayList<>();
        boolean merged = BillStream.merge(file, COLUMNS, evidence, (b, first) -> rejected.add(b.billNo()),
                c -> visited.add(c.billNo + (c.bill == null ? "" : "+bill") + (c.hasNoRows() ? "" : "+rows")));

        // then
        assertThat(merged).isTrue();
        assertThat(visited).containsExactly("B-001+rows", "B-002+bill", "B-004+bill+rows", "B-005+rows", "B-006+bill",
                "B-008+bill+rows", "B-009+rows");
        assertThat(rejected).isEmpty();
        assertThat(evidence).containsOnlyNulls();
    }

    @Test
    void rejectsARepeatedNumberInFavourOfTheFirstBill() throws IOException {
        Path file = bills("B-002", "B-002", "B-003");
        List<String> visited = new ArrayList<>();
        List<String> rejected = new ArrayList<>();

        BillStream.merge(file, COLUMNS, evidence("B-002"), (b, first) -> rejected.add(b.origin() + " first at " + first.origin()),
                c -> visited.add(c.billNo + "@" + c.bill.origin()));

        assertThat(visited).containsExactly("B-002@portal.sql:1", "B-003@portal.sql:3");
        assertThat(rejected).containsExactly("portal.sql:2 first at portal.sql:1");
    }

    @Test
    void tellsWhenABillComesOutOfNumberOrder() throws IOException {
        List<String> visited = new ArrayList<>();

        boolean merged = BillStream.merge(bills("B-1", "B-3", "B-2", "B-4"), COLUMNS, evidence(), (b, first) -> { },
                c -> visited.add(c.billNo));

        assertThat(merged).isFalse();
        assertThat(visited).containsExactly("B-1", "B-3");
        assertThat(BillStream.merge(bills(), COLUMNS, evidence("B-1"), (b, first) -> { }, c -> { })).isTrue();
    }

    private Path bills(String... numbers) throws IOException {
        Path file = dir.resolve("bills-" + Arrays.hashCode(numbers) + "-" + numbers.length + ".spool");
        try (SpoolWriter out = new SpoolWriter(file)) {
            int line = 0;
            for (String n : numbers) {
                out.write(new Bill("bills", new Origin("portal.sql", ++line), n, "KOTAW1", 10000,
                        LocalDate.parse("2026-02-10"), "UNPAID", 0, Map.of("bill-no", n)).fields());
            }
            out.commit();
        }
        return file;
    }

    private static List<BillCase> evidence(String... numbers) {
        List<BillCase> cases = new ArrayList<>();
        for (String n : numbers) {
            BillCase c = new BillCase(n);
            c.add(new PortalPayment("payments", new Origin("portal.sql", 100), "P" + n, n, 10000, 0, "ONLINE",
                    "pay_" + n, null));
            cases.add(c);
        }
        return cases;
    }
}
