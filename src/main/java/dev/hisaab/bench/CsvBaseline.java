package dev.hisaab.bench;

import dev.hisaab.source.csv.CsvOptions;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What Commons CSV alone does with a file, the yardstick of the stage steps' ingest throughput: the file is parsed
 * into records (every value touched, so nothing is optimised away) and nothing else, told what the job's CSV options
 * tell it ({@link CsvOptions#commonsFormat()}: delimiter, quote, trimming; and the encoding). Timed by
 * {@link IngestBaseline#compare}, passes interleaved with the ingest's.
 */
final class CsvBaseline {

    /** Rows, bytes and the median time of one pass. */
    record Measurement(long rows, long bytes, long millis) {

        double rowsPerSecond() {
            return millis == 0 ? 0 : rows * 1000.0 / millis;
        }

        double megabytesPerSecond() {
            return millis == 0 ? 0 : bytes * 1000.0 / millis / (1 << 20);
        }
    }

    private CsvBaseline() {
    }

    /** One pass: the data rows of the file. */
    static long parse(Path file, CsvOptions options) throws IOException {
        long rows = 0;
        long touched = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                options.encoding()), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(options.commonsFormat()).get()) {
            for (CSVRecord r : parser) {
                for (String v : r.values()) {
                    touched += v.length();
                }
                rows++;
            }
        }
        if (touched < 0) {
            throw new IllegalStateException("unreachable: keeps the values alive");
        }
        return rows - 1; // the header
    }
}
