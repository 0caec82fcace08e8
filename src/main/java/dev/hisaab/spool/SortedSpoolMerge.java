package dev.hisaab.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Function;

/**
 * Reads work files that are each in {@code order} as one sequence in that order, ties taken from the earlier file
 * first: what a stable sort of the files' records, concatenated in the given order, would give, holding one record
 * per file instead of all of them. Records held in memory, also in order, may follow the files as one more source. A
 * source out of order is an error, never a silently different result.
 */
public final class SortedSpoolMerge<T> implements Iterator<T>, AutoCloseable {

    private final List<Path> files;
    private final SpoolReader[] readers;
    private final Iterator<? extends T> after;
    private final Object[] heads;
    private final Function<String[], T> parse;
    private final Comparator<? super T> order;

    public SortedSpoolMerge(List<Path> files, Function<String[], T> parse, Comparator<? super T> order)
            throws IOException {
        this(files, parse, java.util.Collections.emptyIterator(), order);
    }

    /** The files, then {@code after} (records in memory, in order) as the last source. */
    public SortedSpoolMerge(List<Path> files, Function<String[], T> parse, Iterator<? extends T> after,
                            Comparator<? super T> order) throws IOException {
        this.files = List.copyOf(files);
        this.readers = new SpoolReader[files.size()];
        this.after = after;
        this.heads = new Object[files.size() + 1];
        this.parse = parse;
        this.order = order;
        try {
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new SpoolReader(files.get(i));
                heads[i] = advance(i);
            }
            heads[readers.length] = advance(readers.length);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        for (Object head : heads) {
            if (head != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        int min = -1;
        for (int i = 0; i < heads.length; i++) {
            if (heads[i] != null && (min < 0 || order.compare((T) heads[i], (T) heads[min]) < 0)) {
                min = i;
            }
        }
        if (min < 0) {
            throw new NoSuchElementException();
        }
        T record = (T) heads[min];
        try {
            heads[min] = advance(min);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (heads[min] != null && order.compare((T) heads[min], record) < 0) {
            throw new IllegalStateException("work file out of order: "
                    + (min < files.size() ? files.get(min) : "records after the work files"));
        }
        return record;
    }

    private Object advance(int i) throws IOException {
        if (i == readers.length) {
            return after.hasNext() ? after.next() : null;
        }
        String[] f = readers[i].read();
        return f == null ? null : parse.apply(f);
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (SpoolReader r : readers) {
            if (r == null) {
                continue;
            }
            try {
                r.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
