package dev.hisaab.report;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;

/**
 * Writers of the report step that run beside the step's own thread, each on a thread of its own, so the step's
 * independent outputs are written on every core (and the independent scans of payments' {@code resolve} likewise). A writer's failure fails the step with the writer's own exception
 * (see {@link #await} and {@link #join}), and {@link #close()} returns only once every writer has stopped, so the
 * step never ends while one is still writing (each writes a part file and renames it, or removes it on failure).
 */
public final class ConcurrentWriters implements AutoCloseable {

    private final String threadPrefix;
    private final List<FutureTask<?>> running = new ArrayList<>();

    public ConcurrentWriters(String threadPrefix) {
        this.threadPrefix = threadPrefix;
    }

    /** Starts a writer on a new thread named after it. */
    public <T> Future<T> start(String name, Callable<T> writer) {
        FutureTask<T> task = new FutureTask<>(writer);
        Thread thread = new Thread(task, threadPrefix + name);
        thread.setDaemon(true);
        running.add(task);
        thread.start();
        return task;
    }

    /** The writer's result once it is done; its failure is thrown as it was thrown. */
    public static <T> T await(Future<T> writer) throws Exception {
        try {
            return writer.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception x) {
                throw x;
            }
            if (cause instanceof Error x) {
                throw x;
            }
            throw e;
        }
    }

    /**
     * As {@link #await}, for a caller that throws only I/O failures: a checked failure other than an
     * {@link IOException} (or an interruption) comes wrapped in one.
     */
    public static <T> T awaitIo(Future<T> writer) throws IOException {
        try {
            return await(writer);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting for " + writer);
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** Waits for every writer; the first failure (in the order they were started) is thrown, the others suppressed. */
    public void join() throws Exception {
        Exception first = null;
        for (FutureTask<?> task : running) {
            try {
                await(task);
            } catch (Exception e) {
                if (first == null) {
                    first = e;
                } else if (first != e) {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** Waits until every writer has stopped, whatever its outcome (the step is ending either way). */
    @Override
    public void close() {
        boolean interrupted = false;
        for (FutureTask<?> task : running) {
            while (true) {
                try {
                    task.get();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                    break;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
