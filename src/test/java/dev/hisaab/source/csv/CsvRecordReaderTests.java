package dev.hisaab.source.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIOException;

import dev.hisaab.record.Origin;
import dev.hisaab.record.SourceParseException;
import dev.hisaab.record.SourceRecord;
import dev.hisaab.source.InputSource;
import dev.hisaab.source.RecordReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecordReaderTests {

    @TempDir
    Path dir;

    private final CsvSourceFormat format = new CsvSourceFormat();

    @Test
    void readsRecordsKeyedByHeaderWithOriginAndRaw() throws IOException {
        Path file = write("receipts.csv", """
                receipt_no,application_no,amount
                R-1,APP001,100.50
                R-2, APP002 ,"1,25,000.00"
                """);
        try (RecordReader reader = format.open(new InputSource(file), CsvOptions.defaults())) {
            assertThat(reader.columns()).containsExactly("receipt_no", "application_no", "amount");
            SourceRecord first = reader.read();
            assertThat(first.origin()).isEqualTo(new Origin("receipts.csv", 2));
            assertThat(first.values()).containsExactly(Map.entry("receipt_no", "R-1"),
                    Map.entry("application_no", "APP001"), Map.entry("amount", "100.50"));
            assertThat(first.raw()).isEqualTo("R-1,APP001,100.50");
            SourceRecord second = reader.read();
            assertThat(second.origin().line()).isEqualTo(3);
            assertThat(second.get("application_no")).isEqualTo("APP002");
            assertThat(second.get("amount")).isEqualTo("1,25,000.00");
            assertThat(second.raw()).isEqualTo("R-2, APP002 ,\"1,25,000.00\"");
            assertThat(reader.read()).isNull();
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void stripsUtf8ByteOrderMarkSoTheFirstColumnNameMatches() throws IOException {
        Path file = writeBytes("bom.csv", bytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "id,name\n1,Asha\n".getBytes(StandardCharsets.UTF_8)));
        List<SourceRecord> records = readAll(file, CsvOptions.defaults());
        assertThat(columns(file, CsvOptions.defaults())).containsExactly("id", "name");
        assertThat(records).singleElement().satisfies(r -> {
            assertThat(r.get("id")).isEqualTo("1");
            assertThat(r.raw()).isEqualTo("1,Asha");
            assertThat(r.origin().line()).isEqualTo(2);
        });
    }

    @Test
    void quotedFieldSpanningLinesCitesItsFirstLineWithCrLfAndLf() throws IOException {
        Path file = write("multi.csv", "id,note\r\n1,\"first\r\nsecond\"\r\n\r\n2,plain\n3,\"a \"\"quoted\"\" word\"");
        List<SourceRecord> records = readAll(file, CsvOptions.defaults());
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(2L, 5L, 6L);
        assertThat(records.get(0).get("note")).isEqualTo("first\r\nsecond");
        assertThat(records.get(0).raw()).isEqualTo("1,\"first\r\nsecond\"");
        assertThat(records.get(1).raw()).isEqualTo("2,plain");
        assertThat(records.get(2).get("note")).isEqualTo("a \"quoted\" word");
        assertThat(records.get(2).raw()).isEqualTo("3,\"a \"\"quoted\"\" word\"");
    }

    @Test
    void linesCountLoneCrLfAndCrLfBreaksInAnyMixBlankLinesAndBreaksInsideQuotes() throws IOException {
        Path file = write("mixed.csv", "id,note\r1,a\r\r2,\"x\ry\"\r3,b\n4,c\r\n\n5,\"p\nq\r\nr\"\r\n6,d");
        List<SourceRecord> records = readAll(file, CsvOptions.defaults());
        assertThat(records).extracting(r -> r.origin().line()).containsExactly(2L, 4L, 6L, 7L, 9L, 12L);
        assertThat(records).extracting(SourceRecord::raw)
                .containsExactly("1,a", "2,\"x\ry\"", "3,b", "4,c", "5,\"p\nq\r\nr\"", "6,d");
    }

    @Test
    void linesAndTextsOfRandomFilesAreWhereTheRecordsWereWritten() throws IOException {
        // given 400 files with every mix of line breaks (\n, \r\n, a lone \r), banner lines, blank lines and lines
        // of spaces between records, quoted fields with line breaks inside, and a last record with or without its own,
        // with one- and two-character delimiters, trimmed or not
        Random random = new Random(20261204);
        String[] breaks = {"\n", "\r\n", "\r"};
        String[] delimiters = {",", ";", "||"};
        for (int f = 0; f < 400; f++) {
            int banners = random.nextInt(3);
            String delimiter = delimiters[random.nextInt(delimiters.length)];
            boolean trim = random.nextBoolean();
            StringBuilder text = new StringBuilder();
            for (int b = 0; b < banners; b++) {
                text.append("Report of ").append(b).append(breaks[random.nextInt(3)]);
            }
            text.append("id").append(delimiter).append("note");
            List<Integer> starts = new ArrayList<>();
            List<String> raws = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            int records = random.nextInt(30);
            for (int r = 0; r < records; r++) {
                text.append(breaks[random.nextInt(3)]);
                while (random.nextInt(4) == 0) {
                    text.append(random.nextBoolean() ? "" : "  ").append(breaks[random.nextInt(3)]);
                }
                String note = switch (random.nextInt(4)) {
                    case 0 -> "";
                    case 1 -> "x" + breaks[random.nextInt(3)] + "y"
                            + (random.nextBoolean() ? breaks[random.nextInt(3)] : "");
                    default -> "n" + r;
                };
                boolean quoted = note.indexOf('\n') >= 0 || note.indexOf('\r') >= 0 || random.nextInt(5) == 0;
                String raw = r + delimiter + (quoted ? '"' + note + '"' : note);
                starts.add(text.length());
                raws.add(raw);
                notes.add(trim ? note.trim() : note); // trimming takes line breaks at a quoted value's ends too
                text.append(raw);
            }
            if (random.nextBoolean()) {
                text.append(breaks[random.nextInt(3)]);
            }
            String content = text.toString();
            Path file = write("random-" + f + ".csv", content);
            // when
            List<SourceRecord> read = readAll(file, new CsvOptions(delimiter, null, null, null, banners, null, trim));
            // then each record cites the physical line it starts on and has its text exactly
            assertThat(read).as("file %d: %s", f, content).hasSize(records);
            for (int r = 0; r < records; r++) {
                assertThat(read.get(r).origin().line()).as("file %d record %d: %s", f, r, content)
                        .isEqualTo(1 + lineBreaksBefore(content, starts.get(r)));
                assertThat(read.get(r).raw()).as("file %d record %d", f, r).isEqualTo(raws.get(r));
                assertThat(read.get(r).values()).as("file %d record %d", f, r)
                        .containsExactly(Map.entry("id", Integer.toString(r)), Map.entry("note", notes.get(r)));
            }
        }
    }

    /** Line breaks ({@code \n}, {@code \r\n} or a lone {@code \r}) in {@code text} before {@code position}. */
    private static long lineBreaksBefore(String text, int position) {
        long breaks = 0;
        for (int i = 0; i < position; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
                breaks++;
            }
        }
        return breaks;
    }

    @Test
    void rejectsWrongFieldCountAndContinuesWithTheNextRecord() throws IOException {
        Path file = write("short.csv", """
                a,b,c
                1,2,3
                4,5
                6,7,8,9
                10,11,12
                """);
        try (RecordReader reader = format.open(new InputSource(file), CsvOptions.defaults())) {
            assertThat(reader.read().get("a")).isEqualTo("1");
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
                assertThat(e.origin()).isEqualTo(new Origin("short.csv", 3));
                assertThat(e.reason()).isEqualTo("expected 3 fields, found 2");
                assertThat(e.raw()).isEqualTo("4,5");
                assertThat(e.getMessage()).isEqualTo("Cannot parse line 3 of short.csv: expected 3 fields, found 2");
            });
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read)
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("expected 3 fields, found 4"));
            SourceRecord last = reader.read();
            assertThat(last.get("c")).isEqualTo("12");
            assertThat(last.origin().line()).isEqualTo(5);
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void unterminatedQuoteIsReportedAtItsRecordAndEndsTheReader() throws IOException {
        Path file = write("open-quote.csv", """
                id,note
                1,ok
                2,"never closed
                3,lost
                4,lost too
                """);
        try (RecordReader reader = format.open(new InputSource(file), CsvOptions.defaults())) {
            assertThat(reader.read().get("note")).isEqualTo("ok");
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
                assertThat(e.origin()).isEqualTo(new Origin("open-quote.csv", 3));
                assertThat(e.reason()).startsWith("unterminated quote").contains("rest of the file");
                assertThat(e.raw()).isEqualTo("2,\"never closed");
            });
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void unterminatedQuoteAfterAMultiLineRecordKeepsThatRecordWhole() throws IOException {
        Path file = write("open-quote-2.csv", "id,note\n1,\"two\nlines\"\n\n2,\"open\n3,x\n");
        try (RecordReader reader = format.open(new InputSource(file), CsvOptions.defaults())) {
            SourceRecord first = reader.read();
            assertThat(first.raw()).isEqualTo("1,\"two\nlines\"");
            assertThat(first.origin().line()).isEqualTo(2);
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read)
                    .satisfies(e -> assertThat(e.origin().line()).isEqualTo(5));
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void unterminatedQuoteInTheFirstRecordOrHeader() throws IOException {
        Path firstRecord = write("first.csv", "id,note\r\n\r\n1,\"open\r\n2,x\r\n");
        try (RecordReader reader = format.open(new InputSource(firstRecord), CsvOptions.defaults())) {
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
                assertThat(e.origin().line()).isEqualTo(3);
                assertThat(e.raw()).isEqualTo("1,\"open");
            });
            assertThat(reader.read()).isNull();
        }
        Path header = write("header-quote.csv", "id,\"note\n1,x\n");
        assertThatIOException().isThrownBy(() -> format.open(new InputSource(header), CsvOptions.defaults()))
                .withMessage("Cannot parse line 1 of header-quote.csv: unterminated quote: the rest of the file from "
                        + "this line is one field, no further records were read");
    }

    @Test
    void rejectsRecordsWithInvalidUtf8OrNul() throws IOException {
        Path file = writeBytes("bytes.csv", bytes("id,name\n1,Asha\n2,Ba".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC3, 0x28}, "d\n3,Ra\u0000vi\n4,Ravi\n".getBytes(StandardCharsets.UTF_8)));
        try (RecordReader reader = format.open(new InputSource(file), CsvOptions.defaults())) {
            assertThat(reader.read().get("name")).isEqualTo("Asha");
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
                assertThat(e.reason()).isEqualTo("invalid UTF-8 bytes");
                assertThat(e.origin().line()).isEqualTo(3);
            });
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read).satisfies(e -> {
                assertThat(e.reason()).isEqualTo("NUL character in record");
                assertThat(e.origin().line()).isEqualTo(4);
            });
            assertThat(reader.read().get("name")).isEqualTo("Ravi");
            assertThat(reader.read()).isNull();
        }
    }

    @Test
    void emptyFileAndHeaderOnlyFileHaveNoRecords() throws IOException {
        Path empty = writeBytes("empty.csv", new byte[0]);
        assertThat(columns(empty, CsvOptions.defaults())).isEmpty();
        assertThat(readAll(empty, CsvOptions.defaults())).isEmpty();
        Path headerOnly = write("header.csv", "id,name");
        assertThat(columns(headerOnly, CsvOptions.defaults())).containsExactly("id", "name");
        assertThat(readAll(headerOnly, CsvOptions.defaults())).isEmpty();
        Path headerAndBlankLines = write("header-blank.csv", "id,name\r\n\r\n   \r\n");
        assertThat(readAll(headerAndBlankLines, CsvOptions.defaults())).isEmpty();
    }

    @Test
    void skipsBannerLinesAndCountsFooterLines() throws IOException {
        Path file = write("settlement.csv", """
                Settlement Report
                Generated 01/03/2025
                utr,amount
                UTR1,100

                UTR2,200
                Total Records: 2
                """);
        CsvOptions options = new CsvOptions(null, null, null, null, 2, "^Total Records: \\d+$", null);
        try (CsvRecordReader reader = (CsvRecordReader) format.open(new InputSource(file), options)) {
            assertThat(reader.columns()).containsExactly("utr", "amount");
            assertThat(reader.read().origin().line()).isEqualTo(4);
            assertThat(reader.read().origin().line()).isEqualTo(6);
            assertThat(reader.read()).isNull();
            assertThat(reader.footerLines()).isEqualTo(1);
        }
    }

    @Test
    void honoursDelimiterQuoteTrimAndHeaderOptions() throws IOException {
        Path file = write("pipes.txt", "1| 'a|b' |x \n2|c|y\n");
        CsvOptions noHeader = new CsvOptions("|", "'", null, false, null, null, false);
        try (RecordReader reader = format.open(new InputSource(file), noHeader)) {
            // untrimmed, the space before the quote makes it a literal character, so '|' inside splits
            assertThat(reader.columns()).containsExactly("1", "2", "3", "4");
            SourceRecord first = reader.read();
            assertThat(first.origin().line()).isEqualTo(1);
            assertThat(first.values()).containsExactly(Map.entry("1", "1"), Map.entry("2", " 'a"),
                    Map.entry("3", "b' "), Map.entry("4", "x "));
            assertThatExceptionOfType(SourceParseException.class).isThrownBy(reader::read)
                    .satisfies(e -> assertThat(e.reason()).isEqualTo("expected 4 fields, found 3"));
        }
        CsvOptions trimmed = new CsvOptions("|", "'", null, false, null, null, true);
        try (RecordReader reader = format.open(new InputSource(file), trimmed)) {
            assertThat(reader.read().values()).containsExactly(Map.entry("1", "1"), Map.entry("2", "a|b"),
                    Map.entry("3", "x"));
            assertThat(reader.read().get("2")).isEqualTo("c");
        }
    }

    @Test
    void duplicateHeaderNamesCannotBeRead() throws IOException {
        Path file = write("dup.csv", "id,id\n1,2\n");
        assertThatIOException().isThrownBy(() -> format.open(new InputSource(file), CsvOptions.defaults()))
                .withMessageContaining("duplicate column 'id'");
    }

    @Test
    void streamsLargeFilesWithExactLinesAndRaw() throws IOException {
        // given 200,000 records (several MB, far beyond the text window), every 1000th one spanning two lines
        Path file = dir.resolve("large.csv");
        StringBuilder text = new StringBuilder("id,application_no,amount,note\n");
        for (int i = 1; i <= 200_000; i++) {
            text.append(i).append(",APP").append(i).append(',').append(i).append(".00,")
                    .append(i % 1000 == 0 ? "\"wrapped\nnote\"" : "note").append('\n');
        }
        Files.writeString(file, text);
        InputSource input = new InputSource(file);
        // when
        long count = 0;
        long expectedLine = 2;
        try (RecordReader reader = format.open(input, CsvOptions.defaults())) {
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                count++;
                assertThat(r.origin().line()).isEqualTo(expectedLine);
                expectedLine += count % 1000 == 0 ? 2 : 1;
                if (count % 1000 == 0) {
                    assertThat(r.raw()).isEqualTo(count + ",APP" + count + "," + count + ".00,\"wrapped\nnote\"");
                }
            }
        }
        // then
        assertThat(count).isEqualTo(200_000);
        assertThat(input.bytesRead()).isEqualTo(Files.size(file));
    }

    private List<SourceRecord> readAll(Path file, CsvOptions options) throws IOException {
        List<SourceRecord> records = new ArrayList<>();
        try (RecordReader reader = format.open(new InputSource(file), options)) {
            for (SourceRecord r = reader.read(); r != null; r = reader.read()) {
                records.add(r);
            }
        }
        return records;
    }

    private List<String> columns(Path file, CsvOptions options) throws IOException {
        try (RecordReader reader = format.open(new InputSource(file), options)) {
            return reader.columns();
        }
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private Path writeBytes(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] bytes(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
