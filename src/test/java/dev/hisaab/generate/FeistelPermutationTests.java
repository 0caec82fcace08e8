package dev.hisaab.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.BitSet;

import org.junit.jupiter.api.Test;

class FeistelPermutationTests {

    @Test
    void isABijectionWithAnInverse() {
        FeistelPermutation permutation = new FeistelPermutation(100_000, 42L);
        BitSet seen = new BitSet(100_000);
        for (long x = 0; x < 100_000; x++) {
            long y = permutation.apply(x);
            assertThat(y).isBetween(0L, 99_999L);
            assertThat(seen.get((int) y)).isFalse();
            seen.set((int) y);
            assertThat(permutation.inverse(y)).isEqualTo(x);
        }
    }

    @Test
    void spreadsConsecutiveCounters() {
        FeistelPermutation permutation = new FeistelPermutation(100_000, 7L);
        assertThat(Math.abs(permutation.apply(1) - permutation.apply(0))).isGreaterThan(10);
    }
}
