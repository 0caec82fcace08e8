package dev.hisaab.value;

/**
 * Damerau (optimal string alignment) edit distance: substitutions, insertions, deletions and transpositions of
 * adjacent characters each cost one. Used to spot keys mistyped by one keystroke, such as {@code APP2024017} keyed as
 * {@code APP2024071}.
 */
public final class EditDistance {

    private EditDistance() {
    }

    /** Whether the strings differ by at most one edit; linear time, no allocation. */
    public static boolean withinOne(String a, String b) {
        int la = a.length();
        int lb = b.length();
        if (Math.abs(la - lb) > 1) {
            return false;
        }
        if (la < lb) {
            return withinOne(b, a);
        }
        int i = 0;
        while (i < lb && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i == lb) {
            return true; // equal, or a has one extra character at the end
        }
        if (la == lb) {
            return a.regionMatches(i + 1, b, i + 1, la - i - 1)
                    || i + 1 < la && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                    && a.regionMatches(i + 2, b, i + 2, la - i - 2);
        }
        return a.regionMatches(i + 1, b, i, lb - i); // delete a's character at i
    }

    /** The distance; O(|a|·|b|) time, O(|b|) memory. */
    public static int distance(String a, String b) {
        int lb = b.length();
        int[] before = new int[lb + 1];
        int[] previous = new int[lb + 1];
        int[] current = new int[lb + 1];
        for (int j = 0; j <= lb; j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= lb; j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, before[j - 2] + 1);
                }
                current[j] = best;
            }
            int[] recycled = before;
            before = previous;
            previous = current;
            current = recycled;
        }
        return previous[lb];
    }
}
