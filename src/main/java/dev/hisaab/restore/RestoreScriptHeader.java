package dev.hisaab.restore;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;

/**
 * What a script says about itself and the session settings it pins, so that literals are read the same way on every
 * apply: the time zone for timestamps written without an offset, and how long it may wait for locks and run.
 *
 * @param tool             tool name and version, e.g. {@code hisaab 0.1.0}
 * @param runId            the run that produced the script
 * @param generatedAt      when, as the caller wants it shown (a fixed value keeps whole scripts reproducible)
 * @param timeZone         session {@code TimeZone} while the script runs
 * @param lockTimeout      {@code lock_timeout}: give up rather than queue behind the live portal's locks
 * @param statementTimeout {@code statement_timeout} for each statement
 */
public record RestoreScriptHeader(String tool, String runId, String generatedAt, ZoneId timeZone,
                                  Duration lockTimeout, Duration statementTimeout) {

    /** India Standard Time, the zone of the portals' own records. */
    public static final ZoneId IST = ZoneId.of("Asia/Kolkata");

    public RestoreScriptHeader {
        Objects.requireNonNull(tool, "tool");
        Objects.requireNonNull(runId, "runId");
        Objects.requireNonNull(generatedAt, "generatedAt");
        Objects.requireNonNull(timeZone, "timeZone");
        if (!timeZone.getId().matches("[A-Za-z0-9/_+:-]+")) {
            throw new IllegalArgumentException("Unsupported time zone id: " + timeZone.getId());
        }
        requirePositive(lockTimeout, "lockTimeout");
        requirePositive(statementTimeout, "statementTimeout");
    }

    /** A header with IST, a 10 s lock timeout and a 15 min statement timeout. */
    public static RestoreScriptHeader of(String tool, String runId, String generatedAt) {
        return new RestoreScriptHeader(tool, runId, generatedAt, IST, Duration.ofSeconds(10), Duration.ofMinutes(15));
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }
}
