package dev.hisaab.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassDataArchiveTests {

    @TempDir
    Path dir;

    @Test
    void noArchiveBesideTheJarMeansNoOptions() {
        assertThat(ClassDataArchive.jvmOptions(dir.resolve("hisaab.jar"))).isEmpty();
    }

    @Test
    void theArchiveBesideTheJarIsUsedSilentlyAsTheLauncherDoes() throws IOException {
        Files.write(dir.resolve("hisaab.jsa"), new byte[] {1});

        assertThat(ClassDataArchive.jvmOptions(dir.resolve("hisaab.jar"))).containsExactly(
                "-XX:SharedArchiveFile=" + dir.toAbsolutePath().resolve("hisaab.jsa"),
                "-Xlog:cds=off,cds+dynamic=off");
    }
}
