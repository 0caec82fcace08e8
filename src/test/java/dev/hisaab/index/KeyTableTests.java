package dev.hisaab.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class KeyTableTests {

    @Test
    void behavesLikeAHashMapThroughGrowth() {
        // given keys that differ only in their last digits, as bill numbers do, and some random ones
        KeyTable<Integer> table = new KeyTable<>();
        Map<String, Integer> reference = new HashMap<>();
        Random random = new Random(7);
        for (int i = 0; i < 60_000; i++) {
            String key = i % 3 == 0 ? "B2512-" + String.format("%06d", random.nextInt(90_000))
                    : "pay_" + Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
            switch (i % 4) {
                case 0 -> assertThat(table.put(key, i)).isEqualTo(reference.put(key, i));
                case 1 -> assertThat(table.putIfAbsent(key, i)).isEqualTo(reference.putIfAbsent(key, i));
                default -> {
                    int v = i;
                    assertThat(table.computeIfAbsent(key, k -> v)).isEqualTo(reference.computeIfAbsent(key, k -> v));
                }
            }
        }

        // then
        assertThat(table.size()).isEqualTo(reference.size());
        reference.forEach((k, v) -> assertThat(table.get(k)).isEqualTo(v));
        assertThat(table.sortedKeys()).containsExactlyElementsOf(new java.util.TreeSet<>(reference.keySet()));
        assertThat(table.valuesInKeyOrder()).containsExactlyElementsOf(new java.util.TreeMap<>(reference).values());
        Map<String, Integer> seen = new HashMap<>();
        table.forEach(seen::put);
        assertThat(seen).isEqualTo(reference);
    }

    @Test
    void keepsNullValuesAndNeverHoldsANullKey() {
        KeyTable<String> table = new KeyTable<>(4);
        table.put("R-1", null);

        assertThat(table.containsKey("R-1")).isTrue();
        assertThat(table.get("R-1")).isNull();
        assertThat(table.containsKey("R-2")).isFalse();
        assertThat(table.containsKey(null)).isFalse();
        assertThat(table.get(null)).isNull();
        assertThat(table.putIfAbsent("R-1", "B-9")).isNull();
        assertThat(table.get("R-1")).isNull();
    }

    @Test
    void tellsApartShortKeysThatAreCodedAsNumbers() {
        // given keys coded exactly (at most 12 of [0-9A-Z-]) that differ in length, a leading digit or one character,
        // and keys just outside that (13 characters, lower case, another sign) that are compared as strings
        String[] keys = {"", "0", "00", "000000000000", "-", "--", "------------", "ZZZZZZZZZZZZ", "JP2511432870",
            "JP2511432871", "JP251143287", "JP25114328700", "jp2511432870", "JP2511_32870", "9074517662", "B2512-012181"};
        KeyTable<Integer> table = new KeyTable<>(2);
        for (int i = 0; i < keys.length; i++) {
            assertThat(table.putIfAbsent(keys[i], i)).isNull();
        }

        // then every key finds its own value, and codes are even for coded keys only
        for (int i = 0; i < keys.length; i++) {
            assertThat(table.get(keys[i])).isEqualTo(i);
        }
        assertThat(table.size()).isEqualTo(keys.length);
        assertThat(table.keys()).containsExactlyInAnyOrder(keys);
        for (String key : keys) {
            long code = KeyTable.exact(key);
            if (code != 0) {
                assertThat(KeyTable.decode(code)).isEqualTo(key);
            }
        }
        assertThat(table.get("JP2511432872")).isNull();
        assertThat(KeyTable.exact("------------")).isNotZero().isEven();
        assertThat(KeyTable.exact("JP25114328700")).isZero();
        assertThat(KeyTable.exact("jp2511432870")).isZero();
    }
}
