package dev.hisaab.generate;

import java.nio.file.Path;
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
}
