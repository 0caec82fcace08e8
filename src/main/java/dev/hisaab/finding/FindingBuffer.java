package dev.hisaab.finding;

import dev.hisaab.index.KeySort;
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
     * one pass), then each category is sorted by key alone, stably, by {@link KeySort} (keys compared as packed numbers
     * in arrays, not as strings scattered over the heap): the same order as one stable sort by {@link Finding#ORDER}.
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
            int from = start[c];
            String[] keys = new String[start[c + 1] - from];
            int[] order = new int[keys.length];
            for (int i = 0; i < keys.length; i++) {
                keys[i] = ordered[from + i].key();
                order[i] = i;
            }
            KeySort.sort(keys, order);
            for (int i : order) {
                out.write(ordered[from + i].fields());
            }
        }
    }
}
