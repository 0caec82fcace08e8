package dev.hisaab.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One record as read from an input: each value is the raw text of the field (ids stay text; {@code null} is SQL NULL
 * or a missing JSON key), keyed by the input's own column name (CSV header, COPY/INSERT column, dotted JSON path).
 * Interpretation of numbers, dates and case happens later, so reports can show the original and cite its origin.
 */
public record SourceRecord(Origin origin, Map<String, String> values, String raw) {

    public SourceRecord {
        Objects.requireNonNull(origin, "origin");
        // a reader's ColumnValues is already unmodifiable and owned by this record: copying it would double the cost
        values = values instanceof ColumnValues ? values : Collections.unmodifiableMap(new LinkedHashMap<>(values));
        raw = raw == null ? "" : raw;
    }

    /** The raw value of a column, or {@code null} when absent or NULL. */
    public String get(String column) {
        return values.get(column);
    }
}
