package dev.hisaab.stage;

import dev.hisaab.definition.SourceSpec;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;

/** A source opened for reading: its spec, its input (for SHA-256 and size) and its reader. */
public record OpenedSource(SourceSpec spec, InputSource input, RecordReader reader) implements AutoCloseable {

    @Override
    public void close() throws java.io.IOException {
        reader.close();
    }
}
