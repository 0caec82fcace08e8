package dev.hisaab.payments;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.job.RunLayout;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;

/**
 * Not a test: a manual harness that runs the payments {@code resolve} and {@code match} steps alone on the work files
 * of an earlier run, on one thread, and prints wall and CPU time of each pass, so a change to them can be timed without
 * a whole run. Usage (test classes built): {@code java -cp ... dev.hisaab.payments.MatchBench <job.yml> <out dir of a
 * run whose .work is kept> <passes> [resolve]}. It writes the steps' work files into that {@code .work} again.
 */
public final class MatchBench {

    private MatchBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        RunLayout layout = new RunLayout(Path.of(args[1]));
        int passes = Integer.parseInt(args[2]);
        boolean resolve = args.length > 3 && args[3].equals("resolve");
        JobDefinition job = new JobDefinitionLoader().load(jobFile, Map.of());
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        var allocation = (com.sun.management.ThreadMXBean) threads;
        var collectors = ManagementFactory.getGarbageCollectorMXBeans();
        for (int p = 0; p < passes; p++) {
            long wall = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long proc = os.getProcessCpuTime();
            long allocated = allocation.getCurrentThreadAllocatedBytes();
            long gcs = collectors.stream().mapToLong(c -> c.getCollectionCount()).sum();
            long gcMillis = collectors.stream().mapToLong(c -> c.getCollectionTime()).sum();
            if (resolve) {
                new ResolveReceiptsTasklet(job, layout).execute(null, null);
            } else {
                PaymentsMatchTasklet t = new PaymentsMatchTasklet(job, layout);
                for (int i = 0; i < job.partitions(); i++) {
                    t.run(i);
                }
            }
            System.out.printf("%s pass %d: wall %.2f s, thread cpu %.2f s, process cpu %.2f s, allocated %.2f GB,"
                    + " %d collections, %.2f s in them%n", resolve ? "resolve" : "match", p,
                    (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                    (os.getProcessCpuTime() - proc) / 1e9, (allocation.getCurrentThreadAllocatedBytes() - allocated) / 1e9,
                    collectors.stream().mapToLong(c -> c.getCollectionCount()).sum() - gcs,
                    (collectors.stream().mapToLong(c -> c.getCollectionTime()).sum() - gcMillis) / 1e3);
        }
    }
}
