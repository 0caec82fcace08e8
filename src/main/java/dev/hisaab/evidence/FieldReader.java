package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.value.Amounts;
import dev.hisaab.value.Texts;
import dev.hisaab.value.TimestampFormat;
import java.time.ZoneId;

/**
 * Reads logical fields of a record through a source's field mapping, with the reason for any failure. A field's
 * column is looked up in the mapping once, and its position among the input's columns once per set of columns (the
 * records of one input share theirs), so reading a field costs an array access, not a look-up by name per row.
 * Belongs to one parser, used by one thread.
 */
final class FieldReader {

    private final SourceSpec spec;
    private final TimestampFormat times;
    private Field[] known = new Field[0];

    /**
     * A logical field of the source, resolved once: its column, and where that column sits in the last set of columns
     * seen. Parsers make theirs with {@link #field(String)} when they are built.
     */
    static final class Field {
        private final String name;
        private final String column;
        private ColumnValues.Columns columns;
        private int index;
        /** The set of columns seen before the last, and the position there: JSON lines alternate between shapes. */
        private ColumnValues.Columns otherColumns;
        private int otherIndex;
        /** The last text {@link #time} read for this field and its instant: inputs in date order repeat a date. */
        private String lastTimeText;
        private long lastTime;

        private Field(String name, String column) {
            this.name = name;
            this.column = column;
        }

        String name() {
            return name;
        }
    }

    FieldReader(SourceSpec spec, ZoneId zone) {
        this.spec = spec;
        this.times = new TimestampFormat(spec.dateFormats(), zone);
    }

    /**
     * The raw value of a mapped field as the record holds it (untrimmed; null when unmapped, absent or NULL). Small
     * enough for the JIT to inline into every parser (its {@code -XX:FreqInlineSize=50}): the record's columns are
     * those of the last record, so the field's position is known; anything else goes to {@link #rawLookingUp}.
     */
    String raw(SourceRecord r, Field slot) {
        if (r.values() instanceof ColumnValues values && values.columns() == slot.columns) {
            return values.value(slot.index);
        }
        return rawLookingUp(r, slot);
    }

    /** {@link #raw} for a field not mapped, a record of other columns than the last, or a record without columns. */
    private String rawLookingUp(SourceRecord r, Field slot) {
        if (slot.column == null) {
            return null;
        }
        if (r.values() instanceof ColumnValues values) {
            ColumnValues.Columns columns = values.columns();
            ColumnValues.Columns before = slot.columns;
            int beforeIndex = slot.index;
            slot.columns = columns;
            slot.index = columns == slot.otherColumns ? slot.otherIndex : columns.indexOf(slot.column);
            slot.otherColumns = before;
            slot.otherIndex = beforeIndex;
            return values.value(slot.index);
        }
        return r.get(slot.column);
    }

    /** The trimmed raw value, or null when unmapped, NULL or blank; small enough to inline, as {@link #raw}. */
    String text(SourceRecord r, Field field) {
        String v = raw(r, field);
        return v == null || Texts.startsAndEndsVisibly(v) ? v : stripped(v);
    }

    /** The text without leading and trailing whitespace, or null when nothing else is left. */
    private static String stripped(String v) {
        String s = v.strip();
        return s.isEmpty() ? null : s;
    }

    String required(SourceRecord r, Field field) {
        String v = text(r, field);
        if (v == null) {
            throw new IllegalArgumentException(field.name + " is empty");
        }
        return v;
    }

    long amount(SourceRecord r, Field field) {
        String v = required(r, field);
        try {
            return Amounts.parsePaise(v, spec.amountUnit());
        } catch (IllegalArgumentException e) {
            String reason = e.getMessage();
            throw new IllegalArgumentException(field.name + ": " + (reason.contains(v) ? reason : reason + " '" + v + "'"));
        }
    }

    long time(SourceRecord r, Field field) {
        String v = required(r, field);
        if (v.equals(field.lastTimeText)) {
            return field.lastTime;
        }
        try {
            long time = times.epochSecond(v);
            field.lastTimeText = v;
            field.lastTime = time;
            return time;
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw new IllegalArgumentException(field.name + ": not a valid date/time '" + v + "' (formats " + spec.dateFormats() + ")");
        }
    }

    /** The field of this source named {@code name} (mapped or not), the same instance for the same name. */
    Field field(String name) {
        for (Field f : known) {
            if (f.name.equals(name)) {
                return f;
            }
        }
        Field added = new Field(name, spec.column(name));
        Field[] more = java.util.Arrays.copyOf(known, known.length + 1);
        more[known.length] = added;
        known = more;
        return added;
    }
}
