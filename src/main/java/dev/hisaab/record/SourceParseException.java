package dev.hisaab.record;

/**
 * A record that cannot be read: carries where it is, why, and the raw input. A reader that throws it can go on
 * reading the next record; the stage step turns it into a rejected row.
 */
public class SourceParseException extends RuntimeException {

    private final transient Origin origin;
    private final String reason;
    private final String raw;

    public SourceParseException(Origin origin, String reason, String raw) {
        super("Cannot parse line " + origin.line() + " of " + origin.file() + ": " + reason);
        this.origin = origin;
        this.reason = reason;
        this.raw = raw == null ? "" : raw;
    }

    public Origin origin() {
        return origin;
    }

    public String reason() {
        return reason;
    }

    public String raw() {
        return raw;
    }
}
