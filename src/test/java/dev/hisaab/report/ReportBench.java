package dev.hisaab.report;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.job.RunLayout;
import dev.hisaab.restore.SqlRestoreScripts;
import dev.hisaab.support.BenchJob;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.mockito.Mockito;
import org.springframework.batch.core.step.StepContribution;

/**
 * Not a test: a manual harness that runs the report step alone, again and again in one JVM, on the work files a run
 * left in {@code <out dir>/.work}, and prints wall and process CPU time of each pass, so a change to the report step
 * can be timed without a whole run. Usage (test classes built): {@code java -cp ... dev.hisaab.report.ReportBench
 * <job.yml> <data dir> <out dir> <passes>}. The outputs are written to the out dir, to compare with a run's.
 */
public final class ReportBench {

    private ReportBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int passes = Integer.parseInt(args[3]);
        JobDefinitionLoader loader = new JobDefinitionLoader();
        BenchJob bench = BenchJob.load(loader, jobFile, data);
        JobDefinition job = bench.job();
        Map<String, String> overrides = bench.overrides();
        RunInfo run = new RunInfo(1, jobFile.toString(), "0", "0.1.0", overrides);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var threads = ManagementFactory.getThreadMXBean();
        for (int p = 0; p < passes; p++) {
            // CPU of each thread by name, polled (a writer's thread ends with the pass): to within the poll interval
            Map<String, Long> cpuByThread = new java.util.concurrent.ConcurrentHashMap<>();
            Map<String, Long> userByThread = new java.util.concurrent.ConcurrentHashMap<>();
            Thread poll = new Thread(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    for (long id : threads.getAllThreadIds()) {
                        var info = threads.getThreadInfo(id);
                        long t = threads.getThreadCpuTime(id);
                        long u = threads.getThreadUserTime(id);
                        if (info != null && t > 0) {
                            cpuByThread.merge(info.getThreadName() + "#" + id, t, Math::max);
                            userByThread.merge(info.getThreadName() + "#" + id, u, Math::max);
                        }
                    }
                    try {
                        Thread.sleep(50);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "bench-poll");
            poll.setDaemon(true);
            Map<String, Long> before = new java.util.HashMap<>();
            Map<String, Long> userBefore = new java.util.HashMap<>();
            for (long id : threads.getAllThreadIds()) {
                var info = threads.getThreadInfo(id);
                if (info != null) {
                    before.put(info.getThreadName() + "#" + id, threads.getThreadCpuTime(id));
                    userBefore.put(info.getThreadName() + "#" + id, threads.getThreadUserTime(id));
                }
            }
            poll.start();
            ReportTasklet report = new ReportTasklet(job, new RunLayout(out), run, new SqlRestoreScripts());
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            try {
                report.execute(Mockito.mock(StepContribution.class), null);
            } catch (AccountingException e) {
                System.out.println("accounting: " + e.getMessage());
            }
            System.out.printf("report pass %d: wall %.2f s, process cpu %.2f s%n", p, (System.nanoTime() - wall) / 1e9,
                    (os.getProcessCpuTime() - cpu) / 1e9);
            poll.interrupt();
            poll.join();
            Map<String, double[]> byName = new java.util.TreeMap<>();
            cpuByThread.forEach((k, v) -> {
                double s = (v - before.getOrDefault(k, 0L)) / 1e9;
                double u = (userByThread.get(k) - userBefore.getOrDefault(k, 0L)) / 1e9;
                if (s >= 0.05 && !k.startsWith("bench-poll")) {
                    double[] sum = byName.computeIfAbsent(k.substring(0, k.indexOf('#')), n -> new double[2]);
                    sum[0] += s;
                    sum[1] += u;
                }
            });
            byName.forEach((k, v) -> System.out.printf("    %-28s cpu %6.2f s (user %6.2f s)%n", k, v[0], v[1]));
        }
    }
}
