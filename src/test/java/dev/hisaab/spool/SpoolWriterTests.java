package dev.hisaab.spool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
