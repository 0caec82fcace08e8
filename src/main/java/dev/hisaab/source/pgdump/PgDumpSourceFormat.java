package dev.hisaab.source.pgdump;

import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** The {@code pgdump} source type: rows of one table from a pg_dump plain-format SQL file. */
@Component
public class PgDumpSourceFormat implements SourceFormat<PgDumpOptions> {

    @Override
    public String type() {
        return "pgdump";
    }

    @Override
    public Class<PgDumpOptions> optionsType() {
        return PgDumpOptions.class;
    }

    @Override
    public RecordReader open(InputSource input, PgDumpOptions options) throws IOException {
        return new PgDumpRecordReader(input, options);
    }
}
