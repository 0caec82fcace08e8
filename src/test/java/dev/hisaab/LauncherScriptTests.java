package dev.hisaab;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.bench.JvmDefaults;
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
        assertThat(args).containsExactlyElementsOf(concat(List.of("-XX:FreqInlineSize=50"), hugePages(),
                List.of("-Xmx4g", "-Dx=1", "-XX:+UseParallelGC", "-XX:SharedArchiveFile=" + home.resolve("hisaab.jsa"),
                        "-Xlog:cds=off,cds+dynamic=off", "-jar", home.resolve("hisaab.jar").toString(), "run",
                        "jobs/my job.yml")));
    }

    @Test
    void withoutAnArchiveTheRunMakesOneAsItExits() throws Exception {
        List<String> args = launch(Map.of(), "history");

        Path home = install.toRealPath();
        assertThat(args).containsExactlyElementsOf(concat(List.of("-XX:FreqInlineSize=50"), hugePages(),
                List.of("-XX:+UseParallelGC", "-XX:ArchiveClassesAtExit=" + home.resolve("hisaab.jsa"),
                        "-Xlog:cds=off,cds+dynamic=off", "-jar", home.resolve("hisaab.jar").toString(), "history")));
    }

    @Test
    void aCollectorNamedInTheJavaOptionsReplacesTheParallelOne() throws Exception {
        Files.write(install.resolve("hisaab.jsa"), new byte[] {1});

        List<String> args = launch(Map.of("HISAAB_JAVA_OPTS", "-XX:+UseNUMA -XX:+UseG1GC"), "history");

        assertThat(args).startsWith(concat(List.of("-XX:FreqInlineSize=50"), hugePages(), List.of("-XX:+UseNUMA",
                "-XX:+UseG1GC", "-XX:SharedArchiveFile=" + install.toRealPath().resolve("hisaab.jsa")))
                .toArray(String[]::new)).doesNotContain("-XX:+UseParallelGC");
    }

    @Test
    void hugePagesAsTheBenchAsksForThemAndTheJavaOptionsComeAfter() throws Exception {
        List<String> args = launch(Map.of("HISAAB_JAVA_OPTS", "-XX:-UseTransparentHugePages"), "history");

        // the same choice as the bench's (JvmDefaults) on this machine's kernel; the given option, later, wins
        List<String> bench = JvmDefaults.jvmOptions(List.of());
        assertThat(args.contains(JvmDefaults.HUGE_PAGES)).isEqualTo(bench.contains(JvmDefaults.HUGE_PAGES));
        assertThat(args.indexOf("-XX:-UseTransparentHugePages")).isGreaterThan(args.indexOf(JvmDefaults.HUGE_PAGES));
    }

    /** The launcher's huge-page option on this machine, as the bench's defaults choose it. */
    private static List<String> hugePages() {
        return JvmDefaults.jvmOptions(List.of()).contains(JvmDefaults.HUGE_PAGES) ? List.of(JvmDefaults.HUGE_PAGES)
                : List.of();
    }

    @SafeVarargs
    private static List<String> concat(List<String>... parts) {
        List<String> all = new java.util.ArrayList<>();
        for (List<String> part : parts) {
            all.addAll(part);
        }
        return all;
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
