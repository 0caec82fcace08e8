package dev.hisaab.source.jsonl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8LinesTests {

    @Test
    void endsLinesAsBufferedReaderDoes() throws IOException {
        byte[] input = "a\nb\r\nc\rd\r\r\n\n\u00e9\u20b9x\n\u00e9\r\nlast".getBytes(StandardCharsets.UTF_8);
        assertThat(lines(input, 64)).containsExactly("a", "b", "c", "d", "", "", "\u00e9\u20b9x", "\u00e9", "last")
                .isEqualTo(bufferedReaderLines(input));
        assertThat(lines("x\r".getBytes(StandardCharsets.UTF_8), 1)).containsExactly("x");
        assertThat(lines(new byte[0], 1)).isEmpty();
    }

    @Test
    void knowsWhichLinesAreAscii() throws IOException {
        byte[] input = "{\"a\":1}\n{\"b\":\"\u00e9\"}\n0123456789abcdef0123456789\n".getBytes(StandardCharsets.UTF_8);
        try (Utf8Lines lines = new Utf8Lines(new ByteArrayInputStream(input), decoder())) {
            List<Boolean> ascii = new ArrayList<>();
            while (lines.next()) {
                ascii.add(lines.ascii());
            }
            assertThat(ascii).containsExactly(true, false, true);
        }
    }

    @Test
    void givesTheTextABufferedReaderGivesForAnyBytes() throws IOException {
        // line breaks, ASCII, multi-byte characters and malformed bytes, in reads of every size
        byte[][] pieces = {{'\n'}, {'\r'}, {'\r', '\n'}, {'a'}, {'{', '"', 'k', '"', ':', '1', '}'},
            "\u00e9".getBytes(StandardCharsets.UTF_8), "\u20b9".getBytes(StandardCharsets.UTF_8),
            "\uD83D\uDE42".getBytes(StandardCharsets.UTF_8), {(byte) 0xE2, (byte) 0x82}, {(byte) 0xF0},
            {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "0123456789".getBytes()};
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            int n = random.nextInt(40);
            for (int i = 0; i < n; i++) {
                out.writeBytes(pieces[random.nextInt(pieces.length)]);
            }
            byte[] input = out.toByteArray();
            assertThat(lines(input, 1 + random.nextInt(20))).as("round %d", round).isEqualTo(bufferedReaderLines(input));
        }
    }

    /** The lines, read from a stream that hands out at most {@code chunk} bytes a read. */
    private static List<String> lines(byte[] input, int chunk) throws IOException {
        InputStream in = new ByteArrayInputStream(input) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, chunk));
            }
        };
        List<String> out = new ArrayList<>();
        try (Utf8Lines lines = new Utf8Lines(in, decoder())) {
            while (lines.next()) {
                String text = lines.text();
                out.add(text);
                if (lines.ascii()) {
                    assertThat(new String(lines.bytes(), lines.from(), lines.to() - lines.from(),
                            StandardCharsets.ISO_8859_1)).isEqualTo(text);
                }
            }
        }
        return out;
    }

    private static List<String> bufferedReaderLines(byte[] input) throws IOException {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(input), decoder()))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.add(line);
            }
        }
        return out;
    }

    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
    }
}
