package dev.hisaab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of a job in a JVM of its own ({@code java [options] -jar <jar> run ...}), so JVM start counts as it does for
 * a user. While it runs, its peak resident set is read from {@code /proc/<pid>/status} ({@code VmHWM}, the kernel's
 * own high-water mark, so sampling cannot miss the peak by more than what grows after the last sample); its peak heap
 * comes from its GC log.
 *
 * @param command  the full command line
 * @param workDir  the directory it runs in (job files and relative paths resolve against it)
 * @param runDir   where its output, console and GC log go
 */
record ChildRun(List<String> command, Path workDir, Path runDir) {

    /** What one run measured; {@code peakRssBytes} and {@code peakHeapBytes} are -1 when unknown. */
    record Result(int exitCode, long wallMillis, long peakRssBytes, long peakHeapBytes, Path stdout, Path stderr) {
    }

    /** The command for {@code java}: JVM options, then the jar's {@code run} with its arguments; logs GC to the run. */
    static ChildRun of(Path java, List<String> jvmOptions, Path jar, List<String> runArgs, Path workDir, Path runDir) {
        List<String> cmd = new ArrayList<>();
        cmd.add(java.toString());
        cmd.addAll(jvmOptions);
        cmd.add("-Xlog:gc,gc+heap+exit:file=" + runDir.resolve("gc.log"));
        cmd.add("-jar");
        cmd.add(jar.toString());
        cmd.addAll(runArgs);
        return new ChildRun(cmd, workDir, runDir);
    }

    Result execute() throws IOException, InterruptedException {
        Files.createDirectories(runDir);
        Path out = runDir.resolve("console.out");
        Path err = runDir.resolve("console.err");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        long start = System.nanoTime();
        Process p = pb.start();
        Path status = Path.of("/proc", Long.toString(p.pid()), "status");
        long rss = -1;
        while (!p.waitFor(50, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            rss = Math.max(rss, highWaterMark(status));
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        return new Result(p.exitValue(), wall, rss, GcLog.peakHeapBytes(runDir.resolve("gc.log")), out, err);
    }

    /** VmHWM of a live process in bytes, or -1 when it cannot be read (process gone, or no /proc). */
    static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    String kb = line.substring(6).trim().split("\\s+")[0];
                    return Long.parseLong(kb) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }
}
