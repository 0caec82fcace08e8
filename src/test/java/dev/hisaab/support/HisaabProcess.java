package dev.hisaab.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The real program as a separate process: {@code java -cp <test class path> dev.hisaab.HisaabApplication <args>}, run in
 * a working directory of its own (so its embedded job repository is {@code <dir>/.hisaab/}), stdout and stderr going
 * to files beside it. What an operator runs, minus the jar packaging, which does not exist yet when tests run.
 */
public final class HisaabProcess {

    private static int started;

    private final Process process;
    private final Path stdout;
    private final Path stderr;
    private final String command;

    private HisaabProcess(Process process, Path stdout, Path stderr, String command) {
        this.process = process;
        this.stdout = stdout;
        this.stderr = stderr;
        this.command = command;
    }

    /** Starts {@code hisaab <args>} in {@code workDir} with extra environment variables and JVM options. */
    public static HisaabProcess start(Path workDir, Map<String, String> env, List<String> jvmOptions, String... args)
            throws IOException {
        return start(workDir, workDir.resolve("logs"), env, jvmOptions, args);
    }

    /** The same, with stdout and stderr in files under {@code logs}. */
    public static HisaabProcess start(Path workDir, Path logs, Map<String, String> env, List<String> jvmOptions,
                                      String... args) throws IOException {
        int n;
        synchronized (HisaabProcess.class) {
            n = ++started;
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add("dev.hisaab.HisaabApplication");
        cmd.addAll(List.of(args));
        Files.createDirectories(logs);
        Path out = logs.resolve(n + ".out");
        Path err = logs.resolve(n + ".err");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().keySet().removeIf(k -> k.startsWith("HISAAB_"));
        builder.environment().putAll(env);
        return new HisaabProcess(builder.start(), out, err, "hisaab " + String.join(" ", args));
    }

    /** Starts {@code hisaab <args>} in {@code workDir}, no extra environment, default JVM options. */
    public static HisaabProcess start(Path workDir, String... args) throws IOException {
        return start(workDir, Map.of(), List.of(), args);
    }

    /** Waits for the process to end (at most {@code seconds}) and returns its exit code. */
    public int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError(command + " did not end in " + seconds + " s; stderr:\n" + stderr());
        }
        return process.exitValue();
    }

    /** SIGKILL (on Linux {@link Process#destroyForcibly()} sends SIGKILL), then waits until the process is gone. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public long pid() {
        return process.pid();
    }

    /** The command line as the operating system shows it (ps), or empty if it cannot be read. */
    public String commandLineSeenByOthers() {
        return process.info().commandLine().orElse("");
    }

    public String stdout() {
        return read(stdout);
    }

    public String stderr() {
        return read(stderr);
    }

    /** Waits until stderr contains {@code text}; false if the process ended or {@code seconds} passed first. */
    public boolean awaitStderr(String text, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < deadline) {
            if (stderr().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return stderr().contains(text);
            }
            Thread.sleep(20);
        }
        return false;
    }

    /** What ran, for assertion messages. */
    public String describe() {
        return command + " (pid " + process.pid() + ")\nstdout:\n" + stdout() + "\nstderr:\n" + stderr();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
