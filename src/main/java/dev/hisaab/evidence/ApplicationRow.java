package dev.hisaab.evidence;

import dev.hisaab.record.ColumnValues;
import dev.hisaab.record.Origin;
import dev.hisaab.spool.SpoolFields;
import dev.hisaab.spool.SpoolRecord;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A row of the snapshot or live applications table. {@code values} keeps the raw text of every mapped logical field
 * (for restore); the typed fields are those matching needs. {@code submittedAt} is epoch seconds or -1;
 * {@code feePaid} may be null when unknown.
 */
public record ApplicationRow(String source, Origin origin, String applicationNo, String name, String mobile,
                             long submittedAt, Boolean feePaid, Map<String, String> values) implements SpoolRecord {

    /** Number of leading fields of {@link #fields()} that hold the typed values; the raw values follow in pairs. */
    public static final int TYPED_WIDTH = 8;

    public ApplicationRow {
        values = values instanceof ColumnValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The work-file fields, as {@link #writeTo} writes them. */
    public String[] fields() {
        return SpoolRecord.texts(this);
    }

    @Override
    public void writeTo(Row row) {
        row.text(source).text(origin.file()).number(origin.line()).text(applicationNo).text(name).text(mobile)
                .number(submittedAt).text(feePaid == null ? null : feePaid.toString());
        ColumnValues.writePairs(values, row);
    }

    /** The application number in the fields of a row, without building the row. */
    public static String applicationNo(SpoolFields f) {
        return f.text(3);
    }

    /** The applicant's name in the fields of a row, without building the row. */
    public static String name(SpoolFields f) {
        return f.text(4);
    }

    /** The mobile in the fields of a row, without building the row. */
    public static String mobile(SpoolFields f) {
        return f.text(5);
    }

    /** The submission time (epoch seconds, -1 unknown) in the fields of a row, without building the row. */
    public static long submittedAt(SpoolFields f) {
        return f.number(6);
    }

    /** The row from its fields; from only the first {@link #TYPED_WIDTH} of them, a row without raw values. */
    public static ApplicationRow of(String[] f) {
        return of(SpoolFields.of(f), true);
    }

    /** The row from its fields; with {@code withValues} false, a row without raw values (only the typed fields read). */
    public static ApplicationRow of(SpoolFields f, boolean withValues) {
        Map<String, String> values = ColumnValues.ofPairs(withValues ? f.texts(TYPED_WIDTH) : new String[0], 0);
        String feePaid = f.text(7);
        return new ApplicationRow(f.text(0), new Origin(f.text(1), f.number(2)), f.text(3), f.text(4), f.text(5),
                f.number(6), feePaid == null ? null : Boolean.valueOf(feePaid), values);
    }
}
