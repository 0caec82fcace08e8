package dev.hisaab.definition;

import dev.hisaab.value.AmountUnit;
import java.util.List;
import java.util.Map;

/**
 * One input of a job: its id, role, format type, file, the mapping from logical field names to the input's own
 * column names, and how to read its dates and amounts. {@code options} is bound later to the format's own record.
 */
public record SourceSpec(
        String id,
        SourceRole role,
        String type,
        String path,
        Map<String, String> fields,
        List<String> dateFormats,
        AmountUnit amountUnit,
        Map<String, Object> options) {

    public SourceSpec {
        fields = fields == null ? Map.of() : Map.copyOf(fields);
        dateFormats = dateFormats == null || dateFormats.isEmpty() ? List.of("iso") : List.copyOf(dateFormats);
        amountUnit = amountUnit == null ? AmountUnit.RUPEES : amountUnit;
        options = options == null ? Map.of() : options;
    }

    /** How messages name this input: its path, or {@code source '<id>' (<type>)} when it reads no file. */
    public String describe() {
        return path == null || path.isBlank() ? "source '" + id + "' (" + type + ")" : path;
    }

    /** The input column mapped to a logical field, or {@code null} when the field is not mapped. */
    public String column(String field) {
        return fields.get(field);
    }
}
