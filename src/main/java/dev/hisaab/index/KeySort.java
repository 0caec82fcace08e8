package dev.hisaab.index;

import java.util.Arrays;

/**
 * Sorts text keys in {@link String#compareTo} order, fast for the hundreds of thousands of keys a partition holds.
 * Each key's first 16 characters are packed into two longs (when they are all below U+0100, as business keys are),
 * and a merge sort moves those longs with the keys, so nearly every comparison reads two numbers from arrays it walks
 * in order instead of two strings scattered over the heap; only keys whose first 16 characters are equal are
 * compared as strings. Keys with other characters are sorted as strings.
 */
public final class KeySort {

    /** Below this many keys, sorting the strings directly is as fast. */
    private static final int SMALL = 64;

    private KeySort() {
    }

    /** {@code keys} (distinct or not), sorted in place and returned. */
    static String[] sorted(String[] keys) {
        sort(keys, new int[keys.length]);
        return keys;
    }

    /**
     * Sorts {@code keys} in place, and {@code with} (as long as the keys) so each entry stays beside its key; stable
     * (equal keys keep their order, and so their entries).
     */
    public static void sort(String[] keys, int[] with) {
        int n = keys.length;
        if (n < SMALL) {
            insertionSort(keys, with);
            return;
        }
        long[] high = new long[n];
        long[] low = new long[n];
        for (int i = 0; i < n; i++) {
            String k = keys[i];
            long h = pack(k, 0);
            long l = pack(k, 8);
            if (h == -1 || l == -1) {
                sortAsStrings(keys, with);
                return;
            }
            // flipped sign bit: signed comparison of the result orders as unsigned comparison of the characters
            high[i] = h ^ Long.MIN_VALUE;
            low[i] = l ^ Long.MIN_VALUE;
        }
        mergeSort(keys, high, low, with, n);
    }

    /**
     * A few keys sorted as strings, stably, by insertion: no boxing, and none of the JDK's shared sort, whose compiled
     * code a run's many comparators keep invalidating (docs/benchmarks.md).
     */
    private static void insertionSort(String[] keys, int[] with) {
        for (int i = 1; i < keys.length; i++) {
            String key = keys[i];
            int entry = with[i];
            int j = i - 1;
            while (j >= 0 && keys[j].compareTo(key) > 0) {
                keys[j + 1] = keys[j];
                with[j + 1] = with[j];
                j--;
            }
            keys[j + 1] = key;
            with[j + 1] = entry;
        }
    }

    private static void sortAsStrings(String[] keys, int[] with) {
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        // stable, as the merge sort is
        Arrays.sort(order, (a, b) -> keys[a].compareTo(keys[b]));
        String[] k = keys.clone();
        int[] w = with.clone();
        for (int i = 0; i < order.length; i++) {
            keys[i] = k[order[i]];
            with[i] = w[order[i]];
        }
    }

    /**
     * Characters {@code from} to {@code from + 7} of {@code k}, one byte each, first in the highest byte, missing
     * characters as 0 (so a key sorts before any longer key it begins); -1 when one of them is U+0100 or above.
     */
    public static long pack(String k, int from) {
        long v = 0;
        int end = Math.min(k.length(), from + 8);
        for (int i = from; i < end; i++) {
            char c = k.charAt(i);
            if (c > 0xFF) {
                return -1;
            }
            v |= (long) c << (8 * (7 - (i - from)));
        }
        return v;
    }

    /** Bottom-up merge sort of the three parallel arrays, by (high, low, key). */
    private static void mergeSort(String[] keys, long[] high, long[] low, int[] with, int n) {
        String[] srcK = keys;
        long[] srcH = high;
        long[] srcL = low;
        int[] srcW = with;
        String[] dstK = new String[n];
        long[] dstH = new long[n];
        long[] dstL = new long[n];
        int[] dstW = new int[n];
        for (int width = 1; width < n; width *= 2) {
            for (int from = 0; from < n; from += 2 * width) {
                int mid = Math.min(from + width, n);
                int to = Math.min(from + 2 * width, n);
                int i = from;
                int j = mid;
                int o = from;
                while (i < mid && j < to) {
                    if (compare(srcH[j], srcL[j], srcK[j], srcH[i], srcL[i], srcK[i]) < 0) {
                        dstK[o] = srcK[j];
                        dstH[o] = srcH[j];
                        dstW[o] = srcW[j];
                        dstL[o++] = srcL[j++];
                    } else {
                        dstK[o] = srcK[i];
                        dstH[o] = srcH[i];
                        dstW[o] = srcW[i];
                        dstL[o++] = srcL[i++];
                    }
                }
                int left = mid - i;
                System.arraycopy(srcK, i, dstK, o, left);
                System.arraycopy(srcH, i, dstH, o, left);
                System.arraycopy(srcL, i, dstL, o, left);
                System.arraycopy(srcW, i, dstW, o, left);
                o += left;
                System.arraycopy(srcK, j, dstK, o, to - j);
                System.arraycopy(srcH, j, dstH, o, to - j);
                System.arraycopy(srcL, j, dstL, o, to - j);
                System.arraycopy(srcW, j, dstW, o, to - j);
            }
            String[] tk = srcK;
            srcK = dstK;
            dstK = tk;
            long[] th = srcH;
            srcH = dstH;
            dstH = th;
            long[] tl = srcL;
            srcL = dstL;
            dstL = tl;
            int[] tw = srcW;
            srcW = dstW;
            dstW = tw;
        }
        if (srcK != keys) {
            System.arraycopy(srcK, 0, keys, 0, n);
            System.arraycopy(srcW, 0, with, 0, n);
        }
    }

    private static int compare(long h1, long l1, String k1, long h2, long l2, String k2) {
        if (h1 != h2) {
            return h1 < h2 ? -1 : 1;
        }
        if (l1 != l2) {
            return l1 < l2 ? -1 : 1;
        }
        return k1.compareTo(k2);
    }
}
