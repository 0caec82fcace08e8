package dev.hisaab.source;

import dev.hisaab.record.SourceRecord;
import java.io.Closeable;
import java.io.IOException;
import java.util.List;

/**
 * A streaming reader over one input. Never holds the whole input in memory.
 */
public interface RecordReader extends Closeable {

    /**
     * The column names this input provides (CSV header, COPY or INSERT column list), known after open; empty when the
     * format cannot know them up front (JSON lines).
     */
    List<String> columns();

    /**
     * The next record, or {@code null} at the end of the input.
     *
     * @throws dev.hisaab.record.SourceParseException for a malformed record; the next call continues after it
     * @throws IOException when the input cannot be read at all (the run stops)
     */
    SourceRecord read() throws IOException;
}
