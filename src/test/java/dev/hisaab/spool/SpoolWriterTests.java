package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolWriterTests {

    @TempDir
    Path dir;

    @Test
    void roundTripsTabsNewlinesBackslashesAndNulls() throws IOException {
        Path file = dir.resolve("a.spool");
        String[] record = {"plain", "tab\there", "line\nbreak\r", "back\\slash \\N", null, "", "हिसाब 🙂"};
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write(record);
            w.write("second");
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read()).containsExactly(record);
            assertThat(r.read()).containsExactly("second");
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void writesEscapesControlCharsAndUtf8ByteForByte() throws IOException {
        Path file = dir.resolve("bytes.spool");
        String lone = "x\uD800y";
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write("a\\b\tc\nd\re\u0001\u000B\u007F", "\u00E9\u0930\uD83D\uDE42", lone, null, "");
            w.commit();
        }
        byte[] expected = ("a\\\\b\\tc\\nd\\re\u0001\u000B\u007F\t\u00E9\u0930\uD83D\uDE42\tx?y\t\\N\t\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(Files.readAllBytes(file)).isEqualTo(expected);
    }

    @Test
    void leavesNoFileWhenNotCommitted() throws IOException {
        Path file = dir.resolve("b.spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write("half");
        }
        assertThat(file).doesNotExist();
        assertThat(dir.resolve("b.spool.part")).doesNotExist();
        assertThatThrownBy(() -> new SpoolReader(file)).hasMessageContaining("its step did not complete");
    }

    @Test
    void replacesTheOutputOfAnEarlierAttempt() throws IOException {
        Path file = dir.resolve("c.spool");
        Files.writeString(file, "old\n");
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write("new");
            w.commit();
        }
        assertThat(Files.readString(file)).isEqualTo("new\n");
    }

    @Test
    void roundTripsLongFieldsManyFieldsAndTextThatIsNotAscii() throws IOException {
        Path file = dir.resolve("d.spool");
        String[] wide = new String[70];
        for (int i = 0; i < wide.length; i++) {
            wide[i] = i % 5 == 0 ? null : "f" + i;
        }
        String[] record = {"x".repeat(200_000) + "\t\\", "é₹🙂", "lone \uD800 surrogate", "trail \uDBFF"};
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (int i = 0; i < 3; i++) {
                w.write(wide);
                w.write(record);
            }
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            for (int i = 0; i < 3; i++) {
                assertThat(r.read()).containsExactly(wide);
                // an unpaired surrogate cannot be UTF-8: written as '?', as a java.io.Writer would
                assertThat(r.read()).containsExactly(record[0], record[1], "lone ? surrogate", "trail ?");
            }
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void readsALastLineWithoutLineFeedAndEmptyLines() throws IOException {
        Path file = dir.resolve("e.spool");
        Files.writeString(file, "a\tb\n\n\\N\tc\\td");

        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read()).containsExactly("a", "b");
            assertThat(r.read()).containsExactly("");
            assertThat(r.read()).containsExactly(null, "c\td");
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void readsTheFirstFieldsAndTheRestOnlyWhenAsked() throws IOException {
        Path file = dir.resolve("f.spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write("JP1", "snapshot", "name\tx", null, "");
            w.write("JP2", "snapshot", "only");
            w.write("JP3", "snapshot");
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read(2)).containsExactly("JP1", "snapshot");
            assertThat(r.rest()).containsExactly("name\tx", null, "");
            assertThat(r.read(2)).containsExactly("JP2", "snapshot");
            assertThat(r.read(2)).containsExactly("JP3", "snapshot");
            assertThat(r.rest()).isEmpty();
            assertThat(r.read(2)).isNull();
        }
    }

    @Test
    void aRepeatedValueIsTheSameTextAsBefore() throws IOException {
        Path file = dir.resolve("g.spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            w.write("gateway", "gateway-settlement.csv", "1");
            w.write("gateway", "gateway-settlement.csv", "2");
            w.write("gatewax", "gateway-settlement.csv", "3");
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            String[] first = r.read();
            String[] second = r.read();
            String[] third = r.read();
            assertThat(second[1]).isSameAs(first[1]);
            assertThat(third).containsExactly("gatewax", "gateway-settlement.csv", "3");
        }
    }

    @Test
    void aRecordWritingItsOwnFieldsIsTheSameBytesAsItsTexts() throws IOException {
        long[] numbers = {0, 7, -5, 9, 10, 99, 100, -100, 2_147_483_647L, 2_147_483_648L, -2_147_483_649L,
            999_999_999_999_999_999L, 1_000_000_000_000_000_000L, Long.MAX_VALUE, Long.MIN_VALUE, -1};
        String source = "callbacks";
        String wide = "y".repeat(70_000);
        SpoolRecord record = row -> {
            row.text(source).text("a\tb\nc\\").text(null).text("");
            for (long n : numbers) {
                row.number(n);
            }
            row.text("é₹🙂 \uD800").text(source);
        };
        SpoolRecord wideRecord = row -> row.text(source).text(wide).number(42).text(source);
        Path rows = dir.resolve("rows.spool");
        Path texts = dir.resolve("texts.spool");
        try (SpoolWriter w = new SpoolWriter(rows); SpoolWriter t = new SpoolWriter(texts)) {
            // enough records to flush the buffer many times, so that repeated values cross flushes
            for (int i = 0; i < 5_000; i++) {
                w.write(record);
                t.write(SpoolRecord.texts(record));
                if (i % 1_000 == 0) {
                    w.write(wideRecord);
                    t.write(SpoolRecord.texts(wideRecord));
                }
            }
            w.commit();
            t.commit();
        }
        assertThat(Files.readAllBytes(rows)).isEqualTo(Files.readAllBytes(texts));
        try (SpoolReader r = new SpoolReader(rows)) {
            String[] first = r.read();
            assertThat(first).hasSize(22);
            assertThat(first[4]).isEqualTo("0");
            assertThat(first[17]).isEqualTo(Long.toString(Long.MAX_VALUE));
            assertThat(first[18]).isEqualTo(Long.toString(Long.MIN_VALUE));
            assertThat(first[20]).isEqualTo("é₹🙂 ?");
        }
    }

    @Test
    void aCharThatNeedsEscapingOrIsNotAsciiRoundTripsAtEveryPlaceOfShortAndLongTexts() throws IOException {
        List<String> texts = new ArrayList<>();
        for (String odd : List.of("\t", "\n", "\r", "\\", "é", "₹", "🙂", "\u0001")) {
            for (int length = 1; length <= 70; length += 3) {
                for (int at = 0; at < length; at += 5) {
                    texts.add("x".repeat(at) + odd + "y".repeat(length - at - 1));
                }
            }
        }
        Path file = dir.resolve("odd.spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (String t : texts) {
                w.write(row -> row.text(t).text("z").text(t));
            }
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            for (String t : texts) {
                assertThat(r.read()).containsExactly(t, "z", t);
            }
        }
    }

    @Test
    void everyNumberIsWrittenAsItsDecimalDigits() throws IOException {
        java.util.Random random = new java.util.Random(20261204);
        long[] numbers = new long[20_000];
        for (int i = 0; i < numbers.length; i++) {
            // every digit count and sign: a random long cut to a random number of digits
            long n = random.nextLong() / (long) Math.pow(10, random.nextInt(19));
            numbers[i] = n;
        }
        Path file = dir.resolve("numbers.spool");
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (long n : numbers) {
                w.write(row -> row.number(n).number(-n));
            }
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            for (long n : numbers) {
                assertThat(r.read()).containsExactly(Long.toString(n), Long.toString(-n));
            }
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void textsAreTheFieldsAsARecordWritesThem() {
        SpoolRecord record = row -> row.text("a").number(-12).text(null);
        assertThat(SpoolRecord.texts(record)).containsExactly("a", "-12", null);
        assertThat(SpoolRecord.texts(row -> { })).isEmpty();
    }

    @Test
    void sharedLeadingFieldsAreWrittenOncePerRunOfRecordsThatHaveThem() throws IOException {
        Path file = dir.resolve("shared.spool");
        String source = "receipts-counter";
        try (SpoolWriter w = new SpoolWriter(file).shareLeading(2)) {
            w.write(row -> row.text(source).text("a.csv").number(2).text("x"));
            w.write(row -> row.text(source).text(new String("a.csv")).number(3).text("y")); // equal, not the same string
            w.write(row -> row.text("kiosk").text("a.csv").number(4).text(null));
            w.commit();
        }
        assertThat(Files.readString(file)).isEqualTo(
                "\\=\treceipts-counter\ta.csv\n2\tx\n3\ty\n\\=\tkiosk\ta.csv\n4\t\\N\n");
        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read()).containsExactly(source, "a.csv", "2", "x");
            SpoolFields f = r.next();
            assertThat(f.count()).isEqualTo(4);
            assertThat(f.text(0)).isEqualTo(source);
            assertThat(f.number(2)).isEqualTo(3);
            assertThat(r.read(3)).containsExactly("kiosk", "a.csv", "4");
            assertThat(r.rest()).containsExactly((String) null);
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void sharedFieldsRoundTripWhateverTheyHoldAndARecordTooShortToShareIsWrittenWhole() throws IOException {
        Path file = dir.resolve("odd.spool");
        List<String[]> records = List.of(
                new String[] {"\\=not a mark", "tab\there", "1"},
                new String[] {"\\=not a mark", "tab\there", "2", "\\="},
                new String[] {null, "कोटा\nline", "3"},
                new String[] {"short"},
                new String[] {"only", "two"},
                new String[] {"only", "two", "again"},
                new String[] {"\\=", "", ""});
        try (SpoolWriter w = new SpoolWriter(file).shareLeading(2)) {
            for (String[] r : records) {
                w.write(r);
            }
            w.write(row -> row.number(-7).number(Long.MIN_VALUE).number(0)); // numbers where fields are shared
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(file)) {
            for (String[] expected : records) {
                assertThat(r.read()).containsExactly(expected);
            }
            SpoolFields numbers = r.next();
            assertThat(new long[] {numbers.number(0), numbers.number(1), numbers.number(2)})
                    .containsExactly(-7, Long.MIN_VALUE, 0);
            assertThat(r.read()).isNull();
        }
        // and a writer that shares nothing writes a value starting with the mark so that it is not read as one
        Path plain = dir.resolve("plain.spool");
        try (SpoolWriter w = new SpoolWriter(plain)) {
            w.write("\\=", "x");
            w.commit();
        }
        try (SpoolReader r = new SpoolReader(plain)) {
            assertThat(r.read()).containsExactly("\\=", "x");
        }
    }

    @Test
    void fieldsAreSharedFromTheFirstRecordOnOrNotAtAll() throws IOException {
        try (SpoolWriter w = new SpoolWriter(dir.resolve("late.spool"))) {
            w.write("a", "b", "c");
            assertThatThrownBy(() -> w.shareLeading(2)).isInstanceOf(IllegalStateException.class);
        }
    }
}
