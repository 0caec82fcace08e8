package dev.hisaab.definition;

import java.nio.file.Path;
import java.util.List;

/**
 * A whole job file ({@code job:} block): its kind, sources and how to match them, and what to write back —
 * {@code restore} for application recovery, {@code posting} for payment reconciliation. Relative source paths
 * resolve against the working directory the run starts in.
 */
public record JobDefinition(
        String name,
        JobKind kind,
        String description,
        Integer maxRejects,
        String timeZone,
        Integer partitions,
        MatchingSpec matching,
        List<SourceSpec> sources,
        RestoreSpec restore,
        PostingSpec posting) {

    public JobDefinition {
        kind = kind == null ? JobKind.APPLICATION_RECOVERY : kind;
        maxRejects = maxRejects == null ? 1000 : maxRejects;
        timeZone = timeZone == null ? "Asia/Kolkata" : timeZone;
        partitions = partitions == null ? 4 : partitions;
        matching = matching == null ? new MatchingSpec(null, null, null, null, null, null) : matching;
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The sources with a given role, in file order. */
    public List<SourceSpec> sources(SourceRole role) {
        return sources.stream().filter(s -> s.role() == role).toList();
    }

    /** Resolves a source path against a base directory. */
    public static Path resolve(Path baseDir, String path) {
        Path p = Path.of(path);
        return p.isAbsolute() ? p : baseDir.resolve(p).normalize();
    }
}
