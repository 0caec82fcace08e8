package dev.hisaab.accounting;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * Counters per source ({@code <source>.<counter>}), kept by each step in a small file beside its work files so
 * that a restarted run sums exactly the steps whose outputs it uses. Thread-safe for partitioned steps.
 */
public final class Tally {

    private final Map<String, Long> counters = new TreeMap<>();

    /** Counts added since the last fold into {@link #counters}, per source: adding is per row, so it must be cheap. */
    private final Map<String, Pending> pending = new HashMap<>();

    private static final class Pending {
        final long[] sums = new long[Counter.values().length];
        final boolean[] touched = new boolean[sums.length];
    }

    public synchronized void add(String source, Counter counter, long n) {
        Pending p = pending.get(source);
        if (p == null) {
            p = new Pending();
            pending.put(source, p);
        }
        p.sums[counter.ordinal()] += n;
        p.touched[counter.ordinal()] = true;
    }

    public synchronized long get(String source, Counter counter) {
        fold();
        return counters.getOrDefault(source + "." + counter.key(), 0L);
    }

    public synchronized void addAll(Tally other) {
        fold();
        synchronized (other) {
            other.fold();
            other.counters.forEach((k, v) -> counters.merge(k, v, Long::sum));
        }
    }

    private void fold() {
        Counter[] all = Counter.values();
        pending.forEach((source, p) -> {
            for (int i = 0; i < all.length; i++) {
                if (p.touched[i]) {
                    counters.merge(source + "." + all[i].key(), p.sums[i], Long::sum);
                }
            }
        });
        pending.clear();
    }

    public synchronized void save(Path file) throws IOException {
        fold();
        Properties p = new Properties();
        counters.forEach((k, v) -> p.setProperty(k, Long.toString(v)));
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer w = Files.newBufferedWriter(part, StandardCharsets.UTF_8)) {
            p.store(w, null);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    public static Tally load(Path file) throws IOException {
        Tally t = new Tally();
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(r);
        }
        p.forEach((k, v) -> t.counters.put((String) k, Long.parseLong((String) v)));
        return t;
    }
}
