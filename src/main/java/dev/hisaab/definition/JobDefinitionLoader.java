package dev.hisaab.definition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a job file into a {@link JobDefinition}: YAML (kebab-case keys) bound strictly to records, so an unknown key
 * or a wrong type is an error naming the property path; {@code --set} overrides are applied to the tree first; the
 * result is then checked by {@link JobDefinitionValidator}.
 */
@Component
public class JobDefinitionLoader {

    private final YAMLMapper mapper = YAMLMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.KEBAB_CASE)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
            // a key given twice is an error, not "the last one wins"
            .enable(tools.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    /** Loads and binds a job file, applying overrides given as {@code path=value} (see {@link Overrides}). */
    public JobDefinition load(Path file, Map<String, String> overrides) {
        if (!Files.isRegularFile(file)) {
            throw new DefinitionException(file, "", "job file not found");
        }
        JsonNode root;
        try {
            root = mapper.readTree(Files.readString(file));
        } catch (IOException | JacksonException e) {
            String where = e instanceof JacksonException j && j.getLocation() != null
                    ? " at line " + j.getLocation().getLineNr() : "";
            throw new DefinitionException(file, "", "not valid YAML" + where + ": " + firstLine(
                    e instanceof JacksonException j2 ? j2.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !root.isObject() || root.get("job") == null || !root.get("job").isObject()) {
            throw new DefinitionException(file, "job", "missing top-level 'job:' block");
        }
        if (root.size() != 1) {
            throw new DefinitionException(file, "", "only a top-level 'job:' block is allowed");
        }
        ObjectNode job = (ObjectNode) root.get("job");
        Overrides.apply(file, job, overrides);
        try {
            return mapper.treeToValue(job, JobDefinition.class);
        } catch (JacksonException e) {
            throw new DefinitionException(file, "job" + path(e), problem(e));
        }
    }

    /** Binds a source's {@code options:} block to the format's options record. */
    public <O> O bindOptions(Path file, int sourceIndex, Map<String, Object> options, Class<O> type) {
        try {
            return mapper.convertValue(options == null ? Map.of() : options, type);
        } catch (JacksonException e) {
            throw new DefinitionException(file, "job.sources[" + sourceIndex + "].options" + path(e), problem(e));
        }
    }

    static String path(JacksonException e) {
        StringBuilder sb = new StringBuilder();
        List<JacksonException.Reference> refs = e.getPath();
        for (JacksonException.Reference ref : refs) {
            if (ref.getPropertyName() != null) {
                sb.append('.').append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException u) {
            List<String> known = u.getKnownPropertyIds().stream().map(Object::toString).sorted().toList();
            return "unknown key '" + u.getPropertyName() + "'; known keys: " + known;
        }
        if (e instanceof InvalidFormatException f) {
            return "expected " + describe(f.getTargetType()) + ", got '" + f.getValue() + "'";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            return "expected " + describe(m.getTargetType());
        }
        Throwable cause = e.getCause();
        if (cause instanceof IllegalArgumentException && cause.getMessage() != null) {
            return firstLine(cause.getMessage());
        }
        return firstLine(e.getOriginalMessage());
    }

    /** Says in words what a YAML value must look like to bind to a type. */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.stream(type.getEnumConstants())
                    .map(c -> c.toString().toLowerCase(java.util.Locale.ROOT).replace('_', '-')).toList();
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == java.math.BigDecimal.class) {
            return "a decimal number such as 100.00";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a single text value";
        }
        if (List.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type) || type.isRecord()) {
            return "a block of key: value lines";
        }
        return "a " + type.getSimpleName();
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
