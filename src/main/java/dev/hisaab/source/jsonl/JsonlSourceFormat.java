package dev.hisaab.source.jsonl;

import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** The {@code jsonl} source type: one JSON object per line, read by {@link JsonlRecordReader}. */
@Component
public class JsonlSourceFormat implements SourceFormat<JsonlOptions> {

    @Override
    public String type() {
        return "jsonl";
    }

    @Override
    public Class<JsonlOptions> optionsType() {
        return JsonlOptions.class;
    }

    @Override
    public RecordReader open(InputSource input, JsonlOptions options) throws IOException {
        return new JsonlRecordReader(input, options == null ? JsonlOptions.defaults() : options);
    }
}
