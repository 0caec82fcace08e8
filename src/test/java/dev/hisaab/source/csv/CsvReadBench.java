package dev.hisaab.source.csv;

import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Scratch: where CSV ingest time goes, layer by layer. */
public final class CsvReadBench {

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int rounds = Integer.parseInt(args[1]);
        if (args.length > 2) {
            for (int r = 0; r < rounds; r++) {
                long t0 = System.nanoTime();
                long n = switch (args[2]) {
                    case "trim" -> commons(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16), true);
                    case "window" -> commons(new TextWindow(new InputStreamReader(new InputSource(file).openStream(), StandardCharsets.UTF_8)), true);
                    case "window-nodigest" -> commons(new TextWindow(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8)), true);
                    default -> throw new IllegalArgumentException(args[2]);
                };
                System.out.printf("%s %d ms (%d)%n", args[2], (System.nanoTime() - t0) / 1_000_000, n);
            }
            return;
        }
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            long a = commons(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16), false);
            long t1 = System.nanoTime();
            long b = commons(new BufferedReader(new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8), 1 << 16), true);
            long t2 = System.nanoTime();
            long c = commons(new TextWindow(new InputStreamReader(new InputSource(file).openStream(), StandardCharsets.UTF_8)), true);
            long t3 = System.nanoTime();
            long d = 0;
            try (CsvRecordReader reader = new CsvRecordReader(new InputSource(file), CsvOptions.defaults())) {
                while (true) {
                    try {
                        SourceRecord rec = reader.read();
                        if (rec == null) {
                            break;
                        }
                        d += rec.raw().length();
                    } catch (SourceParseException e) {
                        d++;
                    }
                }
            }
            long t4 = System.nanoTime();
            System.out.printf("plain %4d ms, trim %4d ms, trim+window %4d ms, reader %4d ms (%d %d %d %d)%n",
                    (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000,
                    a, b, c, d);
        }
    }

    static long commons(Reader in, boolean trim) throws Exception {
        CSVFormat format = CSVFormat.RFC4180.builder().setTrim(trim).setIgnoreSurroundingSpaces(trim)
                .setIgnoreEmptyLines(true).setTrailingData(true).get();
        long touched = 0;
        try (CSVParser parser = CSVParser.builder().setReader(in).setFormat(format).get()) {
            for (CSVRecord rec : parser) {
                for (String v : rec.values()) {
                    touched += v.length();
                }
            }
        }
        return touched;
    }
}
