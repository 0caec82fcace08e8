package dev.hisaab.report;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceRole;
import dev.hisaab.definition.SourceSpec;
import dev.hisaab.job.RunLayout;
import dev.hisaab.spool.PartitionedSpoolWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The partitioned work files (stage and resolve outputs, {@code <name>.p<k>.spool}) that no step still to run reads
 * once the report starts: every step that reads them has completed, and a restart runs only the report again. A
 * large run's are over a gigabyte. Deleted as the report starts, the page-cache memory they held is what the report's
 * own files are written into next; on this workplace's virtual machines writing into memory freed moments before
 * costs the kernel about an eighth of writing into memory not touched for a while (docs/benchmarks.md). Kept: the
 * consumers' (the payment report's refunds list reads them, see {@code PaymentsReport}).
 */
final class SpentWorkFiles {

    private SpentWorkFiles() {
    }

    static void delete(RunLayout layout, JobDefinition job) throws IOException {
        Set<String> kept = job.sources(SourceRole.CONSUMERS).stream().map(SourceSpec::id).collect(Collectors.toSet());
        if (!Files.isDirectory(layout.work())) {
            return;
        }
        List<Path> spent;
        try (Stream<Path> files = Files.list(layout.work())) {
            spent = files.filter(f -> {
                String name = PartitionedSpoolWriter.nameOf(f);
                return name != null && !kept.contains(name);
            }).toList();
        }
        for (Path f : spent) {
            Files.deleteIfExists(f);
        }
    }
}
