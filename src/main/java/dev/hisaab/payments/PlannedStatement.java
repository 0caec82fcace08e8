package dev.hisaab.payments;

import dev.hisaab.finding.Category;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A statement restore.sql will hold: an insert of an unposted payment ({@code values} = every column) or a guarded
 * update of a bill ({@code values} = columns to set, {@code expect} = the values the dump showed, which the row must
 * still hold). {@code order} and {@code seq} fix its place: by bill, inserts before the bill's update.
 */
public record PlannedStatement(String order, int seq, boolean insert, String table, LinkedHashMap<String, String> key,
                               LinkedHashMap<String, String> values, LinkedHashMap<String, String> expect,
                               Category category, String findingKey, String rule, List<String> refs) {

    public PlannedStatement {
        // maps made for this statement alone (by of(), BillJudge, PaymentInsert) are not copied again
        key = key instanceof Owned ? key : new LinkedHashMap<>(key);
        values = values instanceof Owned ? values : new LinkedHashMap<>(values);
        expect = expect instanceof Owned ? expect : new LinkedHashMap<>(expect);
        refs = List.copyOf(refs);
    }

    /**
     * The statement as work-file fields: order, seq, insert, table, category, finding key, rule, then key, values and
     * expect each as a count and its column-value pairs, then the refs as a count and each ref. Every ref is a field of
     * its own (a joined list would need escaping and splitting again), and they come last so the fields before them
     * keep their places from line to line.
     */
    public String[] fields() {
        String[] f = new String[7 + 3 + 2 * (key.size() + values.size() + expect.size()) + 1 + refs.size()];
        f[0] = order;
        f[1] = Integer.toString(seq);
        f[2] = Boolean.toString(insert);
        f[3] = table;
        f[4] = category.name();
        f[5] = findingKey;
        f[6] = rule;
        int i = 7;
        i = put(f, i, key);
        i = put(f, i, values);
        i = put(f, i, expect);
        f[i++] = Integer.toString(refs.size());
        for (String ref : refs) {
            f[i++] = ref;
        }
        return f;
    }

    private static int put(String[] f, int i, Map<String, String> map) {
        f[i++] = Integer.toString(map.size());
        for (Map.Entry<String, String> e : map.entrySet()) {
            f[i++] = e.getKey();
            f[i++] = e.getValue();
        }
        return i;
    }

    /** The statement {@link #fields()} wrote. */
    public static PlannedStatement of(String[] f) {
        int i = 7;
        Owned key = new Owned();
        i = take(f, i, key);
        Owned values = new Owned();
        i = take(f, i, values);
        Owned expect = new Owned();
        i = take(f, i, expect);
        int n = Integer.parseInt(f[i++]);
        List<String> refs = List.of(Arrays.copyOfRange(f, i, i + n));
        return new PlannedStatement(f[0], Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]), f[3], key, values, expect,
                Category.valueOf(f[4]), f[5], f[6], refs);
    }

    private static int take(String[] f, int i, Map<String, String> map) {
        int n = Integer.parseInt(f[i++]);
        for (int j = 0; j < n; j++) {
            map.put(f[i], f[i + 1]);
            i += 2;
        }
        return i;
    }

    /**
     * A map built for one statement and handed to no one else ({@link #of}, and the planners of this package), which
     * the statement keeps instead of copying.
     */
    static final class Owned extends LinkedHashMap<String, String> {
    }

    /** restore.sql order: by bill, then as planned within the bill. */
    public static final java.util.Comparator<PlannedStatement> ORDER =
            java.util.Comparator.comparing(PlannedStatement::order).thenComparingInt(PlannedStatement::seq);
}
