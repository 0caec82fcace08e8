package dev.hisaab.source.pgdump;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DumpLineReaderTests {

    @Test
    void findsEveryLineEndNulAndNonAsciiByteWhereverItFallsInAWord() throws IOException {
        // given lines of every length up to 40, each with a NUL, an é or nothing special at every position
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> expected = new ArrayList<>();
        for (int length = 0; length <= 40; length++) {
            for (int at = -1; at < length; at++) {
                for (int kind = 0; kind < 3; kind++) {
                    StringBuilder line = new StringBuilder();
                    for (int k = 0; k < length; k++) {
                        line.append(k == at && kind == 1 ? '\0' : k == at && kind == 2 ? '\u00E9' : (char) ('a' + k % 26));
                    }
                    bytes.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
                    bytes.write(length % 3 == 0 ? '\r' : 'x');
                    bytes.write('\n');
                    String text = line + (length % 3 == 0 ? "" : "x");
                    expected.add(text.indexOf('\0') >= 0 ? null : text);
                }
            }
        }
        bytes.writeBytes("last\u00E9".getBytes(StandardCharsets.UTF_8));
        expected.add("last\u00E9");
        // when
        List<String> read = new ArrayList<>();
        try (DumpLineReader lines = new DumpLineReader(new ByteArrayInputStream(bytes.toByteArray()))) {
            while (lines.next()) {
                read.add(lines.text());
            }
            // then
            assertThat(lines.number()).isEqualTo(expected.size());
        }
        assertThat(read).isEqualTo(expected);
    }

    @Test
    void skipsCopyDataUpToTheEndMarkerAcrossBufferRefills() throws IOException {
        StringBuilder dump = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            dump.append("row ").append(i).append("\t\\\\.\tvalue\n");
        }
        dump.append("\\.\nafter\n");
        try (DumpLineReader lines = new DumpLineReader(new ByteArrayInputStream(dump.toString()
                .getBytes(StandardCharsets.UTF_8)))) {
            assertThat(lines.skipCopyData()).isTrue();
            assertThat(lines.number()).isEqualTo(20_001);
            assertThat(lines.next()).isTrue();
            assertThat(lines.text()).isEqualTo("after");
            assertThat(lines.next()).isFalse();
        }
    }
}
