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

    private String[] keys;
    private Object[] values;
    private int shift;
    private int size;

    public KeyTable() {
        this(16);
    }

    /** A table that holds {@code expected} keys without growing. */
    public KeyTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) * 2;
        keys = new String[capacity];
        values = new Object[capacity];
        shift = 32 - Integer.numberOfTrailingZeros(capacity);
    }

    public int size() {
        return size;
    }

    /** Whether {@code key} is present; a null key never is. */
    public boolean containsKey(String key) {
        return key != null && keys[slot(key, hash(key))] != null;
    }

    /** The value of {@code key}, or null when absent (or when null was stored); a null key is always absent. */
    @SuppressWarnings("unchecked")
    public V get(String key) {
        return key == null ? null : (V) values[slot(key, hash(key))];
    }

    /** Stores {@code value} under {@code key}; returns the value it replaces. */
    @SuppressWarnings("unchecked")
    public V put(String key, V value) {
        int h = hash(key);
        int i = slot(key, h);
        V old = (V) values[i];
        values[i] = value;
        if (keys[i] == null) {
            keys[i] = key;
            grown();
        }
        return old;
    }

    /** Stores {@code value} unless {@code key} is present; returns the value present before, or null. */
    @SuppressWarnings("unchecked")
    public V putIfAbsent(String key, V value) {
        int h = hash(key);
        int i = slot(key, h);
        if (keys[i] != null) {
            return (V) values[i];
        }
        keys[i] = key;
        values[i] = value;
        grown();
        return null;
    }

    /** The value of {@code key}, made by {@code create} and stored if the key is absent. */
    @SuppressWarnings("unchecked")
    public V computeIfAbsent(String key, Function<String, V> create) {
        int h = hash(key);
        int i = slot(key, h);
        if (keys[i] != null) {
            return (V) values[i];
        }
        V value = create.apply(key);
        keys[i] = key;
        values[i] = value;
        grown();
        return value;
    }

    /** Every key, in no particular order. */
    public String[] keys() {
        String[] out = new String[size];
        int n = 0;
        for (String k : keys) {
            if (k != null) {
                out[n++] = k;
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                sorted[n] = keys[i];
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
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                action.accept(keys[i], (V) values[i]);
            }
        }
    }

    private static int hash(String key) {
        return key.hashCode() * MIX;
    }

    /** The slot holding {@code key} (whose {@link #hash} is {@code h}), or the empty slot where it would go. */
    private int slot(String key, int h) {
        int mask = keys.length - 1;
        int i = h >>> shift;
        while (true) {
            String k = keys[i];
            if (k == null || k == key || k.equals(key)) {
                return i;
            }
            i = (i + 1) & mask;
        }
    }

    /** Keeps the table at most half full, so probes stay short. */
    private void grown() {
        if (++size * 2 <= keys.length) {
            return;
        }
        String[] oldKeys = keys;
        Object[] oldValues = values;
        keys = new String[oldKeys.length * 2];
        values = new Object[oldKeys.length * 2];
        shift--;
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != null) {
                // keys are distinct: the first empty slot from the home slot is the place, no comparison needed
                int i = hash(oldKeys[j]) >>> shift;
                while (keys[i] != null) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                values[i] = oldValues[j];
            }
        }
    }
}
