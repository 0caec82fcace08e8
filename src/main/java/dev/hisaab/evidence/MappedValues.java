package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import java.util.List;
import java.util.TreeMap;

/**
 * Every mapped field's raw value of a row, in field-name order, under names shared by every row of the source (the
 * evidence record keeps them without copying): what restore and guarded updates need of a database row.
 */
final class MappedValues {

    private final FieldReader reader;
    /** The mapped fields in name order: the order their raw values are kept in. */
    private final FieldReader.Field[] fields;
    private final ColumnValues.Columns names;

    MappedValues(SourceSpec spec, FieldReader reader) {
        this.reader = reader;
        this.names = columnsOf(spec);
        this.fields = new FieldReader.Field[names.size()];
        for (int i = 0; i < fields.length; i++) {
            fields[i] = reader.field(names.name(i));
        }
    }

    /** The names of {@code spec}'s mapped fields in name order: the columns of the values this keeps of a row. */
    static ColumnValues.Columns columnsOf(SourceSpec spec) {
        return ColumnValues.Columns.shared(List.copyOf(new TreeMap<>(spec.fields()).keySet()));
    }

    ColumnValues of(SourceRecord r) {
        String[] raw = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            raw[i] = reader.raw(r, fields[i]);
        }
        return ColumnValues.of(names, raw);
    }
}
