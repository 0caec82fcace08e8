package dev.hisaab.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.hisaab.source.csv.CsvOptions;
import dev.hisaab.source.csv.CsvSourceFormat;
import dev.hisaab.source.jsonl.JsonlOptions;
import dev.hisaab.source.jsonl.JsonlSourceFormat;
import dev.hisaab.source.pgdump.PgDumpOptions;
import dev.hisaab.source.pgdump.PgDumpRecordReader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file format's reader, closed after one record of a file larger than what is read ahead (or failing as it
 * opens), leaves no reading thread behind: a run opens dozens of inputs.
 */
class ReadAheadThreadsTests {

    private static final int ROWS = 2 * ReadAheadStream.CHUNKS * ReadAheadStream.CHUNK / 20;

    @TempDir
    Path tmp;

    @Test
    void csvJsonLinesAndDumpReadersStopTheirThreadWhenClosedEarly() throws Exception {
        StringBuilder csv = new StringBuilder("id,amount\n");
        StringBuilder jsonl = new StringBuilder();
        StringBuilder dump = new StringBuilder("COPY public.t (id, amount) FROM stdin;\n");
        for (int i = 0; i < ROWS; i++) {
            csv.append("A-").append(i).append(",100.00\n");
            jsonl.append("{\"id\":\"A-").append(i).append("\"}\n");
            dump.append("A-").append(i).append("\t100.00\n");
        }
        dump.append("\\.\n");
        Path csvFile = Files.writeString(tmp.resolve("big.csv"), csv);
        Path jsonlFile = Files.writeString(tmp.resolve("big.jsonl"), jsonl);
        Path dumpFile = Files.writeString(tmp.resolve("big.sql"), dump);

        try (RecordReader reader = new CsvSourceFormat().open(new InputSource(csvFile), CsvOptions.defaults())) {
            assertThat(reader.read().get("id")).isEqualTo("A-0");
            assertThat(readingThread("big.csv")).isTrue();
        }
        assertThat(readingThread("big.csv")).as("after close").isFalse();

        try (RecordReader reader = new JsonlSourceFormat().open(new InputSource(jsonlFile), JsonlOptions.defaults())) {
            assertThat(reader.read().get("id")).isEqualTo("A-0");
        }
        assertThat(readingThread("big.jsonl")).isFalse();

        try (RecordReader reader = new PgDumpRecordReader(new InputSource(dumpFile), new PgDumpOptions("t"))) {
            assertThat(reader.read().get("id")).isEqualTo("A-0");
        }
        assertThat(readingThread("big.sql")).isFalse();
    }

    @Test
    void aReaderThatCannotOpenItsInputStopsItsThreadToo() throws Exception {
        Path file = Files.writeString(tmp.resolve("twice.csv"), "id,id\n" + "1,2\n".repeat(ROWS));
        assertThatIOException().isThrownBy(() -> new CsvSourceFormat().open(new InputSource(file), CsvOptions.defaults()))
                .withMessageContaining("duplicate column 'id'");
        assertThat(readingThread("twice.csv")).isFalse();
    }

    /** Whether the thread that reads {@code file} ahead is alive. */
    private static boolean readingThread(String file) {
        return Thread.getAllStackTraces().keySet().stream()
                .anyMatch(t -> t.getName().equals("read " + file) && t.isAlive());
    }
}
