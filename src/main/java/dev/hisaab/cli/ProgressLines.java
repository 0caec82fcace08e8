package dev.hisaab.cli;

import dev.hisaab.stage.ProgressListener;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain progress lines on stderr for output that is not a terminal (a log file, a pipe): at most one every two
 * seconds, with rows, rate, share of the input read and ETA when the input's size is known, and a closing line
 * for any step that printed one — so long runs show they are alive and short ones stay quiet.
 */
final class ProgressLines implements ProgressListener {

    private final PrintWriter err;
    private final long intervalNanos;
    private final Map<String, long[]> steps = new ConcurrentHashMap<>();
    private long lastNanos = System.nanoTime();

    ProgressLines(PrintWriter err) {
        this(err, 2_000_000_000L);
    }

    ProgressLines(PrintWriter err, long intervalNanos) {
        this.err = err;
        this.intervalNanos = intervalNanos;
    }

    @Override
    public void started(String step, long totalBytes) {
        // start time, size, lines printed
        steps.put(step, new long[] {System.nanoTime(), totalBytes, 0});
    }

    @Override
    public synchronized void progress(String step, long rows, long bytes) {
        long now = System.nanoTime();
        if (now - lastNanos < intervalNanos) {
            return;
        }
        lastNanos = now;
        long[] s = steps.computeIfAbsent(step, k -> new long[] {now, -1, 0});
        s[2]++;
        long elapsed = now - s[0];
        StringBuilder line = new StringBuilder(step).append(": ").append(rows(rows, elapsed));
        if (s[1] > 0) {
            long pct = Math.min(100, bytes * 100 / s[1]);
            line.append(String.format(", %,d of %,d MB (%d%%)", bytes >> 20, s[1] >> 20, pct));
            if (bytes > 0 && bytes < s[1]) {
                long etaSeconds = (long) ((double) elapsed * (s[1] - bytes) / bytes / 1e9);
                line.append(", ETA ").append(duration(etaSeconds));
            }
        } else {
            line.append(String.format(", %,d MB", bytes >> 20));
        }
        err.println(line);
        err.flush();
    }

    @Override
    public synchronized void finished(String step, long rows) {
        long[] s = steps.remove(step);
        if (s != null && s[2] > 0) {
            err.println(step + ": done, " + rows(rows, System.nanoTime() - s[0]) + " in "
                    + duration((System.nanoTime() - s[0]) / 1_000_000_000L));
            err.flush();
        }
    }

    /** {@code 1,234,567 rows, 150,000 rows/s}. */
    static String rows(long rows, long elapsedNanos) {
        if (rows < 0) {
            return "";
        }
        long rate = elapsedNanos <= 0 ? 0 : (long) (rows / (elapsedNanos / 1e9));
        return String.format("%,d rows, %,d rows/s", rows, rate);
    }

    static String duration(long seconds) {
        return String.format("%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
    }
}
