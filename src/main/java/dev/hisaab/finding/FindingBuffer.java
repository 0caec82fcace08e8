package dev.hisaab.finding;

import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A step's findings, held until the step ends and then written to its work file in report order
 * ({@link Finding#ORDER}, ties in the order they were found). Each work file is then one sorted run, so the report
 * step's stable sort of all of them only merges runs, and gives the order it always gave.
 */
public final class FindingBuffer {

    private final List<Finding> findings = new ArrayList<>();

    public void add(Finding finding) {
        findings.add(finding);
    }

    /**
     * Writes the findings in report order and forgets them. They are first put in category order by counting (stable,
     * one pass), then each category is sorted by key alone (stable): the same order as one stable sort by
     * {@link Finding#ORDER}, with fewer comparisons, and none in a category found in key order already.
     */
    public void writeTo(SpoolWriter out) throws IOException {
        int categories = Category.values().length;
        int[] start = new int[categories + 1];
        for (Finding f : findings) {
            start[f.category().ordinal() + 1]++;
        }
        for (int c = 0; c < categories; c++) {
            start[c + 1] += start[c];
        }
        Finding[] ordered = new Finding[findings.size()];
        int[] next = java.util.Arrays.copyOf(start, categories);
        for (Finding f : findings) {
            ordered[next[f.category().ordinal()]++] = f;
        }
        findings.clear();
        for (int c = 0; c < categories; c++) {
            java.util.Arrays.sort(ordered, start[c], start[c + 1], BY_KEY);
        }
        for (Finding f : ordered) {
            out.write(f.fields());
        }
    }

    private static final java.util.Comparator<Finding> BY_KEY = (a, b) -> a.key().compareTo(b.key());
}
