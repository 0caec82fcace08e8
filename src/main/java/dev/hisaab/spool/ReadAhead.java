package dev.hisaab.spool;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads records on a thread of its own, a few batches ahead of the one consumer, so that a step that runs alone (a
 * global view such as {@code resolve}, or writing restore.sql) uses the second core for reading and parsing while the
 * first does the work. The records arrive in exactly the order the source gives them; a failure of the source is
 * thrown from {@link #read()} where the consumer reaches it. Single use; not for steps that already run in parallel.
 */
public final class ReadAhead<T> implements Iterable<T>, AutoCloseable {

    /** Where records come from: the next one, or {@code null} at the end. Called only on the reading thread. */
    @FunctionalInterface
    public interface Source<T> {
        T next() throws IOException;
    }

    private static final int BATCH = 1024;

    private record Batch(Object[] items, int count, Throwable failure) {
    }

    private final BlockingQueue<Batch> queue = new ArrayBlockingQueue<>(4);
    private final Thread reader;
    private final AutoCloseable owned;
    private volatile boolean stopped;
    private Batch current;
    private int next;
    private boolean done;

    /** Starts reading {@code source} on a thread named {@code name}; {@code owned} is closed after it, or null. */
    public ReadAhead(String name, Source<T> source, AutoCloseable owned) {
        this.owned = owned;
        reader = new Thread(() -> produce(source), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void produce(Source<T> source) {
        try {
            while (!stopped) {
                Object[] items = new Object[BATCH];
                int count = 0;
                T item = null;
                while (count < BATCH && (item = source.next()) != null) {
                    items[count++] = item;
                }
                if (count > 0) {
                    queue.put(new Batch(items, count, null));
                }
                if (item == null) {
                    queue.put(new Batch(items, 0, null)); // the end: the only batch without records
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException | Error e) {
            try {
                queue.put(new Batch(new Object[0], 0, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The next record, or {@code null} after the last. */
    @SuppressWarnings("unchecked")
    public T read() throws IOException {
        while (!done && (current == null || next == current.count)) {
            try {
                current = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while reading ahead", e);
            }
            next = 0;
            if (current.failure != null) {
                done = true;
                rethrow(current.failure);
            }
            if (current.count == 0) {
                done = true;
            }
        }
        return done ? null : (T) current.items[next++];
    }

    private static void rethrow(Throwable failure) throws IOException {
        if (failure instanceof IOException e) {
            throw new IOException(e.getMessage(), e);
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (Error) failure;
    }

    /** The records as an iterator (read failures as {@link UncheckedIOException}); one pass only. */
    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T ahead;

            @Override
            public boolean hasNext() {
                if (ahead == null) {
                    try {
                        ahead = read();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return ahead != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                T item = ahead;
                ahead = null;
                return item;
            }
        };
    }

    /** The records of the partitioned work files {@code name} (the first {@code limit} fields of each), read ahead. */
    public static ReadAhead<String[]> spool(Path dir, String name, int partitions, int limit) {
        PartitionedSpoolReader in = new PartitionedSpoolReader(dir, name, partitions);
        return new ReadAhead<>("read-" + name, () -> in.read(limit), in);
    }

    /**
     * The records of the partitioned work files {@code name}, each made by {@code parse} on the reading thread (so
     * that turning fields into records is done on the second core too), read ahead.
     */
    public static <T> ReadAhead<T> spool(Path dir, String name, int partitions,
                                         java.util.function.Function<SpoolFields, T> parse) {
        PartitionedSpoolReader in = new PartitionedSpoolReader(dir, name, partitions);
        return new ReadAhead<>("read-" + name, () -> {
            SpoolFields f = in.next();
            return f == null ? null : parse.apply(f);
        }, in);
    }

    /** Stops the reading thread (if the consumer stops early), waits for it, then closes what it read from. */
    @Override
    public void close() throws IOException {
        stopped = true;
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (owned != null) {
            try {
                owned.close();
            } catch (IOException | RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IOException(e);
            }
        }
    }
}
