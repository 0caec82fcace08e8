package dev.hisaab.source;

import java.io.IOException;

/**
 * An input format, selected by the {@code type:} of a source in a job file. Implementations are Spring beans;
 * {@link SourceFormats} collects them, so adding a format touches only its own package.
 *
 * @param <O> the record bound from the source's {@code options:} block
 */
public interface SourceFormat<O> {

    /** The {@code type:} value in job files, e.g. {@code csv}, {@code jsonl}, {@code pgdump}. */
    String type();

    /** The record type that the source's {@code options:} block binds to. */
    Class<O> optionsType();

    /**
     * Opens a streaming reader. Implementations must read bytes only through {@link InputSource#openStream()}, so
     * that the run can report the SHA-256 and size of exactly what was read.
     */
    RecordReader open(InputSource input, O options) throws IOException;

    /**
     * Whether a source of this type reads the file at its {@code path}. A format that reads something else (a live
     * database) returns false: its sources have no path, and it is opened with {@link InputSource#ofRows(String)}
     * named by {@link #inputName(Object)}.
     */
    default boolean readsFile() {
        return true;
    }

    /**
     * The work of reading one byte of this format, relative to a byte of JSON lines or of a dump's table (1): the stage
     * steps start the most work first ({@code job/StageOrder}), so a format that is slow per byte must say so.
     */
    default int workPerByte() {
        return 1;
    }

    /** For a format that reads no file: the name its origins and the summary use, e.g. {@code db:public.applications}. */
    default String inputName(O options) {
        throw new UnsupportedOperationException(type() + " sources read a file");
    }
}
