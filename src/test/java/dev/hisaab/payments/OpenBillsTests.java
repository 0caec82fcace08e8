package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The bill a receipt without a bill number paid: the consumer's latest bill issued by its date, from any slice. */
class OpenBillsTests {

    private static final LocalDate JAN = LocalDate.of(2026, 1, 15);
    private static final LocalDate FEB = LocalDate.of(2026, 2, 15);
    private static final LocalDate MAR = LocalDate.of(2026, 3, 15);

    @Test
    void choosesTheLatestBillIssuedOnThePaymentDay() {
        OpenBills open = new OpenBills(15);
        open.add("C1", "B-MAR", MAR);
        open.add("C1", "B-JAN", JAN);
        open.add("C1", "B-FEB", FEB);

        assertThat(open.billFor("C1", LocalDate.of(2026, 2, 1))).isEqualTo("B-FEB"); // FEB issued on Jan 31
        assertThat(open.billFor("C1", LocalDate.of(2026, 1, 30))).isEqualTo("B-JAN");
        assertThat(open.billFor("C1", LocalDate.of(2025, 12, 1))).isEqualTo("B-JAN"); // before any: the first
        assertThat(open.billFor("C1", LocalDate.of(2026, 6, 1))).isEqualTo("B-MAR");
        assertThat(open.billFor("C2", FEB)).isNull();
    }

    @Test
    void joinedSlicesChooseAsOneTableWould() {
        // given the same bills read in one table, and in three slices in another order
        OpenBills whole = new OpenBills(15);
        OpenBills first = new OpenBills(15);
        OpenBills second = new OpenBills(15);
        OpenBills third = new OpenBills(15);
        String[] bills = {"B-1", "B-2", "B-3", "B-4", "B-5"};
        LocalDate[] due = {JAN, FEB, FEB, MAR, JAN};
        for (int i = 0; i < bills.length; i++) {
            whole.add("C1", bills[i], due[i]);
            (i % 3 == 0 ? third : i % 3 == 1 ? second : first).add("C1", bills[bills.length - 1 - i],
                    due[bills.length - 1 - i]);
        }
        second.add("C2", "B-9", FEB);
        second.addAll(third);
        first.addAll(second);

        // then every day gives the same bill (ties of a due date go to the greater bill number)
        for (LocalDate day = LocalDate.of(2025, 12, 1); day.isBefore(LocalDate.of(2026, 4, 1)); day = day.plusDays(1)) {
            assertThat(first.billFor("C1", day)).as("paid %s", day).isEqualTo(whole.billFor("C1", day));
        }
        assertThat(first.billFor("C2", JAN)).isEqualTo("B-9");
        assertThat(first.billFor("C3", JAN)).isNull();
    }
}
