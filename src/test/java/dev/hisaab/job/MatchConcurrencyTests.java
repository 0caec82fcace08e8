package dev.hisaab.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchConcurrencyTests {

    private static final long MB = 1L << 20;

    @Test
    void onePartitionPerCoreWhenTheHeapHoldsThem() {
        assertThat(MatchConcurrency.of(1200 * MB, 16, 2048 * MB, 2)).isEqualTo(2);
        assertThat(MatchConcurrency.of(600 * MB, 16, 512 * MB, 2)).isEqualTo(2);
    }

    @Test
    void oneAtATimeWhenTheHeapIsSmallForThePartitions() {
        assertThat(MatchConcurrency.of(1200 * MB, 16, 512 * MB, 2)).isEqualTo(1);
        assertThat(MatchConcurrency.of(50_000 * MB, 4, 512 * MB, 8)).isEqualTo(1);
        assertThat(MatchConcurrency.of(0, 16, 512 * MB, 0)).isEqualTo(1);
    }
}
