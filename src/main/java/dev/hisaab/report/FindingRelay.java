package dev.hisaab.report;

import dev.hisaab.finding.Finding;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Findings handed from the thread that reads them to a writer on another thread, in batches through a small bounded
 * queue: one pass of the steps' work files feeds two writers, and at most {@link #BATCHES} batches wait in memory. A
 * one-pass source: {@link #open()} once. If the reading side fails ({@link #fail}) the writer's pass fails too; if the
 * writer stops early (closes its stream), what follows is dropped rather than waited for.
 */
public final class FindingRelay implements FindingSource {

    static final int BATCH = 1024;
    static final int BATCHES = 8;

    private static final List<Finding> END = new ArrayList<>();

    private final BlockingQueue<List<Finding>> queue = new ArrayBlockingQueue<>(BATCHES);
    private List<Finding> batch = new ArrayList<>(BATCH);
    private volatile Throwable failure;
    private volatile boolean abandoned;
    private boolean opened;

    /** Passes one finding on (in report order); waits while the writer is {@link #BATCHES} batches behind. */
    public void add(Finding f) throws IOException {
        batch.add(f);
        if (batch.size() == BATCH) {
            hand(batch);
            batch = new ArrayList<>(BATCH);
        }
    }

    /** Says there are no more findings. */
    public void end() throws IOException {
        if (!batch.isEmpty()) {
            hand(batch);
            batch = new ArrayList<>();
        }
        hand(END);
    }

    /** Says the findings will not all come, so the writer stops with this failure instead of waiting. */
    public void fail(Throwable cause) {
        failure = cause;
    }

    private void hand(List<Finding> b) throws IOException {
        try {
            while (!abandoned && !queue.offer(b, 100, TimeUnit.MILLISECONDS)) {
                // the writer is behind: wait for it, unless it has stopped
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while handing findings on");
        }
    }

    @Override
    public synchronized Stream<Finding> open() {
        if (opened) {
            throw new IllegalStateException("findings handed on can be read once");
        }
        opened = true;
        Iterator<Finding> it = new Iterator<>() {
            private List<Finding> current = List.of();
            private int at;
            private boolean done;

            @Override
            public boolean hasNext() {
                while (!done && at == current.size()) {
                    current = take();
                    at = 0;
                    done = current == END;
                }
                return !done;
            }

            @Override
            public Finding next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return current.get(at++);
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED | Spliterator.NONNULL),
                false).onClose(() -> {
                    abandoned = true;
                    queue.clear();
                });
    }

    private List<Finding> take() {
        try {
            while (true) {
                List<Finding> b = queue.poll(100, TimeUnit.MILLISECONDS);
                if (b != null) {
                    return b;
                }
                if (failure != null) {
                    throw new IllegalStateException("the findings were not all read: " + failure.getMessage(), failure);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for findings", e);
        }
    }
}
