package dev.hisaab.spool;

import java.util.ArrayList;
import java.util.List;

/**
 * A record that puts its own fields, in order, into a work-file row: numbers as numbers, so that a writer can put
 * their digits straight into its bytes instead of making a string of each ({@link SpoolWriter#write(SpoolRecord)}).
 * {@link #texts(SpoolRecord)} gives the same fields as strings, as {@link SpoolWriter#write(String...)} takes them.
 */
public interface SpoolRecord {

    /** Puts every field of the record into {@code row}, in order. */
    void writeTo(Row row);

    /** Receives a record's fields in order. */
    interface Row {

        /** A text field; null is the null field. */
        Row text(String value);

        /** A whole number, as {@link Long#toString(long)} writes it. */
        Row number(long value);
    }

    /** The record's fields as text, exactly as a {@link SpoolReader} reads them back. */
    static String[] texts(SpoolRecord record) {
        List<String> out = new ArrayList<>(16);
        record.writeTo(new Row() {
            @Override
            public Row text(String value) {
                out.add(value);
                return this;
            }

            @Override
            public Row number(long value) {
                out.add(Long.toString(value));
                return this;
            }
        });
        return out.toArray(new String[0]);
    }
}
