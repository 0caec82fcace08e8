package dev.hisaab.payments;

import dev.hisaab.finding.Category;
import java.util.ArrayList;
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
        key = new LinkedHashMap<>(key);
        values = new LinkedHashMap<>(values);
        expect = new LinkedHashMap<>(expect);
        refs = List.copyOf(refs);
    }

    public String[] fields() {
        List<String> f = new ArrayList<>();
        f.add(order);
        f.add(Integer.toString(seq));
        f.add(Boolean.toString(insert));
        f.add(table);
        f.add(category.name());
        f.add(findingKey);
        f.add(rule);
        f.add(String.join("\n", refs));
        for (Map<String, String> m : List.of(key, values, expect)) {
            f.add(Integer.toString(m.size()));
            m.forEach((k, v) -> {
                f.add(k);
                f.add(v);
            });
        }
        return f.toArray(String[]::new);
    }

    public static PlannedStatement of(String[] f) {
        int i = 8;
        List<LinkedHashMap<String, String>> maps = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            int n = Integer.parseInt(f[i++]);
            LinkedHashMap<String, String> map = new LinkedHashMap<>();
            for (int j = 0; j < n; j++) {
                map.put(f[i], f[i + 1]);
                i += 2;
            }
            maps.add(map);
        }
        return new PlannedStatement(f[0], Integer.parseInt(f[1]), Boolean.parseBoolean(f[2]), f[3],
                maps.get(0), maps.get(1), maps.get(2), Category.valueOf(f[4]), f[5], f[6],
                f[7].isEmpty() ? List.of() : List.of(f[7].split("\n")));
    }

    /** restore.sql order: by bill, then as planned within the bill. */
    public static final java.util.Comparator<PlannedStatement> ORDER =
            java.util.Comparator.comparing(PlannedStatement::order).thenComparingInt(PlannedStatement::seq);
}
