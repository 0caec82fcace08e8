package dev.hisaab.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeySortTests {

    @Test
    void sortsAsStringCompareToDoes() {
        // given business-like keys, keys sharing their first 16 characters, prefixes of one another, a NUL, Latin-1
        Random random = new Random(11);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 5_000; i++) {
            keys.add("B2601-" + String.format("%06d", random.nextInt(1_000_000)));
            keys.add("pay_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36));
            keys.add("APPLICATION-2026-" + random.nextInt(50));
        }
        keys.addAll(List.of("", "A", "A\0", "A\0B", "AB", "\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff\u00ff", "é", "Z"));
        String[] expected = keys.toArray(String[]::new);
        Arrays.sort(expected);

        // when
        String[] sorted = KeySort.sorted(keys.toArray(String[]::new));

        // then
        assertThat(sorted).containsExactly(expected);
    }

    @Test
    void sortsKeysBeyondLatin1ByTheirCharacters() {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            keys.add("क" + (i * 7919 % 200));
            keys.add("K" + i);
        }
        String[] expected = keys.toArray(String[]::new);
        Arrays.sort(expected);

        assertThat(KeySort.sorted(keys.toArray(String[]::new))).containsExactly(expected);
    }

    @Test
    void movesEachEntryWithItsKey() {
        for (int n : new int[] {10, 1_000}) {
            String[] keys = new String[n];
            int[] with = new int[n];
            for (int i = 0; i < n; i++) {
                keys[i] = (i % 2 == 0 ? "K" : "क") + ((i * 7919) % n);
                with[i] = (i * 7919) % n;
            }
            String[] expected = keys.clone();
            Arrays.sort(expected);

            KeySort.sort(keys, with);

            assertThat(keys).containsExactly(expected);
            for (int i = 0; i < n; i++) {
                assertThat(keys[i].substring(1)).isEqualTo(Integer.toString(with[i]));
            }
        }
    }

    @Test
    void equalKeysKeepTheirEntriesInOrder() {
        for (int n : new int[] {10, 63, 64, 1_000}) {
            for (String prefix : new String[] {"K", "क"}) {
                String[] keys = new String[n];
                int[] with = new int[n];
                for (int i = 0; i < n; i++) {
                    keys[i] = prefix + (n - i) % 3;
                    with[i] = i;
                }

                KeySort.sort(keys, with);

                for (int i = 1; i < n; i++) {
                    if (keys[i].equals(keys[i - 1])) {
                        assertThat(with[i]).as("n=%d %s", n, keys[i]).isGreaterThan(with[i - 1]);
                    }
                }
            }
        }
    }

    @Test
    void sortsFewKeys() {
        assertThat(KeySort.sorted(new String[] {"b", "a", "c"})).containsExactly("a", "b", "c");
        assertThat(KeySort.sorted(new String[0])).isEmpty();
    }
}
