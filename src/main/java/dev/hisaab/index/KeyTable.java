package dev.hisaab.index;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A hash table from text keys to values (null values allowed), for the millions of business keys a step holds at
 * once: open addressing over arrays, so no entry object per key. Keys are never null. Not thread-safe; no removal.
 *
 * <p>Each slot has a code: a key of at most 12 characters of {@code [0-9A-Z-]} (application and bill numbers,
 * mobiles, short receipt numbers) is turned into a number exactly (see {@link #exact}), so equal codes mean equal
 * keys, a lookup reads only the codes, which are dense, and the value, and the table need not keep the key string at
 * all (it is spelled out again from the code when asked for). Any other key's code is its hash, and the key, kept
 * in a third array made for the first such key, is compared only when the hashes agree. In a table of a million
 * keys most of a lookup's time had been cache misses on the strings of keys, those compared on the way and the one
 * found. Hashes are mixed before use: unmixed, keys that differ only in their last digits (one partition's share of
 * sequential numbers) crowd into a third of a {@link java.util.HashMap}'s buckets. The table is at most three
 * quarters full: a longer probe reads more codes, eight to a cache line, but no strings.
 */
public final class KeyTable<V> {

    private static final int MIX = 0x9E3779B9; // 2^32 / golden ratio: spreads sequences into the high bits
    private static final long MIX64 = 0x9E3779B97F4A7C15L;
    private static final char[] DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-".toCharArray();

    private long[] codes; // 0: empty slot
    private Object[] values;
    private String[] keys; // keys without an exact code, by slot; null while there is none
    private int shift;
    private int size;

    public KeyTable() {
        this(16);
    }

    /** A table that holds {@code expected} keys without growing. */
    public KeyTable(int expected) {
        int capacity = Integer.highestOneBit((int) Math.min(1 << 30, Math.max(4, expected) * 4L / 3 + 1) * 2 - 1);
        codes = new long[capacity];
        values = new Object[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    public int size() {
        return size;
    }

    /** Whether {@code key} is present; a null key never is. */
    public boolean containsKey(String key) {
        return key != null && codes[slot(key, code(key))] != 0;
    }

    /** The value of {@code key}, or null when absent (or when null was stored); a null key is always absent. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        return key == null ? null : (V) values[slot(key, code(key))];
    }

    /** Stores {@code value} under {@code key}; returns the value it replaces. */
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        long c = code(key);
        int i = slot(key, c);
        V old = (V) values[i];
        values[i] = value;
        if (codes[i] == 0) {
            occupy(i, c, key);
        }
        return old;
    }

    /** Stores {@code value} unless {@code key} is present; returns the value present before, or null. */
    @SuppressWarnings("unchecked")
    public V putIfAbsent(String key, V value) {
        long c = code(key);
        int i = slot(key, c);
        if (codes[i] != 0) {
            return (V) values[i];
        }
        values[i] = value;
        occupy(i, c, key);
        return null;
    }

    /** The value of {@code key}, made by {@code create} and stored if the key is absent. */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(String key, Function<String, V> create) {
        long c = code(key);
        int i = slot(key, c);
        if (codes[i] != 0) {
            return (V) values[i];
        }
        V value = create.apply(key);
        values[i] = value;
        occupy(i, c, key);
        return value;
    }

    /** Every key, in no particular order. */
    public String[] keys() {
        String[] out = new String[size];
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != 0) {
                out[n++] = key(i);
            }
        }
        return out;
    }

    /** Every key, sorted ({@link String#compareTo}). */
    public String[] sortedKeys() {
        return KeySort.sorted(keys());
    }

    /** Every value, in the order of their keys ({@link String#compareTo}): a walk in key order without a lookup per key. */
    @SuppressWarnings("unchecked")
    public java.util.List<V> valuesInKeyOrder() {
        String[] sorted = new String[size];
        int[] slots = new int[size];
        int n = 0;
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != 0) {
                sorted[n] = key(i);
                slots[n++] = i;
            }
        }
        KeySort.sort(sorted, slots);
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = values[slots[i]];
        }
        return (java.util.List<V>) java.util.Arrays.asList(out);
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<String, V> action) {
        for (int i = 0; i < codes.length; i++) {
            if (codes[i] != 0) {
                action.accept(key(i), (V) values[i]);
            }
        }
    }

    /**
     * The key as a number, when it has at most 12 characters of {@code [0-9A-Z-]}: its characters as the digits 1 to
     * 37 of a number in base 38 (no digit is 0, so no two such keys share one, and 38^12 is below 2^63), plus one,
     * doubled: even and never 0. Any other key: 0.
     */
    static long exact(String key) {
        int n = key.length();
        if (n > 12) {
            return 0;
        }
        long v = 0;
        for (int i = 0; i < n; i++) {
            char c = key.charAt(i);
            int d;
            if (c >= '0' && c <= '9') {
                d = c - '0' + 1;
            } else if (c >= 'A' && c <= 'Z') {
                d = c - 'A' + 11;
            } else if (c == '-') {
                d = 37;
            } else {
                return 0;
            }
            v = v * 38 + d;
        }
        return (v + 1) << 1;
    }

    /** The key whose {@link #exact} code is {@code c}. */
    static String decode(long c) {
        long v = (c >>> 1) - 1;
        char[] out = new char[12];
        int at = 12;
        while (v > 0) {
            out[--at] = DIGITS[(int) (v % 38) - 1];
            v /= 38;
        }
        return new String(out, at, 12 - at);
    }

    /** The code of a key: {@link #exact}, or else its mixed hash in the high half and 1 in the low (odd). */
    private static long code(String key) {
        long c = exact(key);
        return c != 0 ? c : (long) (key.hashCode() * MIX) << 32 | 1;
    }

    /** The hash of the key whose code is {@code c}, whose highest bits pick its home slot. */
    private static int hash(long c) {
        return (c & 1) == 0 ? (int) ((c * MIX64) >>> 32) : (int) (c >>> 32);
    }

    private String key(int i) {
        return (codes[i] & 1) == 0 ? decode(codes[i]) : keys[i];
    }

    /** The slot holding {@code key} (whose {@link #code} is {@code c}), or the empty slot where it would go. */
    private int slot(String key, long c) {
        int mask = codes.length - 1;
        int i = hash(c) >>> shift;
        while (true) {
            long m = codes[i];
            if (m == 0) {
                return i;
            }
            if (m == c && ((c & 1) == 0 || key.equals(keys[i]))) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    private void occupy(int i, long c, String key) {
        codes[i] = c;
        if ((c & 1) != 0) {
            if (keys == null) {
                keys = new String[codes.length];
            }
            keys[i] = key;
        }
        grown();
    }

    /** Keeps the table at most three quarters full, so probes stay short and always end. */
    private void grown() {
        if (++size <= codes.length / 4 * 3) {
            return;
        }
        long[] oldCodes = codes;
        Object[] oldValues = values;
        String[] oldKeys = keys;
        codes = new long[oldCodes.length * 2];
        values = new Object[oldCodes.length * 2];
        keys = oldKeys == null ? null : new String[oldCodes.length * 2];
        shift--;
        int mask = codes.length - 1;
        for (int j = 0; j < oldCodes.length; j++) {
            if (oldCodes[j] != 0) {
                // keys are distinct: the first empty slot from the home slot is the place, no comparison needed
                int i = hash(oldCodes[j]) >>> shift;
                while (codes[i] != 0) {
                    i = (i + 1) & mask;
                }
                codes[i] = oldCodes[j];
                values[i] = oldValues[j];
                if (oldKeys != null) {
                    keys[i] = oldKeys[j];
                }
            }
        }
    }
}
