package dev.hisaab.restore;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a restore run's four files go: the restore and rollback scripts and, for each, the expected row count of
 * every data statement ({@link RestoreCounts}).
 */
public record RestoreScriptFiles(Path restoreSql, Path rollbackSql, Path restoreCounts, Path rollbackCounts) {

    public RestoreScriptFiles {
        Objects.requireNonNull(restoreSql, "restoreSql");
        Objects.requireNonNull(rollbackSql, "rollbackSql");
        Objects.requireNonNull(restoreCounts, "restoreCounts");
        Objects.requireNonNull(rollbackCounts, "rollbackCounts");
    }

    /** {@code restore.sql}, {@code rollback.sql}, {@code restore.counts} and {@code rollback.counts} in {@code dir}. */
    public static RestoreScriptFiles inDirectory(Path dir) {
        return new RestoreScriptFiles(dir.resolve("restore.sql"), dir.resolve("rollback.sql"),
                dir.resolve("restore.counts"), dir.resolve("rollback.counts"));
    }
}
