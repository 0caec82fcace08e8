package dev.hisaab.source.csv;

import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import dev.hisaab.source.SourceFormat;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** The {@code csv} source type: delimited text with a header line, read by {@link CsvRecordReader}. */
@Component
public class CsvSourceFormat implements SourceFormat<CsvOptions> {

    @Override
    public String type() {
        return "csv";
    }

    @Override
    public Class<CsvOptions> optionsType() {
        return CsvOptions.class;
    }

    @Override
    public RecordReader open(InputSource input, CsvOptions options) throws IOException {
        return new CsvRecordReader(input, options == null ? CsvOptions.defaults() : options);
    }
}
