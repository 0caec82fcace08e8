package dev.hisaab.restore;

/** A restore or rollback script that could not be applied; nothing it did was committed. */
public class RestoreScriptException extends RuntimeException {

    private final String script;
    private final long line;

    public RestoreScriptException(String script, long line, String reason, Throwable cause) {
        super("Cannot apply " + script + (line > 0 ? " at line " + line : "") + ": " + reason, cause);
        this.script = script;
        this.line = line;
    }

    /** File name of the script. */
    public String script() {
        return script;
    }

    /** 1-based line of the failing statement, or 0 when the failure is not tied to one. */
    public long line() {
        return line;
    }
}
