package dev.hisaab.index;

import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A hash table from text keys to values (null values allowed), for the millions of business keys a step holds at
 * once: open addressing over two arrays, so no entry object per key, and the keys' {@link String#hashCode()} is mixed
 * before use. Unmixed, keys that differ only in their last digits (bill and application numbers, one partition's share
 * of them) crowd into a third of a {@link java.util.HashMap}'s buckets. Keys are never null. Not thread-safe; no removal.
 */
public final class KeyTable<V> {

    private static final int MIX = 0x9E3779B9; // 2^32 / golden ratio: spreads sequences into the high bits

    // Slot i keeps its key at entries[2i] and its value at entries[2i + 1] (one cache line for both), and its key's
    // mixed hash, with the lowest bit set, at marks[i] (0: empty). A probe reads marks, which are dense, and touches a
    // key string only when the hashes agree: looking a key up in a table of a million is a few cache misses, and most
    // of them were the strings of other keys compared on the way.
    private int[] marks;
    private Object[] entries;
    private int shift;
    private int size;

    public KeyTable() {
        this(16);
    }

    /** A table that holds {@code expected} keys without growing. */
    public KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        marks = new int[capacity];
        entries = new Object[2 * capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    public int size() {
        return size;
    }

    /** Whether {@code key} is present; a null key never is. */
    public boolean containsKey(String key) {
        return key != null && marks[slot(key, hash(key))] != 0;
    }

    /** The value of {@code key}, or null when absent (or when null was stored); a null key is always absent. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        return key == null ? null : (V) entries[2 * slot(key, hash(key)) + 1];
    }

    /** Stores {@code value} under {@code key}; returns the value it replaces. */
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        int h = hash(key);
        int i = slot(key, h);
        V old = (V) entries[2 * i + 1];
        entries[2 * i + 1] = value;
        if (marks[i] == 0) {
            occupy(i, h, key);
        }
        return old;
    }

    /** Stores {@code value} unless {@code key} is present; returns the value present before, or null. */
    @SuppressWarnings("unchecked")
    public V putIfAbsent(String key, V value) {
        int h = hash(key);
        int i = slot(key, h);
        if (marks[i] != 0) {
            return (V) entries[2 * i + 1];
        }
        entries[2 * i + 1] = value;
        occupy(i, h, key);
        return null;
    }

    /** The value of {@code key}, made by {@code create} and stored if the key is absent. */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(String key, Function<String, V> create) {
        int h = hash(key);
        int i = slot(key, h);
        if (marks[i] != 0) {
            return (V) entries[2 * i + 1];
        }
        V value = create.apply(key);
        entries[2 * i + 1] = value;
        occupy(i, h, key);
        return value;
    }

    /** Every key, in no particular order. */
    public String[] keys() {
        String[] out = new String[size];
        int n = 0;
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] != 0) {
                out[n++] = (String) entries[2 * i];
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
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] != 0) {
                sorted[n] = (String) entries[2 * i];
                slots[n++] = i;
            }
        }
        KeySort.sort(sorted, slots);
        Object[] out = new Object[size];
        for (int i = 0; i < size; i++) {
            out[i] = entries[2 * slots[i] + 1];
        }
        return (java.util.List<V>) java.util.Arrays.asList(out);
    }

    @SuppressWarnings("unchecked")
    public void forEach(BiConsumer<String, V> action) {
        for (int i = 0; i < marks.length; i++) {
            if (marks[i] != 0) {
                action.accept((String) entries[2 * i], (V) entries[2 * i + 1]);
            }
        }
    }

    private static int hash(String key) {
        return key.hashCode() * MIX;
    }

    /** The slot holding {@code key} (whose {@link #hash} is {@code h}), or the empty slot where it would go. */
    private int slot(String key, int h) {
        int mask = marks.length - 1;
        int mark = h | 1;
        int i = h >>> shift;
        while (true) {
            int m = marks[i];
            if (m == 0) {
                return i;
            }
            if (m == mark) {
                Object k = entries[2 * i];
                if (k == key || key.equals(k)) {
                    return i;
                }
            }
            i = (i + 1) & mask;
        }
    }

    private void occupy(int i, int h, String key) {
        marks[i] = h | 1;
        entries[2 * i] = key;
        grown();
    }

    /** Keeps the table at most half full, so probes stay short. */
    private void grown() {
        if (++size * 2 <= marks.length) {
            return;
        }
        int[] oldMarks = marks;
        Object[] oldEntries = entries;
        marks = new int[oldMarks.length * 2];
        entries = new Object[oldEntries.length * 2];
        shift--;
        int mask = marks.length - 1;
        for (int j = 0; j < oldMarks.length; j++) {
            if (oldMarks[j] != 0) {
                // keys are distinct: the first empty slot from the home slot is the place, no comparison needed; the
                // mark has every bit of the hash the home slot needs (shift is at least 1)
                int i = oldMarks[j] >>> shift;
                while (marks[i] != 0) {
                    i = (i + 1) & mask;
                }
                marks[i] = oldMarks[j];
                entries[2 * i] = oldEntries[2 * j];
                entries[2 * i + 1] = oldEntries[2 * j + 1];
            }
        }
    }
}
