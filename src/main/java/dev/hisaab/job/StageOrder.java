package dev.hisaab.job;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.SourceSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

/**
 * The order in which stage steps start when they run in parallel: the most work first, so that the last one to start
 * is small and both cores stay busy to the end. Work is estimated by input size times its format's work per byte
 * ({@code SourceFormat.workPerByte}: CSV three times JSON lines or a dump); sources that read tables of one dump share
 * its size, since each parses only its own table.
 */
final class StageOrder {

    private StageOrder() {
    }

    /** Indexes of {@code job.sources()}, biggest estimated work first (ties in job-file order). */
    static List<Integer> biggestFirst(JobDefinition job, Path baseDir, ToIntFunction<String> workPerByte) {
        Map<Path, Integer> sharing = new HashMap<>();
        List<Path> paths = new ArrayList<>();
        for (SourceSpec s : job.sources()) {
            Path p = s.path() == null || s.path().isBlank() ? null : JobDefinition.resolve(baseDir, s.path()).normalize();
            paths.add(p);
            if (p != null) {
                sharing.merge(p, 1, Integer::sum);
            }
        }
        List<Integer> order = new ArrayList<>();
        long[] work = new long[paths.size()];
        for (int i = 0; i < paths.size(); i++) {
            order.add(i);
            Path p = paths.get(i);
            work[i] = p == null ? 0 : size(p) / sharing.get(p) * workPerByte.applyAsInt(job.sources().get(i).type());
        }
        order.sort(Comparator.comparingLong((Integer i) -> -work[i]).thenComparingInt(i -> i));
        return order;
    }

    /** Bytes of the job's input files, each counted once however many sources read it. */
    static long inputBytes(JobDefinition job, Path baseDir) {
        java.util.Set<Path> seen = new java.util.HashSet<>();
        long total = 0;
        for (SourceSpec s : job.sources()) {
            if (s.path() != null && !s.path().isBlank()) {
                Path p = JobDefinition.resolve(baseDir, s.path()).normalize();
                if (seen.add(p)) {
                    total += size(p);
                }
            }
        }
        return total;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0; // a missing input fails its own stage step, with the message that belongs there
        }
    }
}
