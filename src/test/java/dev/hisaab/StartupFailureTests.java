package dev.hisaab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hisaab.support.HisaabProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupFailureTests {

    @TempDir
    Path dir;

    @Test
    void aRunHistoryInUseByAnotherProcessIsOneLineNotAStackTrace() throws Exception {
        Files.createDirectories(dir.resolve(".hisaab"));
        // another process holding the embedded run history: this JVM, opening the same file as a run would
        try (Connection held = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve(".hisaab/repository"), "sa", "")) {
            HisaabProcess history = HisaabProcess.start(dir, "history");
            assertEquals(4, history.waitFor(120), history.describe());
            String err = history.stderr().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("hisaab: the run history in "), err);
            assertTrue(err.contains("is in use by another Hisaab process"), err);
            assertFalse(err.contains("\tat "), err);
        }
    }

    @Test
    void anyOtherStartupFailureNamesItsRootCauseInOneLine() {
        RuntimeException failure = new IllegalStateException("context failed",
                new IllegalArgumentException("Driver org.example.Nope claims to not accept jdbcUrl, jdbc:nope:x\nmore"));
        assertEquals("could not start: Driver org.example.Nope claims to not accept jdbcUrl, jdbc:nope:x "
                + "(--stacktrace shows where)", StartupFailure.message(failure));
    }
}
