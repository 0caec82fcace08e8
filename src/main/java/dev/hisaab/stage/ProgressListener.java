package dev.hisaab.stage;

/**
 * Told how far a long step has got; the CLI shows it to the operator (a progress bar on a terminal, periodic lines
 * otherwise). {@link #started} and {@link #finished} bracket a step; {@link #progress} comes in between.
 */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (step, rows, bytes) -> { };

    void progress(String step, long rows, long bytes);

    /** A step starts; {@code totalBytes} is the size of its input when known, else -1 (no ETA). */
    default void started(String step, long totalBytes) {
    }

    /** A step completed after {@code rows} rows (-1 when the step does not count rows). */
    default void finished(String step, long rows) {
    }
}
