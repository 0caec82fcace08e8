package dev.hisaab.definition;

import java.util.Map;

/**
 * How one target column of the restore table gets its value. For a row restored from the snapshot: {@code value}
 * (a constant) or the logical {@code field}, then {@code transform}, {@code map} and {@code lookup}. For a row
 * reconstructed from evidence: {@code reconstructed} when given, otherwise the same field if the evidence carries it,
 * otherwise NULL.
 */
public record ColumnSpec(
        String field,
        String value,
        String transform,
        Map<String, String> map,
        String lookup,
        String reconstructed) {

    public ColumnSpec {
        map = map == null ? Map.of() : Map.copyOf(map);
    }
}
