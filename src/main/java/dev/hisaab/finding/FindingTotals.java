package dev.hisaab.finding;

/** Count and amount (paise; a finding without an amount adds none) of findings per category, added one at a time. */
public final class FindingTotals {

    private final long[] counts = new long[Category.values().length];
    private final long[] amounts = new long[Category.values().length];

    public void add(Finding f) {
        counts[f.category().ordinal()]++;
        amounts[f.category().ordinal()] += f.amount() == null ? 0 : f.amount();
    }

    public long count(Category c) {
        return counts[c.ordinal()];
    }

    public long amount(Category c) {
        return amounts[c.ordinal()];
    }
}
