package dev.hisaab.payments;

import dev.hisaab.spool.SpoolReader;
import dev.hisaab.spool.SpoolWriter;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * Gateway money per IST day, in paise: captured (kept, i.e. not refunded) = posted + unposted + unmatched; refunded
 * apart. Each match partition keeps its own; the report adds them up and checks the identity to the paisa.
 */
public final class ControlTotals {

    /** Columns of one day's totals. */
    public enum Column { CAPTURED, POSTED, UNPOSTED, UNMATCHED, REFUNDED }

    private final Map<LocalDate, long[]> days = new TreeMap<>();

    public void add(LocalDate day, Column column, long paise) {
        days.computeIfAbsent(day, d -> new long[Column.values().length])[column.ordinal()] += paise;
    }

    public void addAll(ControlTotals other) {
        other.days.forEach((d, v) -> {
            long[] mine = days.computeIfAbsent(d, x -> new long[Column.values().length]);
            for (int i = 0; i < v.length; i++) {
                mine[i] += v[i];
            }
        });
    }

    public Map<LocalDate, long[]> days() {
        return days;
    }

    /** Days where captured differs from posted + unposted + unmatched. */
    public Map<LocalDate, long[]> unbalanced() {
        Map<LocalDate, long[]> bad = new TreeMap<>();
        days.forEach((d, v) -> {
            if (v[0] != v[1] + v[2] + v[3]) {
                bad.put(d, v);
            }
        });
        return bad;
    }

    public void save(Path file) throws IOException {
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (Map.Entry<LocalDate, long[]> e : days.entrySet()) {
                String[] f = new String[1 + e.getValue().length];
                f[0] = e.getKey().toString();
                for (int i = 0; i < e.getValue().length; i++) {
                    f[i + 1] = Long.toString(e.getValue()[i]);
                }
                w.write(f);
            }
            w.commit();
        }
    }

    public static ControlTotals load(Path file) throws IOException {
        ControlTotals t = new ControlTotals();
        try (SpoolReader r = new SpoolReader(file)) {
            for (String[] f = r.read(); f != null; f = r.read()) {
                long[] v = new long[Column.values().length];
                for (int i = 0; i < v.length; i++) {
                    v[i] = Long.parseLong(f[i + 1]);
                }
                t.days.put(LocalDate.parse(f[0]), v);
            }
        }
        return t;
    }
}
