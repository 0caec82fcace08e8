package dev.hisaab.support;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A job file loaded for a step harness, with each source's path moved into a folder of generated data (same file
 * name), as {@code hisaab run <job> --set sources.<id>.path=<data>/<file>} would.
 *
 * @param overrides the {@code --set} values that did it
 */
public record BenchJob(JobDefinition job, Map<String, String> overrides) {

    public static BenchJob load(JobDefinitionLoader loader, Path jobFile, Path data) throws IOException {
        JobDefinition named = loader.load(jobFile, Map.of());
        Map<String, String> overrides = new LinkedHashMap<>();
        named.sources().forEach(s -> {
            if (s.path() != null) {
                overrides.put("sources." + s.id() + ".path", data.resolve(Path.of(s.path()).getFileName()).toString());
            }
        });
        return new BenchJob(loader.load(jobFile, overrides), Map.copyOf(overrides));
    }
}
