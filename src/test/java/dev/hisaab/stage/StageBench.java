package dev.hisaab.stage;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.job.RunLayout;
import dev.hisaab.source.SourceFormats;
import dev.hisaab.source.csv.CsvSourceFormat;
import dev.hisaab.source.jsonl.JsonlSourceFormat;
import dev.hisaab.source.pgdump.PgDumpSourceFormat;
import dev.hisaab.support.BenchJob;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;
import org.mockito.Mockito;
import org.springframework.batch.core.step.StepContribution;

/**
 * Not a test: a manual harness that runs stage steps alone, one after another on one thread, and prints wall and CPU
 * time of each pass, so a change to ingest can be timed without a whole run. Usage (from a checkout, test classes
 * built): {@code java -cp ... dev.hisaab.stage.StageBench <job.yml> <data dir> <out dir> <passes> <source id>...}.
 * The out dir's {@code .work} gets the stage's work files, to compare with a run's.
 */
public final class StageBench {

    private StageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        Path data = Path.of(args[1]);
        Path out = Path.of(args[2]);
        int passes = Integer.parseInt(args[3]);
        JobDefinitionLoader loader = new JobDefinitionLoader();
        BenchJob bench = BenchJob.load(loader, jobFile, data);
        JobDefinition job = bench.job();
        SourceFormats formats = new SourceFormats(List.of(new CsvSourceFormat(), new JsonlSourceFormat(),
                new PgDumpSourceFormat()));
        SourceOpener opener = new SourceOpener(formats, loader);
        Path base = Path.of("").toAbsolutePath();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int a = 4; a < args.length; a++) {
            String id = args[a];
            int index = -1;
            for (int i = 0; i < job.sources().size(); i++) {
                if (job.sources().get(i).id().equals(id)) {
                    index = i;
                }
            }
            for (int p = 0; p < passes; p++) {
                StageTasklet t = new StageTasklet(jobFile, job, index, base, opener, new RunLayout(out),
                        ProgressListener.NONE);
                long wall = System.nanoTime();
                long cpu = threads.getCurrentThreadCpuTime();
                long proc = os.getProcessCpuTime();
                t.execute(Mockito.mock(StepContribution.class), null);
                System.out.printf("%-20s pass %d: wall %.2f s, thread cpu %.2f s, process cpu %.2f s%n", id, p,
                        (System.nanoTime() - wall) / 1e9, (threads.getCurrentThreadCpuTime() - cpu) / 1e9,
                        (os.getProcessCpuTime() - proc) / 1e9);
            }
        }
    }
}
