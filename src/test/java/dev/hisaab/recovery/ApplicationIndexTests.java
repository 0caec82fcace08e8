package dev.hisaab.recovery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.spool.Partitions;
import org.junit.jupiter.api.Test;

class ApplicationIndexTests {

    // 16 partitions in 2 groups, as the index of a job with two cores is built; ranks: a gateway, then callbacks
    final ApplicationIndex index = new ApplicationIndex(16, 2, 2, 64, new int[] {16, 16});

    @Test
    void groupsAreRunsOfConsecutivePartitions() {
        assertThat(index.group(0)).isZero();
        assertThat(index.group(7)).isZero();
        assertThat(index.group(8)).isEqualTo(1);
        assertThat(index.group(15)).isEqualTo(1);
    }

    @Test
    void findsApplicationsWithAMobileInEveryGroup() {
        String low = number(0);
        String high = number(1);
        index.mobile(index.add(low), "9000000001");
        index.mobile(index.add(high), "9000000001");

        assertThat(index.withMobile("9000000001")).extracting(a -> a.number).containsExactlyInAnyOrder(low, high);
        assertThat(index.get(low).hasMobile).isTrue();
        assertThat(index.size()).isEqualTo(2);
    }

    @Test
    void theFirstSourceToNameATransactionDecidesAsIfAllWereReadInTurn() {
        // given a transaction the callbacks (rank 1) name first, in the first group, and the gateway (rank 0) in the second
        index.txn(1, "pay_1", number(0));
        index.txn(0, "pay_1", number(1));
        // and one named only by callbacks, in both groups: the first group's partitions come first
        index.txn(1, "pay_2", number(1));
        index.txn(1, "pay_2", number(0));

        assertThat(index.orderOf("pay_1")).isEqualTo(number(1));
        assertThat(index.orderOf("pay_2")).isEqualTo(number(0));
        assertThat(index.orderOf("pay_3")).isNull();
    }

    /** An application number of the given group. */
    private String number(int group) {
        for (int i = 0; ; i++) {
            String n = "JP2511" + String.format("%05d", i);
            if (index.group(Partitions.of(n, 16)) == group) {
                return n;
            }
        }
    }
}
