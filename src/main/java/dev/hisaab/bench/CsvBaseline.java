package dev.hisaab.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * What Commons CSV alone does with a file, the yardstick of the stage steps' ingest throughput: the file is parsed
 * into records (every value touched, so nothing is optimised away) and nothing else, with the CSV options the job
 * gives the file. Timed in the benchmark's own, warmed-up JVM; the median of three passes.
 */
final class CsvBaseline {

    /** Rows and the median time of one pass. */
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

    static Measurement measure(Path file, String delimiter, Charset encoding) throws IOException {
        long[] millis = new long[3];
        long rows = 0;
        for (int pass = 0; pass < millis.length; pass++) {
            long start = System.nanoTime();
            rows = parse(file, delimiter, encoding);
            millis[pass] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(millis);
        return new Measurement(rows, Files.size(file), millis[1]);
    }

    /** One pass: the data rows of the file. */
    static long parse(Path file, String delimiter, Charset encoding) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(true)
                .setTrailingData(true).get();
        long rows = 0;
        long touched = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(Files.newInputStream(file),
                encoding == null ? StandardCharsets.UTF_8 : encoding), 1 << 16);
             CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
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
