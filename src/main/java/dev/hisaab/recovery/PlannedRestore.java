package dev.hisaab.recovery;

import dev.hisaab.finding.Category;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A row to restore into the target table (column to raw value, null = NULL), or — when the mapping cannot produce
 * one — the reason it is not restored. Carries the finding it comes from and its evidence refs.
 */
public record PlannedRestore(String key, Category category, String rule, List<String> refs,
                             LinkedHashMap<String, String> values, String skipReason) {

    public PlannedRestore {
        refs = List.copyOf(refs);
        values = new LinkedHashMap<>(values);
    }

    public String[] fields() {
        String[] f = new String[6 + 2 * values.size()];
        f[0] = key;
        f[1] = category.name();
        f[2] = rule;
        f[3] = String.join("\n", refs);
        f[4] = skipReason;
        f[5] = Integer.toString(values.size());
        int i = 6;
        for (Map.Entry<String, String> e : values.entrySet()) {
            f[i++] = e.getKey();
            f[i++] = e.getValue();
        }
        return f;
    }

    public static PlannedRestore of(String[] f) {
        LinkedHashMap<String, String> values = new LinkedHashMap<>();
        int n = Integer.parseInt(f[5]);
        for (int i = 0; i < n; i++) {
            values.put(f[6 + 2 * i], f[7 + 2 * i]);
        }
        return new PlannedRestore(f[0], Category.valueOf(f[1]), f[2], f[3].isEmpty() ? List.of() : List.of(f[3].split("\n")),
                values, f[4]);
    }
}
