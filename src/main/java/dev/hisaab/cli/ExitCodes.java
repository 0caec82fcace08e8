package dev.hisaab.cli;

/** Exit codes of every command, listed in {@code --help}. */
public final class ExitCodes {

    /** The run completed and found nothing to report. */
    public static final int OK = 0;
    /** The run completed and found discrepancies (findings), as {@code diff} does. */
    public static final int DIFFERENCES = 1;
    /** Usage error or invalid job file. */
    public static final int USAGE = 2;
    /** An input is missing, unreadable, or has more malformed rows than the job allows. */
    public static final int INPUT = 3;
    /** The job failed (internal error, or input accounting did not balance). */
    public static final int FAILED = 4;

    private ExitCodes() {
    }
}
