package dev.hisaab.generate;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/** Renders rows of expected/restored-applications.csv in the new schema's columns. */
final class RestoredRows {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private RestoredRows() {
    }

    static String iso(OffsetDateTime time) {
        return ISO.format(time);
    }

    /** A snapshot row mapped to the new schema, as a restore must write it. */
    static String restorable(Application app, boolean feePaid) {
        return CsvLine.join(app.number(), app.name(), app.mobile(), app.district().code(), app.category().code(),
                app.status().newName(), app.loadText(), app.address(), iso(app.submittedAt()),
                Boolean.toString(feePaid), "RESTORED");
    }
}
