package dev.hisaab.evidence;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.SourceRecord;
import java.util.Arrays;
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
        this.fields = new TreeMap<>(spec.fields()).keySet().stream().map(reader::field).toArray(FieldReader.Field[]::new);
        this.names = ColumnValues.Columns.of(Arrays.stream(fields).map(FieldReader.Field::name).toList());
    }

    ColumnValues of(SourceRecord r) {
        String[] raw = new String[fields.length];
        for (int i = 0; i < fields.length; i++) {
            raw[i] = reader.raw(r, fields[i]);
        }
        return ColumnValues.of(names, raw);
    }
}
