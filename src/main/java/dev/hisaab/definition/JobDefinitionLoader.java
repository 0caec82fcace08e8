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
            throw new DefinitionException(file, "", "not valid YAML: " + firstLine(e.getMessage()));
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
        String msg = firstLine(e.getOriginalMessage());
        if (msg.startsWith("Unrecognized property")) {
            // Jackson lists known properties in the message; keep the first sentence only
            int cut = msg.indexOf(" (class ");
            msg = (cut > 0 ? msg.substring(0, cut) : msg).replace("Unrecognized property", "unknown key");
        }
        return msg;
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
