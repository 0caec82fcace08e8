package dev.hisaab.bench;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.evidence.EvidenceParser;
import dev.hisaab.evidence.EvidenceParsers;
import dev.hisaab.evidence.Parsed;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.stage.OpenedSource;
import dev.hisaab.stage.SourceOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What Hisaab's own ingest does with one source, measured like {@link CsvBaseline} so that the two compare like for
 * like: in the benchmark's warmed-up JVM, on one thread, the median of three passes. A pass is the stage step's work up
 * to the work file: the source opened through its format with the job's options (the input's SHA-256 included), each
 * record read and turned by the source's evidence parser into the fields that would be staged, and those fields
 * written to a null sink (every value touched, so nothing is optimised away). Rejected rows are counted, not written.
 */
final class IngestBaseline {

    private IngestBaseline() {
    }

    /** Rows read (records and rejects) and the median time of one pass over source {@code index} of {@code job}. */
    static CsvBaseline.Measurement measure(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir)
            throws IOException {
        long[] millis = new long[3];
        long rows = 0;
        long bytes = 0;
        for (int pass = 0; pass < millis.length; pass++) {
            long start = System.nanoTime();
            Pass p = ingest(opener, jobFile, job, index, baseDir);
            millis[pass] = (System.nanoTime() - start) / 1_000_000;
            rows = p.rows();
            bytes = p.bytes();
        }
        Arrays.sort(millis);
        return new CsvBaseline.Measurement(rows, bytes, millis[1]);
    }

    /** Commons CSV alone and Hisaab's ingest alone on the same source, each the median of its three passes. */
    record Comparison(CsvBaseline.Measurement csv, CsvBaseline.Measurement ingest) {
    }

    /**
     * Commons CSV alone ({@link CsvBaseline}, with {@code delimiter} and {@code encoding}) and Hisaab's ingest on CSV
     * source {@code index}, their passes interleaved (CSV, ingest, CSV, ingest, ...) so that on a shared machine both
     * meet the same load; the median of three passes each.
     */
    static Comparison compare(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir,
                              String delimiter, java.nio.charset.Charset encoding) throws IOException {
        Path file = Path.of(job.sources().get(index).path());
        long[] csvMillis = new long[3];
        long[] ingestMillis = new long[3];
        long csvRows = 0;
        Pass pass = null;
        for (int i = 0; i < 3; i++) {
            long start = System.nanoTime();
            csvRows = CsvBaseline.parse(file, delimiter, encoding);
            csvMillis[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            pass = ingest(opener, jobFile, job, index, baseDir);
            ingestMillis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(csvMillis);
        Arrays.sort(ingestMillis);
        return new Comparison(new CsvBaseline.Measurement(csvRows, Files.size(file), csvMillis[1]),
                new CsvBaseline.Measurement(pass.rows(), pass.bytes(), ingestMillis[1]));
    }

    /** One pass: rows read (including rejected ones), input bytes and the characters handed to the null sink. */
    record Pass(long rows, long rejected, long bytes, long touched) {
    }

    static Pass ingest(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir)
            throws IOException {
        String id = job.sources().get(index).id();
        EvidenceParser parser = EvidenceParsers.forSource(job, job.sources().get(index));
        long rows = 0;
        long rejected = 0;
        long touched = 0;
        try (OpenedSource source = opener.open(jobFile, job, index, baseDir)) {
            while (true) {
                SourceRecord record;
                try {
                    record = source.reader().read();
                } catch (SourceParseException e) {
                    rows++;
                    rejected++;
                    continue;
                }
                if (record == null) {
                    break;
                }
                rows++;
                try {
                    Parsed parsed = parser.parse(id, record);
                    touched += sink(parsed);
                } catch (IllegalArgumentException e) {
                    rejected++;
                }
            }
            source.input().sha256();
            long bytes = source.input().isFile() ? Files.size(source.input().path()) : source.input().bytesRead();
            return new Pass(rows, rejected, bytes, touched);
        }
    }

    /** The null sink: the characters of the key and every field, which a work file would hold. */
    private static long sink(Parsed parsed) {
        long n = parsed.key() == null ? 0 : parsed.key().length();
        for (String f : parsed.fields()) {
            n += f == null ? 1 : f.length() + 1;
        }
        return n;
    }
}
