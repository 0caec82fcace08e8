package dev.hisaab.finding;

import java.util.List;
import java.util.Objects;

/**
 * One finding: category, key, amount in paise ({@code null} when none applies), the {@code file:line} of every
 * input row it rests on, the rule that decided, and a short evidence text.
 */
public record Finding(Category category, String key, Long amount, List<String> refs, String rule, String evidence) {

    public Finding {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(key, "key");
        refs = List.copyOf(refs);
        rule = rule == null ? "" : rule;
        evidence = evidence == null ? "" : evidence;
    }

    public String[] fields() {
        return new String[] {category.name(), key, amount == null ? null : Long.toString(amount),
            refs.size() == 1 ? refs.get(0) : String.join("\n", refs), rule, evidence};
    }

    public static Finding of(String[] f) {
        return new Finding(Category.valueOf(f[0]), f[1], f[2] == null ? null : Long.valueOf(f[2]),
                f[3].isEmpty() ? List.of() : List.of(f[3].split("\n")), f[4], f[5]);
    }

    /** Report order: category, then key. */
    public static final java.util.Comparator<Finding> ORDER = (a, b) -> {
        // written out rather than composed: hundreds of thousands of findings are sorted per step
        int c = a.category.compareTo(b.category);
        return c != 0 ? c : a.key.compareTo(b.key);
    };
}
