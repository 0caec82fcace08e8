package dev.hisaab.cli;

import dev.hisaab.stage.ProgressListener;
import java.io.PrintWriter;

/** Plain progress lines on stderr, at most one every two seconds, so long runs show they are alive. */
final class ProgressLines implements ProgressListener {

    private final PrintWriter err;
    private long lastNanos = System.nanoTime();

    ProgressLines(PrintWriter err) {
        this.err = err;
    }

    @Override
    public synchronized void progress(String step, long rows, long bytes) {
        long now = System.nanoTime();
        if (now - lastNanos >= 2_000_000_000L) {
            lastNanos = now;
            err.printf("%s: %,d rows, %,d MB%n", step, rows, bytes >> 20);
            err.flush();
        }
    }
}
