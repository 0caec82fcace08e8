package dev.hisaab.job;

import java.nio.file.Path;

/** Where a run keeps its outputs ({@code out}) and its work files ({@code out/.work}). */
public record RunLayout(Path out) {

    public Path work() {
        return out.resolve(".work");
    }

    /** The work file of one partition of a source's parsed records. */
    public Path spool(String sourceId, int partition) {
        return dev.hisaab.spool.PartitionedSpoolWriter.file(work(), sourceId, partition);
    }

    public Path rejects(String sourceId) {
        return work().resolve(sourceId + ".rejects");
    }

    public Path tally(String step) {
        return work().resolve(step + ".tally");
    }

    public Path stageInfo(String sourceId) {
        return work().resolve(sourceId + ".input");
    }

    /** Name of the partitioned work files of receipts tied to applications. */
    public static final String RESOLVED_RECEIPTS = "receipts-resolved";

    public Path findings(String step) {
        return work().resolve(step + ".findings");
    }

    public Path restoreRows(int partition) {
        return work().resolve("match-" + partition + ".restore");
    }
}
