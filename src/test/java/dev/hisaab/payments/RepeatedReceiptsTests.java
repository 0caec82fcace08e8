package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.record.Origin;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Repeated receipt numbers found on the first pass, told again receipt by receipt on the second. */
class RepeatedReceiptsTests {

    @Test
    void tellsEachRepeatWhereItsNumberWasFirstSeen() {
        // given receipts read in this order, R1 three times and R2 twice (many, so the repeats outgrow their arrays)
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            numbers.addAll(List.of("R1", "N" + i, "R2"));
        }
        RepeatedReceipts repeated = new RepeatedReceipts();
        for (int i = 0; i < numbers.size(); i++) {
            repeated.see(numbers.get(i), new Origin("r.csv", i + 1));
        }
        repeated.seenAll();

        // then the second pass, in the same order, finds the first origin for every repeat and null for the rest
        assertThat(repeated.size()).isEqualTo(78);
        for (int i = 0; i < numbers.size(); i++) {
            Origin first = repeated.firstOfNext();
            if (i < 3 || numbers.get(i).startsWith("N")) {
                assertThat(first).as("receipt %d", i).isNull();
            } else {
                assertThat(first).as("receipt %d", i)
                        .isEqualTo(new Origin("r.csv", numbers.get(i).equals("R1") ? 1 : 3));
            }
        }
        assertThat(repeated.firstOfNext()).isNull();
    }
}
