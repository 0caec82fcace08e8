package dev.hisaab.restore;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;

/**
 * An unmodifiable map of column name to value (null for SQL NULL) in the order given, over two arrays: what a
 * {@link RestoreRow} or {@link RestoreUpdate} keeps of the maps it is built from. Copying a map into it costs two
 * arrays rather than a hash table with an entry per column, and a copy of one is the same instance, since it never
 * changes; a large run builds one per map of each of its millions of statements. Lookups scan the few columns a
 * statement has.
 */
final class ColumnMap extends AbstractMap<String, String> {

    private static final ColumnMap EMPTY = new ColumnMap(new String[0], new String[0]);

    private final String[] names;
    private final String[] values;
    private Set<Map.Entry<String, String>> entries;
    /** {@link SqlText#identifier} of each name, looked up on first use: a statement names each column twice or more. */
    private String[] sqlNames;

    private ColumnMap(String[] names, String[] values) {
        this.names = names;
        this.values = values;
    }

    /** {@code map}'s entries in its iteration order; {@code map} itself when it is already a {@code ColumnMap}. */
    static ColumnMap copyOf(Map<String, String> map) {
        if (map instanceof ColumnMap same) {
            return same;
        }
        int size = map.size();
        if (size == 0) {
            return EMPTY;
        }
        String[] names = new String[size];
        String[] values = new String[size];
        int i = 0;
        for (Map.Entry<String, String> e : map.entrySet()) {
            names[i] = e.getKey();
            values[i] = e.getValue();
            i++;
        }
        if (i != size) {
            throw new IllegalStateException("map changed while it was copied");
        }
        return new ColumnMap(names, values);
    }

    /** The name of the {@code i}th column. */
    String name(int i) {
        return names[i];
    }

    /** The {@code i}th column's name as SQL writes it ({@link SqlText#identifier}). */
    String sqlName(int i) {
        String[] sql = sqlNames;
        if (sql == null) {
            sql = new String[names.length];
            sqlNames = sql;
        }
        String name = sql[i];
        if (name == null) {
            name = SqlText.identifier(names[i]);
            sql[i] = name;
        }
        return name;
    }

    /** The value of the {@code i}th column (null for SQL NULL). */
    String value(int i) {
        return values[i];
    }

    @Override
    public int size() {
        return names.length;
    }

    @Override
    public boolean containsKey(Object key) {
        return indexOf(key) >= 0;
    }

    @Override
    public String get(Object key) {
        int i = indexOf(key);
        return i < 0 ? null : values[i];
    }

    private int indexOf(Object key) {
        for (int i = 0; i < names.length; i++) {
            if (Objects.equals(names[i], key)) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        if (entries == null) {
            entries = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }

                @Override
                public int size() {
                    return names.length;
                }
            };
        }
        return entries;
    }
}
