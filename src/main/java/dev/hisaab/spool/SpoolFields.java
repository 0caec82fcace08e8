package dev.hisaab.spool;

import java.util.Arrays;

/**
 * The fields of one work-file record, read by position: as text, or as a whole number without a string in between.
 * A {@link SpoolReader}'s view is valid only until its next record; {@link #of(String[])} wraps fields in memory.
 */
public interface SpoolFields {

    /** Number of fields. */
    int count();

    /** Field {@code i} as text; null for a null field. */
    String text(int i);

    /** Field {@code i} as {@link Long#parseLong(String)} reads it, with its exceptions. */
    long number(int i);

    /** Fields {@code from} to the last, as an array (empty when {@code from} is past the last). */
    default String[] texts(int from) {
        String[] out = new String[Math.max(0, count() - from)];
        for (int i = 0; i < out.length; i++) {
            out[i] = text(from + i);
        }
        return out;
    }

    /** Fields held in memory. */
    static SpoolFields of(String[] fields) {
        return new Held(fields);
    }

    /** Fields held in memory, as {@link #of(String[])} gives them. */
    record Held(String[] fields) implements SpoolFields {

        @Override
        public int count() {
            return fields.length;
        }

        @Override
        public String text(int i) {
            return fields[i];
        }

        @Override
        public long number(int i) {
            return Long.parseLong(fields[i]);
        }

        @Override
        public String[] texts(int from) {
            return from >= fields.length ? new String[0] : Arrays.copyOfRange(fields, from, fields.length);
        }
    }
}
