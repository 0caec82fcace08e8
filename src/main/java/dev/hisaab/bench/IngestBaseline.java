package dev.hisaab.bench;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.evidence.EvidenceParser;
import dev.hisaab.evidence.EvidenceParsers;
import dev.hisaab.evidence.Parsed;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.csv.CsvOptions;
import dev.hisaab.spool.SpoolWriter;
import dev.hisaab.stage.OpenedSource;
import dev.hisaab.stage.SourceOpener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What Hisaab's own ingest does with one source, measured like {@link CsvBaseline} so that the two compare like for
 * like: in the same JVM (a fresh one per comparison, {@link IngestChild}), on one thread, the median of three passes
 * after a first one (reported apart). A pass is the stage step's work up
 * to the work file: the source opened through its format with the job's options (the input's SHA-256 included), each
 * record read, turned by the source's evidence parser into the record that would be staged, and that record encoded
 * as the stage encodes it into a work file ({@link SpoolWriter#discarding()}: the same bytes, then dropped, so every
 * value is touched but no disk is). Rejected rows are counted, not written.
 */
final class IngestBaseline {

    private IngestBaseline() {
    }

    /**
     * Commons CSV alone and Hisaab's ingest alone on the same source: {@code csv} and {@code ingest} each the median of
     * three passes after a first one, whose times are {@code firstCsvMillis} and {@code firstIngestMillis} (the JIT
     * still compiling: a larger body of code, as the ingest is, takes longer to reach full speed).
     */
    record Comparison(CsvBaseline.Measurement csv, CsvBaseline.Measurement ingest, long firstCsvMillis,
                      long firstIngestMillis) {

        /** Hisaab's ingest throughput as a percentage of Commons CSV's, after the first pass. */
        double percent() {
            return ingest.millis() == 0 ? 0 : 100.0 * csv.millis() / ingest.millis();
        }

        /** The same for the first pass of each. */
        double firstPassPercent() {
            return firstIngestMillis == 0 ? 0 : 100.0 * firstCsvMillis / firstIngestMillis;
        }
    }

    /** Timed passes of each, after the first. */
    static final int TIMED_PASSES = 3;

    /**
     * Commons CSV alone ({@link CsvBaseline}, with the source's CSV options) and Hisaab's ingest on CSV source
     * {@code index}, their passes interleaved (CSV, ingest, CSV, ingest, ...) so that on a shared machine both meet
     * the same load: a first pass of each, kept apart, then the median of {@link #TIMED_PASSES} passes each.
     */
    static Comparison compare(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir,
                              CsvOptions options) throws IOException {
        Path file = Path.of(job.sources().get(index).path());
        long[] csvMillis = new long[TIMED_PASSES + 1];
        long[] ingestMillis = new long[TIMED_PASSES + 1];
        long csvRows = 0;
        Pass pass = null;
        for (int i = 0; i <= TIMED_PASSES; i++) {
            long start = System.nanoTime();
            csvRows = CsvBaseline.parse(file, options);
            csvMillis[i] = (System.nanoTime() - start) / 1_000_000;
            start = System.nanoTime();
            pass = ingest(opener, jobFile, job, index, baseDir);
            ingestMillis[i] = (System.nanoTime() - start) / 1_000_000;
        }
        long[] csvTimed = Arrays.copyOfRange(csvMillis, 1, csvMillis.length);
        long[] ingestTimed = Arrays.copyOfRange(ingestMillis, 1, ingestMillis.length);
        Arrays.sort(csvTimed);
        Arrays.sort(ingestTimed);
        return new Comparison(new CsvBaseline.Measurement(csvRows, Files.size(file), csvTimed[TIMED_PASSES / 2]),
                new CsvBaseline.Measurement(pass.rows(), pass.bytes(), ingestTimed[TIMED_PASSES / 2]),
                csvMillis[0], ingestMillis[0]);
    }

    /** One pass: rows read (including rejected ones), input bytes and the records encoded into the null sink. */
    record Pass(long rows, long rejected, long bytes, long encoded) {
    }

    static Pass ingest(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir)
            throws IOException {
        return ingest(opener, jobFile, job, index, baseDir, Layers.ALL);
    }

    /** How much of the ingest a pass does, to see what each layer costs: all of it is what the benchmark measures. */
    enum Layers {
        /** Records read from the source (and its SHA-256), nothing more. */
        READ,
        /** Records read and parsed into evidence, not encoded. */
        PARSE,
        /** Records read, parsed and encoded as into a work file. */
        ALL
    }

    static Pass ingest(SourceOpener opener, Path jobFile, JobDefinition job, int index, Path baseDir, Layers layers)
            throws IOException {
        String id = job.sources().get(index).id();
        EvidenceParser parser = EvidenceParsers.forSource(job, job.sources().get(index));
        long rows = 0;
        long rejected = 0;
        try (OpenedSource source = opener.open(jobFile, job, index, baseDir);
             SpoolWriter sink = SpoolWriter.discarding().shareLeading(EvidenceParser.SOURCE_AND_FILE)) {
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
                if (layers == Layers.READ) {
                    continue;
                }
                try {
                    Parsed parsed = parser.parse(id, record);
                    if (layers == Layers.ALL) {
                        sink.write(parsed.record());
                    }
                } catch (IllegalArgumentException e) {
                    rejected++;
                }
            }
            source.input().sha256();
            long bytes = source.input().isFile() ? Files.size(source.input().path()) : source.input().bytesRead();
            sink.commit();
            return new Pass(rows, rejected, bytes, sink.records());
        }
    }
}
