package dev.hisaab.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The class-data archive the build leaves beside the jar ({@code hisaab.jsa}, see {@code src/main/sh/hisaab}): the
 * launcher starts every run with it, so a benchmark run that is to start as a user's does uses it too. The JVM ignores
 * an archive made for other jars or another JDK, silently, as the launcher's runs do.
 */
public final class ClassDataArchive {

    /** The archive's file name, beside {@code hisaab.jar}. */
    public static final String FILE_NAME = "hisaab.jsa";

    private ClassDataArchive() {
    }

    /** The JVM options the launcher adds for the archive beside {@code jar}; none when there is no archive. */
    public static List<String> jvmOptions(Path jar) {
        Path archive = jar.toAbsolutePath().resolveSibling(FILE_NAME);
        if (!Files.isRegularFile(archive)) {
            return List.of();
        }
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off");
    }
}
