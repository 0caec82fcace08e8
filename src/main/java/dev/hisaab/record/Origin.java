package dev.hisaab.record;

import java.util.Objects;

/**
 * Where a record came from: the input's file name and the 1-based line on which the record starts.
 * Printed as {@code file:line}, the form used in every report.
 */
public record Origin(String file, long line) {

    public Origin {
        Objects.requireNonNull(file, "file");
        if (line < 0) {
            throw new IllegalArgumentException("line must be >= 0, was " + line);
        }
    }

    @Override
    public String toString() {
        return file + ":" + line;
    }
}
