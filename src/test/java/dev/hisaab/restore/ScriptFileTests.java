package dev.hisaab.restore;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScriptFileTests {

    @TempDir
    Path dir;

    @Test
    void writesUtf8AndCountsLinesThenPublishesUnderItsName() throws IOException {
        Path target = dir.resolve("restore.sql");
        try (ScriptFile file = new ScriptFile(target)) {
            file.write("-- सीता देवी 😀\n");
            assertEquals(1, file.lines());
            file.write(new StringBuilder("a\nb\n"));
            byte[] raw = "c\nd\n".getBytes(StandardCharsets.UTF_8);
            file.writeUtf8(raw, 0, raw.length, 2);
            assertEquals(5, file.lines());
            assertTrue(Files.exists(dir.resolve("restore.sql.partial")));
            assertFalse(Files.exists(target));
            file.publish();
        }
        assertEquals("-- सीता देवी 😀\na\nb\nc\nd\n", Files.readString(target, StandardCharsets.UTF_8));
        assertFalse(Files.exists(dir.resolve("restore.sql.partial")));
    }

    @Test
    void writesTextLongerThanItsBuffersWithPairsAcrossEveryChunkEdge() throws IOException {
        // 😀 is two chars; an odd start puts pairs across the 8 Ki-char chunk edges, and the text outgrows the buffer
        StringBuilder text = new StringBuilder("x");
        while (text.length() < 700_000) {
            text.append("😀é'\\a");
        }
        text.append('\n');
        Path target = dir.resolve("big.sql");
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        try (ScriptFile file = new ScriptFile(target)) {
            file.write(text.toString());
            file.write(text);
            byte[] raw = text.toString().getBytes(StandardCharsets.UTF_8);
            file.writeUtf8(raw, 0, raw.length, 1);
            assertEquals(3, file.lines());
            file.publish();
            for (int i = 0; i < 3; i++) {
                expected.writeBytes(raw);
            }
        }
        assertArrayEquals(expected.toByteArray(), Files.readAllBytes(target));
    }

    @Test
    void refusesAnUnpairedSurrogateRatherThanWritingAQuestionMark() throws IOException {
        try (ScriptFile file = new ScriptFile(dir.resolve("a.sql"))) {
            assertThrows(CharacterCodingException.class, () -> file.write("a\uD83D\n"));
            assertThrows(CharacterCodingException.class, () -> file.write("a\uDE00b\n"));
            assertThrows(CharacterCodingException.class, () -> file.write(new StringBuilder("x\uD83D")));
        }
    }

    @Test
    void closingWithoutPublishingDeletesThePartialFile() throws IOException {
        try (ScriptFile file = new ScriptFile(dir.resolve("a.sql"))) {
            file.write("BEGIN;\n");
        }
        assertFalse(Files.exists(dir.resolve("a.sql")));
        assertFalse(Files.exists(dir.resolve("a.sql.partial")));
    }
}
