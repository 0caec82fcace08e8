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
 *
 * <p>The sources whose next record is not yet taken are kept in a binary heap ordered by that record, then by source
 * number (the earlier file wins a tie), so a record costs a few comparisons however many files there are (a job of 64
 * partitions merges 65 sources), instead of one per source.
 */
public final class SortedSpoolMerge<T> implements Iterator<T>, AutoCloseable {

    private final List<Path> files;
    private final SpoolReader[] readers;
    private final Iterator<? extends T> after;
    private final Object[] heads;
    /** Sources with a record not yet taken, a binary heap: each comes before its children ({@link #before}). */
    private final int[] heap;
    private int size;
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
        this.heap = new int[files.size() + 1];
        this.parse = parse;
        this.order = order;
        try {
            for (int i = 0; i < readers.length; i++) {
                readers[i] = new SpoolReader(files.get(i));
                heads[i] = advance(i);
            }
            heads[readers.length] = advance(readers.length);
            for (int i = 0; i < heads.length; i++) {
                if (heads[i] != null) {
                    heap[size++] = i;
                }
            }
            for (int at = size / 2 - 1; at >= 0; at--) {
                siftDown(at);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public boolean hasNext() {
        return size > 0;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (size == 0) {
            throw new NoSuchElementException();
        }
        int min = heap[0];
        T record = (T) heads[min];
        try {
            heads[min] = advance(min);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (heads[min] == null) {
            heap[0] = heap[--size];
        } else if (order.compare((T) heads[min], record) < 0) {
            throw new IllegalStateException("work file out of order: "
                    + (min < files.size() ? files.get(min) : "records after the work files"));
        }
        siftDown(0);
        return record;
    }

    /** Moves the source at heap position {@code at} down until it comes before both its children. */
    private void siftDown(int at) {
        int source = heap[at];
        while (true) {
            int child = 2 * at + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!before(heap[child], source)) {
                break;
            }
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = source;
    }

    /** Whether source {@code a}'s next record comes before source {@code b}'s: by order, then the earlier source. */
    @SuppressWarnings("unchecked")
    private boolean before(int a, int b) {
        int c = order.compare((T) heads[a], (T) heads[b]);
        return c < 0 || c == 0 && a < b;
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
