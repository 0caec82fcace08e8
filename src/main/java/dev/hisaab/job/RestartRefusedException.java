package dev.hisaab.job;

/** A restart that must not happen: nothing to restart, the run already completed, or its job file changed. */
public class RestartRefusedException extends RuntimeException {

    public RestartRefusedException(String message) {
        super(message);
    }
}
