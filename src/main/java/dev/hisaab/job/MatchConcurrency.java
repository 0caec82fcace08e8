package dev.hisaab.job;

import dev.hisaab.definition.JobDefinition;
import java.nio.file.Path;

/**
 * How many {@code match} partitions run at once: one per core, but no more than half the heap holds. A partition
 * holds its share of every input, parsed (about three times its share of the input files' bytes), for the whole of
 * its run; with a small heap ({@code -Xmx512m}) the partitions therefore run one at a time, slower but within it.
 */
final class MatchConcurrency {

    /** Heap a partition is assumed to need per byte of its share of the inputs. */
    static final int HEAP_PER_INPUT_BYTE = 3;

    private MatchConcurrency() {
    }

    static int of(JobDefinition job, Path baseDir) {
        return of(StageOrder.inputBytes(job, baseDir), job.partitions(), Runtime.getRuntime().maxMemory(),
                Runtime.getRuntime().availableProcessors());
    }

    static int of(long inputBytes, int partitions, long maxHeap, int cores) {
        long perPartition = Math.max(1, HEAP_PER_INPUT_BYTE * inputBytes / Math.max(1, partitions));
        long fit = maxHeap / 2 / perPartition;
        return (int) Math.max(1, Math.min(Math.max(1, cores), fit));
    }
}
