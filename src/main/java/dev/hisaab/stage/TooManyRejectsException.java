package dev.hisaab.stage;

/** More malformed rows in one source than the job's {@code max-rejects} allows: the input is not what the job expects. */
public class TooManyRejectsException extends RuntimeException {

    public TooManyRejectsException(String message) {
        super(message);
    }
}
