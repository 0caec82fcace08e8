package dev.hisaab.payments;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Category;
import dev.hisaab.record.Origin;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A bill's findings and the rows they cite. */
class FoundTests {

    @Test
    void aBillWithNothingToSayIsTheSharedEmptyJudgement() {
        assertThat(new Found().judgement(List.of(), null)).isSameAs(Found.NOTHING);
    }

    @Test
    void citesEveryRowOfEachFindingAsFileAndLine() {
        Found found = new Found();
        found.add(Category.UNPOSTED_PAYMENT, "pay_1", 100, List.of(new Origin("gw.csv", 2), new Origin("cb.jsonl", 5)),
                "captured-not-posted", "captured");
        found.add(Category.AMOUNT_MISMATCH, "pay_1", 100, List.of(new Origin("gw.csv", 2)), "amount-vs-bill", "short");

        Judgement j = found.judgement(List.of(), null);

        assertThat(j.findings()).hasSize(2);
        assertThat(j.findings().get(0).refs()).containsExactly("gw.csv:2", "cb.jsonl:5");
        assertThat(j.cited()).containsExactly(new Origin("gw.csv", 2), new Origin("cb.jsonl", 5), new Origin("gw.csv", 2));
    }
}
