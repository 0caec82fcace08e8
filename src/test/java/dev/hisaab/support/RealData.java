package dev.hisaab.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The shared real public files ({@code shared/real-data}: pagila, chinook, Razorpay samples), found wherever the
 * project is checked out: the {@code hisaab.real-data} system property or {@code HISAAB_REAL_DATA} variable, else a
 * {@code shared/real-data} folder beside the project or any folder above it, else {@code /work/shared/real-data}.
 * Tests fail (never skip) when it is nowhere.
 */
public final class RealData {

    private RealData() {
    }

    public static Path dir() {
        String configured = System.getProperty("hisaab.real-data", System.getenv("HISAAB_REAL_DATA"));
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("real-data");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        Path fallback = Path.of("/work/shared/real-data");
        if (Files.isDirectory(fallback)) {
            return fallback;
        }
        throw new IllegalStateException("shared/real-data not found beside or above " + Path.of("").toAbsolutePath()
                + "; set -Dhisaab.real-data=<dir> or HISAAB_REAL_DATA");
    }

    public static Path file(String first, String... more) {
        return dir().resolve(Path.of(first, more));
    }
}
