package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Amounts;
import dev.hisaab.value.TimestampFormat;
import java.time.ZoneId;

/** Reads logical fields of a record through a source's field mapping, with the reason for any failure. */
final class FieldReader {

    private final SourceSpec spec;
    private final TimestampFormat times;

    FieldReader(SourceSpec spec, ZoneId zone) {
        this.spec = spec;
        this.times = new TimestampFormat(spec.dateFormats(), zone);
    }

    /** The trimmed raw value, or null when unmapped, NULL or blank. */
    String text(SourceRecord r, String field) {
        String column = spec.column(field);
        if (column == null) {
            return null;
        }
        String v = r.get(column);
        if (v == null) {
            return null;
        }
        v = v.strip();
        return v.isEmpty() ? null : v;
    }

    String required(SourceRecord r, String field) {
        String v = text(r, field);
        if (v == null) {
            throw new IllegalArgumentException(field + " is empty");
        }
        return v;
    }

    long amount(SourceRecord r, String field) {
        String v = required(r, field);
        try {
            return Amounts.parsePaise(v, spec.amountUnit());
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage();
            throw new IllegalArgumentException(field + ": " + (reason.contains(v) ? reason : reason + " '" + v + "'"));
        }
    }

    long time(SourceRecord r, String field) {
        String v = required(r, field);
        try {
            return times.parse(v).getEpochSecond();
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(field + ": not a valid date/time '" + v + "' (formats " + spec.dateFormats() + ")");
        }
    }
}
