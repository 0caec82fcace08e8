package dev.hisaab.stage;

/** Told how far a long step has got; the CLI shows it to the operator. */
@FunctionalInterface
public interface ProgressListener {

    ProgressListener NONE = (step, rows, bytes) -> { };

    void progress(String step, long rows, long bytes);
}
