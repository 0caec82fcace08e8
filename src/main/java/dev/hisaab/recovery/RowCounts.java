package dev.hisaab.recovery;

import dev.hisaab.accounting.Counter;
import dev.hisaab.accounting.Tally;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows a match partition tied to an application, per source, with their amounts, and how many of them a finding
 * cites: every row counts once, as matched or in a finding. Rows are counted as they are read (matched), and a cited
 * row is moved to the findings when its application is judged, so most rows need no second look. Added to the
 * {@link Tally} at the end, counter by counter only where a row was counted, as adding row by row would have.
 */
final class RowCounts {

    private static final int ROWS = 0;
    private static final int AMOUNT = 1;
    private static final int CITED = 2;
    private static final int CITED_AMOUNT = 3;

    private final Map<String, long[]> bySource = new LinkedHashMap<>();
    private String lastSource;
    private long[] last;

    /** A row of {@code source} with {@code amount} (paise; 0 for a database row). */
    void row(String source, long amount) {
        long[] c = of(source);
        c[ROWS]++;
        c[AMOUNT] += amount;
    }

    /** A row counted by {@link #row} that a finding cites. */
    void cited(String source, long amount) {
        long[] c = of(source);
        c[CITED]++;
        c[CITED_AMOUNT] += amount;
    }

    void addTo(Tally tally) {
        bySource.forEach((source, c) -> {
            long matched = c[ROWS] - c[CITED];
            if (matched > 0) {
                tally.add(source, Counter.MATCHED, matched);
                tally.add(source, Counter.AMOUNT_MATCHED, c[AMOUNT] - c[CITED_AMOUNT]);
            }
            if (c[CITED] > 0) {
                tally.add(source, Counter.FINDINGS, c[CITED]);
                tally.add(source, Counter.AMOUNT_FINDINGS, c[CITED_AMOUNT]);
            }
        });
    }

    private long[] of(String source) {
        // rows of one source come in long runs (and their source ids are one string): no lookup for most
        if (last != null && source == lastSource) {
            return last;
        }
        last = bySource.computeIfAbsent(source, s -> new long[4]);
        lastSource = source;
        return last;
    }
}
