package dev.hisaab.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputSourceTests {

    @TempDir
    Path tmp;

    @Test
    void digestsTheWholeFileEvenWhenTheReaderStopsEarly() throws Exception {
        Path file = Files.writeString(tmp.resolve("a.csv"), "h\n1\n2\n");
        InputSource input = new InputSource(file);
        try (InputStream in = input.openStream()) {
            in.read();
            assertThat(input.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
                    java.security.MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
            assertThat(input.bytesRead()).isEqualTo(6);
        }
    }

    @Test
    void aFileOpenedForALookGivesItsBytesButNoDigest() throws Exception {
        Path file = Files.writeString(tmp.resolve("dump.sql"), "COPY t (a) FROM stdin;\n1\n\\.\n");
        InputSource input = InputSource.forALook(file);
        try (InputStream in = input.openStream()) {
            assertThat(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo("COPY t (a) FROM stdin;\n1\n\\.\n");
            assertThat(input.bytesRead()).isEqualTo(Files.size(file));
            assertThatThrownBy(input::sha256).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("opened for a look, not digested");
        }
    }

    @Test
    void aFileThatGrowsWhileItIsReadIsReported() throws Exception {
        // larger than the chunks read ahead, so the reading thread cannot have reached its end before the append
        int size = 2 * ReadAheadStream.CHUNKS * ReadAheadStream.CHUNK;
        Path file = Files.writeString(tmp.resolve("growing.csv"), "h\n" + "1".repeat(size - 2));
        InputSource input = new InputSource(file);
        try (InputStream in = input.openStream()) {
            in.read();
            Files.writeString(file, "2\n", StandardOpenOption.APPEND);

            assertThatThrownBy(input::sha256).isInstanceOf(UncheckedIOException.class)
                    .hasCauseInstanceOf(InputChangedException.class)
                    .hasMessageContaining("growing.csv changed while it was read (" + size + " bytes when opened, "
                            + (size + 2) + " read)");
        }
    }

    @Test
    void aFileRewrittenInPlaceWithTheSameSizeIsReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("rewritten.csv"), "h\n1\n");
        FileTime before = Files.getLastModifiedTime(file);
        InputSource input = new InputSource(file);
        try (InputStream in = input.openStream()) {
            in.readAllBytes();
            Files.writeString(file, "h\n2\n");
            Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(5)));

            assertThatThrownBy(input::sha256).hasCauseInstanceOf(InputChangedException.class)
                    .hasMessageContaining("rewritten.csv changed while it was read (modified at");
        }
    }

    @Test
    void aFileReplacedOrDeletedWhileItIsReadIsReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("moved.csv"), "h\n1\n");
        InputSource input = new InputSource(file);
        try (InputStream in = input.openStream()) {
            in.readAllBytes();
            Path other = Files.writeString(tmp.resolve("other.csv"), "h\n1\n");
            Files.setLastModifiedTime(other, Files.getLastModifiedTime(file));
            Files.move(other, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);

            assertThatThrownBy(input::sha256).hasCauseInstanceOf(InputChangedException.class)
                    .hasMessageContaining("replaced by another file");
        }
        InputSource gone = new InputSource(Files.writeString(tmp.resolve("gone.csv"), "x\n"));
        try (InputStream in = gone.openStream()) {
            in.readAllBytes();
            Files.delete(tmp.resolve("gone.csv"));

            assertThatThrownBy(gone::sha256).hasMessageContaining("gone.csv changed while it was read (it was deleted)");
        }
    }

    @Test
    void anUnchangedFileIsNotReported() throws Exception {
        Path file = Files.writeString(tmp.resolve("still.csv"), "h\n1\n");
        Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
        InputSource input = new InputSource(file);
        try (InputStream in = input.openStream()) {
            in.readAllBytes();
            assertThat(input.sha256()).hasSize(64);
            assertThat(input.sha256()).as("asking twice").hasSize(64);
        }
    }
}
