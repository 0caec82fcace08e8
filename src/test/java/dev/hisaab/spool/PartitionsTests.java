package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PartitionsTests {

    @Test
    void keysThatDifferOnlyInTheirDigitsSpreadEvenly() {
        int[] keys = new int[64];
        for (int i = 0; i < 200_000; i++) {
            keys[Partitions.of(String.format("B2512-%06d", i), 64)]++;
        }
        // 3,125 on average: without mixing the hash, these keys fill partitions from 540 to 6,000
        for (int partition = 0; partition < keys.length; partition++) {
            assertThat(keys[partition]).as("partition %d", partition).isBetween(2_900, 3_350);
        }
    }

    @Test
    void theSameKeyAlwaysGoesToTheSamePartitionWithinRange() {
        for (int n : new int[] {1, 2, 7, 64, 1000}) {
            for (String key : new String[] {"JP2026000001", "", "KOTAW81", "\u0915\u094b\u091f\u093e"}) {
                int p = Partitions.of(key, n);
                assertThat(p).isBetween(0, n - 1).isEqualTo(Partitions.of(new String(key), n));
            }
        }
    }

    @Test
    void aRecordWithoutKeyGoesToPartitionZero() {
        assertThat(Partitions.of(null, 64)).isZero();
    }
}
