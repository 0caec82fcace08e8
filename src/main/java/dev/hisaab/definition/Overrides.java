package dev.hisaab.definition;

import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies {@code --set path=value} overrides to a job tree before binding. Paths are relative to {@code job:} and
 * dot-separated; a list element is addressed by index ({@code sources[2].path}) or by its {@code id}
 * ({@code sources.gateway.path}).
 */
final class Overrides {

    private Overrides() {
    }

    static void apply(Path file, ObjectNode job, Map<String, String> overrides) {
        for (Map.Entry<String, String> e : overrides.entrySet()) {
            set(file, job, e.getKey(), e.getValue());
        }
    }

    private static void set(Path file, ObjectNode job, String path, String value) {
        String[] parts = path.replace("[", ".").replace("]", "").split("\\.");
        JsonNode node = job;
        for (int i = 0; i < parts.length - 1; i++) {
            node = child(file, node, parts[i], path);
        }
        String last = parts[parts.length - 1];
        if (node instanceof ObjectNode obj) {
            obj.put(last, value);
        } else {
            throw new DefinitionException(file, "job." + path, "--set cannot set a value inside a list; name the element");
        }
    }

    private static JsonNode child(Path file, JsonNode node, String part, String path) {
        if (node instanceof ArrayNode array) {
            if (part.chars().allMatch(Character::isDigit)) {
                int index = Integer.parseInt(part);
                if (index < array.size()) {
                    return array.get(index);
                }
            }
            for (JsonNode element : array) {
                JsonNode id = element.get("id");
                if (id != null && id.asString().equals(part)) {
                    return element;
                }
            }
            throw new DefinitionException(file, "job." + path, "--set names no list element '" + part + "'");
        }
        if (node instanceof ObjectNode obj) {
            JsonNode next = obj.get(part);
            if (next == null) {
                next = obj.putObject(part);
            }
            return next;
        }
        throw new DefinitionException(file, "job." + path, "--set path goes through a plain value at '" + part + "'");
    }
}
