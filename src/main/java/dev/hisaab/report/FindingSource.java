package dev.hisaab.report;

import dev.hisaab.finding.Finding;
import dev.hisaab.spool.SortedSpoolMerge;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The findings of a run in report order ({@link Finding#ORDER}), read afresh for every pass, so each writer of the
 * report step can go through all of them — at the same time as the others, if it likes — without any of them being held
 * in memory. Each pass is a stream the caller closes.
 */
@FunctionalInterface
public interface FindingSource {

    /** A new pass over every finding, in report order; close it when done. */
    Stream<Finding> open() throws IOException;

    /** Findings held in memory (tests, small runs), put in report order (stable) once. */
    static FindingSource of(List<Finding> findings) {
        List<Finding> sorted = new ArrayList<>(findings);
        sorted.sort(Finding.ORDER);
        List<Finding> fixed = List.copyOf(sorted);
        return fixed::stream;
    }

    /**
     * The findings of the steps' work files, each already in report order, merged as they are read, ties from the
     * earlier file first; then {@code after} (in report order too) as one more source: the order a stable sort of
     * all of them, concatenated in that order, would give.
     */
    static FindingSource merged(List<Path> files, List<Finding> after) {
        List<Path> fixedFiles = List.copyOf(files);
        List<Finding> fixedAfter = List.copyOf(after);
        return () -> {
            SortedSpoolMerge<Finding> merge = new SortedSpoolMerge<>(fixedFiles, Finding::of, fixedAfter.iterator(),
                    Finding.ORDER);
            Spliterator<Finding> all = Spliterators.spliteratorUnknownSize(merge,
                    Spliterator.ORDERED | Spliterator.NONNULL);
            return StreamSupport.stream(all, false).onClose(() -> {
                try {
                    merge.close();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        };
    }
}
