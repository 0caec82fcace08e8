package dev.hisaab;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher the build copies to {@code target/hisaab} (src/main/sh/hisaab), run by {@code sh} with a JAVA_HOME
 * whose {@code java} only writes down the arguments it was given, one per line.
 */
class LauncherScriptTests {

    @TempDir
    Path dir;

    private Path install;
    private Path javaArgs;
    private Path javaHome;

    @BeforeEach
    void install() throws IOException {
        install = Files.createDirectories(dir.resolve("opt with space/hisaab"));
        Files.copy(Path.of("src/main/sh/hisaab"), install.resolve("hisaab"));
        javaHome = dir.resolve("jdk");
        javaArgs = dir.resolve("java-args");
        Path java = Files.createDirectories(javaHome.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done > '" + javaArgs + "'\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @Test
    void runsTheJarBesideItWithItsClassDataArchiveAndTheGivenArguments() throws Exception {
        Files.write(install.resolve("hisaab.jsa"), new byte[] {1});

        List<String> args = launch(Map.of("HISAAB_JAVA_OPTS", "-Xmx4g -Dx=1"), "run", "jobs/my job.yml");

        Path home = install.toRealPath();
        assertThat(args).containsExactly("-XX:FreqInlineSize=50", "-Xmx4g", "-Dx=1", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=" + home.resolve("hisaab.jsa"),
                "-Xlog:cds=off,cds+dynamic=off", "-jar", home.resolve("hisaab.jar").toString(), "run",
                "jobs/my job.yml");
    }

    @Test
    void withoutAnArchiveTheRunMakesOneAsItExits() throws Exception {
        List<String> args = launch(Map.of(), "history");

        Path home = install.toRealPath();
        assertThat(args).containsExactly("-XX:FreqInlineSize=50", "-XX:+UseParallelGC", "-XX:ArchiveClassesAtExit=" + home.resolve("hisaab.jsa"),
                "-Xlog:cds=off,cds+dynamic=off", "-jar", home.resolve("hisaab.jar").toString(), "history");
    }

    @Test
    void aCollectorNamedInTheJavaOptionsReplacesTheParallelOne() throws Exception {
        Files.write(install.resolve("hisaab.jsa"), new byte[] {1});

        List<String> args = launch(Map.of("HISAAB_JAVA_OPTS", "-XX:+UseNUMA -XX:+UseG1GC"), "history");

        assertThat(args).startsWith("-XX:FreqInlineSize=50", "-XX:+UseNUMA", "-XX:+UseG1GC", "-XX:SharedArchiveFile="
                + install.toRealPath().resolve("hisaab.jsa")).doesNotContain("-XX:+UseParallelGC");
    }

    private List<String> launch(Map<String, String> env, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("sh", install.resolve("hisaab").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().remove("HISAAB_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
        return Files.readAllLines(javaArgs);
    }
}
