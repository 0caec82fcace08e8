package dev.hisaab.record;

import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The values of one record as an unmodifiable map in column order, over an array the reader hands over and never
 * touches again, with the column names and their index shared by every record of the input. A {@link SourceRecord}
 * keeps such a map as it is instead of copying it, which saves a map per input row.
 */
public final class ColumnValues extends AbstractMap<String, String> {

    /** The column names of an input, in order, with their positions. */
    public static final class Columns {

        private final String[] names;
        private final Map<String, Integer> index;
        private final String signature;

        private Columns(String[] names, Map<String, Integer> index) {
            this.names = names;
            this.index = index;
            this.signature = signature(Arrays.asList(names));
        }

        /**
         * A short text naming these columns in order (the hex of the names' list hash): what a work file that holds
         * only values writes in place of the names, so its reader, told the columns, can tell they are the same.
         */
        public String signature() {
            return signature;
        }

        private static String signature(List<String> names) {
            return Integer.toHexString(names.hashCode());
        }

        /** The columns, or {@code null} when a name repeats (such a record keeps the last value in a plain map). */
        public static Columns of(List<String> names) {
            Map<String, Integer> index = new HashMap<>(names.size() * 2);
            for (int i = 0; i < names.size(); i++) {
                if (index.put(names.get(i), i) != null) {
                    return null;
                }
            }
            return new Columns(names.toArray(new String[0]), index);
        }

        /**
         * Like {@link #of(List)}, but the same instance for the same names, so that records rebuilt from work files
         * share one index. Few sets of names exist (one per source), so a handful are remembered.
         */
        public static Columns shared(List<String> names) {
            Columns[] recent = recentlyShared;
            for (Columns c : recent) {
                if (c != null && c.sameAs(names)) {
                    return c;
                }
            }
            Columns columns = of(names);
            if (columns != null) {
                synchronized (RECENT_LOCK) {
                    Columns[] next = new Columns[recent.length];
                    next[0] = columns;
                    System.arraycopy(recentlyShared, 0, next, 1, recent.length - 1);
                    recentlyShared = next;
                }
            }
            return columns;
        }

        private static final Object RECENT_LOCK = new Object();
        private static volatile Columns[] recentlyShared = new Columns[8];

        public int size() {
            return names.length;
        }

        /** The name of column {@code i} (0-based). */
        public String name(int i) {
            return names[i];
        }

        /** The position of a column, or -1 when there is no such column. */
        public int indexOf(String name) {
            Integer i = index.get(name);
            return i == null ? -1 : i;
        }

        /** Whether these are exactly {@code names}, in order. */
        public boolean sameAs(List<String> names) {
            if (names.size() != this.names.length) {
                return false;
            }
            for (int i = 0; i < this.names.length; i++) {
                if (!this.names[i].equals(names.get(i))) {
                    return false;
                }
            }
            return true;
        }
    }

    private final Columns columns;
    private final String[] values;

    private ColumnValues(Columns columns, String[] values) {
        this.columns = columns;
        this.values = values;
    }

    /**
     * The map of {@code values} (one per column, in order; null is SQL NULL). The array is taken over, not copied:
     * the caller must not change it afterwards.
     */
    public static ColumnValues of(Columns columns, String[] values) {
        if (values.length != columns.names.length) {
            throw new IllegalArgumentException("expected " + columns.names.length + " values, got " + values.length);
        }
        return new ColumnValues(columns, values);
    }

    /**
     * The map of the name/value pairs in {@code f} from index {@code from} on ({@code name, value, name, value, ...}),
     * as work files hold a record's raw values, with the names' index {@link Columns#shared shared}; a repeated name
     * keeps its last value, in a plain map.
     */
    public static Map<String, String> ofPairs(String[] f, int from) {
        int n = Math.max(0, (f.length - from) / 2);
        String[] names = new String[n];
        String[] values = new String[n];
        for (int k = 0; k < n; k++) {
            names[k] = f[from + 2 * k];
            values[k] = f[from + 2 * k + 1];
        }
        Columns columns = Columns.shared(Arrays.asList(names));
        if (columns != null) {
            return new ColumnValues(columns, values);
        }
        Map<String, String> map = new LinkedHashMap<>();
        for (int k = 0; k < n; k++) {
            map.put(names[k], values[k]);
        }
        return Collections.unmodifiableMap(map);
    }

    /**
     * Puts the name and value of every entry of {@code values}, in order, into {@code row}: of a {@code ColumnValues}
     * by position, without an entry object per value.
     */
    public static void writePairs(Map<String, String> values, SpoolRecord.Row row) {
        if (values instanceof ColumnValues v) {
            String[] names = v.columns.names;
            for (int i = 0; i < names.length; i++) {
                row.text(names[i]).text(v.values[i]);
            }
            return;
        }
        for (Map.Entry<String, String> e : values.entrySet()) {
            row.text(e.getKey()).text(e.getValue());
        }
    }

    /**
     * Puts the columns' {@link Columns#signature() signature} and then every value of {@code values}, in order, into
     * {@code row}: a record whose reader knows its columns (from the job) need not carry their names on every line.
     */
    public static void writeValues(Map<String, String> values, SpoolRecord.Row row) {
        if (values instanceof ColumnValues v) {
            row.text(v.columns.signature);
            for (String value : v.values) {
                row.text(value);
            }
            return;
        }
        row.text(Columns.signature(List.copyOf(values.keySet())));
        for (String value : values.values()) {
            row.text(value);
        }
    }

    /**
     * The values {@link #writeValues} put into a work-file record from field {@code from} on, under {@code columns}.
     *
     * @throws IllegalStateException when the record was written with other columns (or another number of them):
     *     the work file is not of this job's source
     */
    public static ColumnValues ofValues(SpoolFields f, int from, Columns columns) {
        int n = f.count() - from - 1;
        String signature = f.text(from);
        if (n != columns.names.length || !columns.signature.equals(signature)) {
            throw new IllegalStateException("work-file record written with other columns (" + n + " values, signature "
                    + signature + ") than " + Arrays.toString(columns.names));
        }
        String[] values = new String[n];
        for (int i = 0; i < n; i++) {
            values[i] = f.text(from + 1 + i);
        }
        return new ColumnValues(columns, values);
    }

    /** The columns of this record, shared with the other records of its input. */
    public Columns columns() {
        return columns;
    }

    /**
     * The value of column {@code i} of {@link #columns()}, or null for a negative {@code i}: what
     * {@link Columns#indexOf} answers for a column that is not among them.
     */
    public String value(int i) {
        return i < 0 ? null : values[i];
    }

    @Override
    public String get(Object key) {
        Integer i = columns.index.get(key);
        return i == null ? null : values[i];
    }

    @Override
    public boolean containsKey(Object key) {
        return columns.index.containsKey(key);
    }

    @Override
    public int size() {
        return values.length;
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int next;

                    @Override
                    public boolean hasNext() {
                        return next < values.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (next >= values.length) {
                            throw new NoSuchElementException();
                        }
                        int i = next++;
                        return new SimpleImmutableEntry<>(columns.names[i], values[i]);
                    }
                };
            }

            @Override
            public int size() {
                return values.length;
            }
        };
    }
}
