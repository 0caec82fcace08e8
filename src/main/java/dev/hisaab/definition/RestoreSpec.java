package dev.hisaab.definition;

import java.util.LinkedHashMap;
import java.util.Map;

/** The restore target: table, key column, lookups and the value of every target column. */
public record RestoreSpec(
        String table,
        String key,
        Map<String, LookupSpec> lookups,
        LinkedHashMap<String, ColumnSpec> columns) {

    public RestoreSpec {
        lookups = lookups == null ? Map.of() : Map.copyOf(lookups);
        columns = columns == null ? new LinkedHashMap<>() : new LinkedHashMap<>(columns);
    }
}
