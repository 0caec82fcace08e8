package dev.hisaab.job;

import java.nio.file.Path;

/** Where a run keeps its outputs ({@code out}) and its work files ({@code out/.work}). */
public record RunLayout(Path out) {

    public Path work() {
        return out.resolve(".work");
    }

    public Path spool(String sourceId) {
        return work().resolve(sourceId + ".spool");
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

    public Path resolvedReceipts() {
        return work().resolve("receipts.resolved");
    }

    public Path findings(String step) {
        return work().resolve(step + ".findings");
    }

    public Path restoreRows(int partition) {
        return work().resolve("match-" + partition + ".restore");
    }
}
