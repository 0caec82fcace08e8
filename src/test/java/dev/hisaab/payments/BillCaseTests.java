package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The table of a partition's cases: one case per bill number, and every case in {@link String#compareTo} order. */
class BillCaseTests {

    @Test
    void findsTheCaseOfANumberAgainAndTellsNumbersApart() {
        BillCase.Table table = new BillCase.Table(4);
        List<String> numbers = List.of("B2512-000040", "B2512-000041", "B2512-00004", "B2512-000040\u0000",
                "A-VERY-LONG-BILL-NUMBER-0001", "A-VERY-LONG-BILL-NUMBER-0002", "बिल-1", "बिल-2", "", "\u0000");
        List<BillCase> cases = new ArrayList<>();
        for (String n : numbers) {
            cases.add(table.get(n));
        }

        for (int i = 0; i < numbers.size(); i++) {
            assertThat(table.get(new String(numbers.get(i))))
                    .isSameAs(cases.get(i))
                    .extracting(c -> c.billNo).isEqualTo(numbers.get(i));
        }
        assertThat(table.size()).isEqualTo(numbers.size());
    }

    @Test
    void givesCasesInNumberOrderHoweverTheyWereMade() {
        List<String> sorted = new ArrayList<>();
        for (int i = 0; i < 5000; i++) {
            sorted.add(String.format("B2512-%06d", i * 7));
        }
        List<String> strays = List.of("TANKER-000231", "B2512-000003", "A1", "B2512-000007\u0000", "Z-LONGER-THAN-SIXTEEN-1",
                "बिल-1", "B2512-0");
        List<String> shuffled = new ArrayList<>(sorted);
        Collections.shuffle(shuffled, new Random(7));

        // bills in order, then evidence for numbers that are no bill (the merge)
        assertThat(order(sorted, strays)).isEqualTo(expected(sorted, strays));
        // bills in no order (the full sort)
        assertThat(order(shuffled, strays)).isEqualTo(expected(sorted, strays));
        // all in order
        assertThat(order(sorted, List.of())).isEqualTo(sorted);
    }

    private static List<String> order(List<String> first, List<String> then) {
        BillCase.Table table = new BillCase.Table(16);
        first.forEach(table::get);
        then.forEach(table::get);
        first.forEach(table::get);
        return table.inKeyOrder().stream().map(c -> c.billNo).toList();
    }

    private static List<String> expected(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        Collections.sort(all);
        return all;
    }

    @Test
    void keepsRowsOfEachKindInTheOrderAdded() {
        BillCase c = new BillCase("B1");
        for (int i = 0; i < 7; i++) {
            c.add(new dev.hisaab.evidence.PortalPayment("payments", new dev.hisaab.record.Origin("p.sql", i), "" + i, "B1",
                    i, 0, "ONLINE", null, null));
        }
        assertThat(c.postedCount).isEqualTo(7);
        for (int i = 0; i < 7; i++) {
            assertThat(c.posted[i].paymentId()).isEqualTo("" + i);
        }
        assertThat(c.gatewayCount).isZero();
    }
}
