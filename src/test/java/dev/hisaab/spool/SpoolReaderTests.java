package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpoolReaderTests {

    @TempDir
    Path dir;

    @Test
    void readsFieldsAsTextAndNumbersAsLongParseLongWould() throws IOException {
        Path file = write("n.spool", new String[] {"a", "42", "-7", "+5", "0012", "9223372036854775807", "x1", null,
            "tab\there", ""});
        try (SpoolReader r = new SpoolReader(file)) {
            SpoolFields f = r.next();
            assertThat(f.count()).isEqualTo(10);
            assertThat(f.text(0)).isEqualTo("a");
            assertThat(f.number(1)).isEqualTo(42L);
            assertThat(f.number(2)).isEqualTo(-7L);
            assertThat(f.number(3)).isEqualTo(5L);
            assertThat(f.number(4)).isEqualTo(12L);
            assertThat(f.number(5)).isEqualTo(Long.MAX_VALUE);
            assertThatThrownBy(() -> f.number(6)).isInstanceOf(NumberFormatException.class);
            assertThatThrownBy(() -> f.number(7)).isInstanceOf(NumberFormatException.class);
            assertThat(f.text(7)).isNull();
            assertThat(f.text(8)).isEqualTo("tab\there");
            assertThatThrownBy(() -> f.number(9)).isInstanceOf(NumberFormatException.class);
            assertThat(f.texts(8)).containsExactly("tab\there", "");
            assertThatThrownBy(() -> f.text(10)).isInstanceOf(IndexOutOfBoundsException.class);
            assertThat(r.next()).isNull();
        }
    }

    @Test
    void givesRepeatedValuesOnceAndDistinctValuesRight() throws IOException {
        String[][] records = new String[3000][];
        for (int i = 0; i < records.length; i++) {
            // a value that repeats, one that never does, and one that changes only now and then
            records[i] = new String[] {"gateway", "pay_" + i, i < 1500 ? "CAPTURED" : "FAILED"};
        }
        Path file = write("r.spool", records);
        try (SpoolReader r = new SpoolReader(file)) {
            String first = null;
            for (int i = 0; i < records.length; i++) {
                String[] f = r.read();
                assertThat(f).containsExactly(records[i]);
                first = first == null ? f[0] : first;
                assertThat(f[0]).isSameAs(first);
            }
            assertThat(r.read()).isNull();
        }
    }

    @Test
    void leavesTheRestOfARecordForLater() throws IOException {
        Path file = write("s.spool", new String[] {"a", "b", "c"}, new String[] {"d"});
        try (SpoolReader r = new SpoolReader(file)) {
            assertThat(r.read(1)).containsExactly("a");
            assertThat(r.rest()).containsExactly("b", "c");
            assertThat(r.read(1)).containsExactly("d");
            assertThat(r.rest()).isEmpty();
        }
    }

    @Test
    void wrapsFieldsHeldInMemory() {
        SpoolFields f = SpoolFields.of(new String[] {"a", "12", null});
        assertThat(f.count()).isEqualTo(3);
        assertThat(f.number(1)).isEqualTo(12L);
        assertThat(f.texts(1)).containsExactly("12", null);
        assertThat(f.texts(5)).isEmpty();
    }

    private Path write(String name, String[]... records) throws IOException {
        Path file = dir.resolve(name);
        try (SpoolWriter w = new SpoolWriter(file)) {
            for (String[] record : records) {
                w.write(record);
            }
            w.commit();
        }
        return file;
    }

    @Test
    void splitsAnyBytesAsLineFeedsThenTabsOutsideEscapesSplitThem() throws IOException {
        // random bytes of the kinds that matter (tabs, line feeds, backslashes, escapes, UTF-8), megabytes of them so
        // that lines cross the reader's buffer, with and without a last line feed
        byte[][] pieces = {{'\t'}, {'\n'}, {'\\'}, {'\\', 'N'}, {'\\', 't'}, {'\\', '\t'}, {'\\', '\\'}, {'a'},
            "12345".getBytes(StandardCharsets.UTF_8), "gateway".getBytes(StandardCharsets.UTF_8),
            "\u00e9\u20b9".getBytes(StandardCharsets.UTF_8), {(byte) 0xFF},
            // runs longer than the eight bytes the reader skips at a time, ASCII and not
            "B2601-000004 gateway-settlement.csv".getBytes(StandardCharsets.UTF_8),
            "\u0930\u093e\u092e \u0915\u0941\u092e\u093e\u0930".getBytes(StandardCharsets.UTF_8)};
        java.util.Random random = new java.util.Random(3);
        for (int round = 0; round < 4; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            while (out.size() < 300_000) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            if (round % 2 == 0) {
                out.write('\n');
            }
            byte[] bytes = out.toByteArray();
            Path file = dir.resolve("random" + round + ".spool");
            Files.write(file, bytes);
            List<List<String>> expected = referenceSplit(bytes);
            try (SpoolReader r = new SpoolReader(file)) {
                for (int k = 0; k < expected.size(); k++) {
                    assertThat(r.read()).as("round %d line %d", round, k).containsExactlyElementsOf(expected.get(k));
                }
                assertThat(r.read()).isNull();
            }
            // the same lines read as views, a few fields each in any order (the rest never split), or none
            try (SpoolReader r = new SpoolReader(file)) {
                for (int k = 0; k < expected.size(); k++) {
                    List<String> want = expected.get(k);
                    SpoolFields f = r.next();
                    for (int read = random.nextInt(4); read > 0; read--) {
                        int i = random.nextInt(want.size() + 1);
                        if (i < want.size()) {
                            assertThat(f.text(i)).as("round %d line %d field %d", round, k, i).isEqualTo(want.get(i));
                        } else {
                            assertThatThrownBy(() -> f.text(i)).isInstanceOf(ArrayIndexOutOfBoundsException.class)
                                    .hasMessage("field " + i + " of a record of " + want.size());
                        }
                    }
                    if (k % 5 == 0) {
                        assertThat(f.count()).isEqualTo(want.size());
                    }
                }
                assertThat(r.next()).isNull();
            }
        }
    }

    /** Lines end at a line feed; a tab ends a field unless a backslash escapes it; text as {@code SpoolReader} reads. */
    private static List<List<String>> referenceSplit(byte[] b) {
        List<List<String>> lines = new java.util.ArrayList<>();
        int pos = 0;
        while (pos < b.length) {
            int end = pos;
            while (end < b.length && b[end] != '\n') {
                end++;
            }
            List<String> fields = new java.util.ArrayList<>();
            int i = pos;
            while (true) {
                int from = i;
                while (i < end && b[i] != '\t') {
                    i += b[i] == '\\' ? 2 : 1;
                }
                i = Math.min(i, end);
                fields.add(text(new String(b, from, i - from, StandardCharsets.UTF_8)));
                if (i >= end) {
                    break;
                }
                i++;
            }
            lines.add(fields);
            pos = end + 1;
        }
        return lines;
    }

    private static String text(String raw) {
        if (raw.indexOf('\\') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder();
        boolean isNull = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\\' && i + 1 < raw.length()) {
                char n = raw.charAt(++i);
                switch (n) {
                    case 't' -> sb.append('\t');
                    case 'n' -> sb.append('\n');
                    case 'r' -> sb.append('\r');
                    case 'N' -> isNull = true;
                    default -> sb.append(n);
                }
            } else {
                sb.append(c);
            }
        }
        return raw.equals("\\N") || isNull ? null : sb.toString();
    }

    @Test
    void aLeadLineGivesTheLeadingFieldsOfTheRecordsAfterItHoweverFewOfTheirFieldsAreRead() throws IOException {
        Path file = dir.resolve("lead.spool");
        Files.writeString(file, "\\=\tgateway\tg.csv\n7\tT1\n8\tT2\n\\=\tcallbacks\tc.jsonl\n9\tT3\n"
                + "\\=\n\\\\=\tplain\n");
        try (SpoolReader r = new SpoolReader(file)) {
            SpoolFields f = r.next();
            assertThat(f.number(2)).isEqualTo(7); // only the line's own first field split
            f = r.next();
            assertThat(f.text(3)).isEqualTo("T2");
            assertThat(f.text(1)).isEqualTo("g.csv");
            f = r.next();
            assertThat(f.count()).isEqualTo(4);
            assertThat(f.text(0)).isEqualTo("callbacks");
            assertThat(r.read()).containsExactly("\\=", "plain"); // after an empty lead line, nothing is shared
            assertThat(r.next()).isNull();
        }
    }
}
