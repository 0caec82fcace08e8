package dev.hisaab.generate;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one generator run wrote.
 *
 * @param directory the output folder
 * @param files     every file written, inputs first, then {@code expected/…}
 * @param findings  number of expected findings per category (category name → count)
 * @param planted   number of planted cases and defects per kind, as listed in {@code expected/counts.json}
 */
public record GeneratedFiles(Path directory, List<Path> files, Map<String, Long> findings, Map<String, Long> planted) {

    public GeneratedFiles {
        files = List.copyOf(files);
        findings = Map.copyOf(findings);
        planted = Map.copyOf(planted);
    }

    /**
     * Writes {@code expected/counts.json} (the scenario, per-file counts, expected findings and planted cases, in
     * that order) and says what the run wrote.
     *
     * @param scenario  the scenario's parameters as they appear in counts.json
     * @param names     the files written, relative to {@code outDir}, inputs first, {@code expected/counts.json} last
     */
    public static GeneratedFiles written(Path outDir, Map<String, Object> scenario, Map<String, Object> fileCounts,
                                         Map<String, Long> findings, Map<String, Long> planted, List<String> names)
            throws IOException {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("scenario", scenario);
        counts.put("files", fileCounts);
        counts.put("findings", findings);
        counts.put("planted", planted);
        Files.writeString(outDir.resolve("expected").resolve("counts.json"), JsonText.write(counts),
                StandardCharsets.UTF_8);
        List<Path> files = new ArrayList<>();
        for (String name : names) {
            files.add(outDir.resolve(name));
        }
        return new GeneratedFiles(outDir, files, findings, planted);
    }
}
