package dev.hisaab.recovery;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.job.RunLayout;
import dev.hisaab.support.BenchJob;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Not a test: a manual harness that runs the recovery job's {@code resolve} and {@code match} steps alone, in one JVM,
 * on the stage work files of an earlier run (e.g. written by {@code StageBench}), and prints wall and process CPU time
 * of each pass, so a change to either step can be timed without a whole run. Usage (test classes built):
 * {@code java -cp ... dev.hisaab.recovery.RecoveryBench <job.yml> <data dir> <out dir> <passes> [resolve|match|both]
 * [match threads]}.
 */
public final class RecoveryBench {

    private RecoveryBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int passes = Integer.parseInt(args[3]);
        String steps = args.length > 4 ? args[4] : "both";
        int threads = args.length > 5 ? Integer.parseInt(args[5]) : 2;
        JobDefinitionLoader loader = new JobDefinitionLoader();
        BenchJob bench = BenchJob.load(loader, jobFile, data);
        JobDefinition job = bench.job();
        RunLayout layout = new RunLayout(out);
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int p = 0; p < passes; p++) {
            if (!steps.equals("match")) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                new ResolveTasklet(job, layout).execute(null, null);
                System.out.printf("resolve pass %d: wall %.2f s, process cpu %.2f s%n", p,
                        (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
            if (!steps.equals("resolve")) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                AtomicInteger next = new AtomicInteger();
                Throwable[] failure = new Throwable[1];
                Thread[] workers = new Thread[threads];
                for (int t = 0; t < threads; t++) {
                    workers[t] = new Thread(() -> {
                        try {
                            for (int k = next.getAndIncrement(); k < job.partitions(); k = next.getAndIncrement()) {
                                new MatchTasklet(job, layout).run(k);
                            }
                        } catch (Exception | Error e) {
                            failure[0] = e;
                        }
                    }, "match-" + t);
                    workers[t].start();
                }
                for (Thread w : workers) {
                    w.join();
                }
                if (failure[0] != null) {
                    throw new IllegalStateException(failure[0]);
                }
                System.out.printf("match   pass %d: wall %.2f s, process cpu %.2f s%n", p,
                        (System.nanoTime() - wall) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9);
            }
        }
    }
}
