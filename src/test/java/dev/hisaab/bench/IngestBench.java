package dev.hisaab.bench;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.source.SourceFormats;
import dev.hisaab.source.csv.CsvSourceFormat;
import dev.hisaab.source.jsonl.JsonlSourceFormat;
import dev.hisaab.source.pgdump.PgDumpSourceFormat;
import dev.hisaab.stage.SourceOpener;
import dev.hisaab.support.BenchJob;
import java.nio.file.Path;
import java.util.List;

/**
 * Not a test: a manual harness that repeats the benchmark's like-for-like ingest comparison ({@link IngestBaseline})
 * on chosen CSV sources of a job, in one JVM, so a change to CSV ingest can be timed (or profiled) without a whole
 * benchmark. Usage (test classes built): {@code java -cp ... dev.hisaab.bench.IngestBench <job.yml> <data dir>
 * <rounds> <source id>...}; each round prints Commons CSV's and the ingest's median of three passes. With
 * {@code -Dingest.only=true}, each round is one pass of the ingest alone (to profile it without Commons CSV's passes);
 * with {@code -Dingest.layers=true}, each round times Commons CSV alone and the ingest up to each of its layers (read,
 * parse, all), one pass each, so that the medians of many rounds show what each layer adds.
 */
public final class IngestBench {

    private IngestBench() {
    }

    public static void main(String[] args) throws Exception {
        Path jobFile = Path.of(args[0]);
        JobDefinitionLoader loader = new JobDefinitionLoader();
        JobDefinition job = BenchJob.load(loader, jobFile, Path.of(args[1])).job();
        SourceOpener opener = new SourceOpener(new SourceFormats(List.of(new CsvSourceFormat(),
                new JsonlSourceFormat(), new PgDumpSourceFormat())), loader);
        Path base = Path.of("").toAbsolutePath();
        int rounds = Integer.parseInt(args[2]);
        for (int round = 0; round < rounds; round++) {
            for (int a = 3; a < args.length; a++) {
                int index = -1;
                for (int i = 0; i < job.sources().size(); i++) {
                    if (job.sources().get(i).id().equals(args[a])) {
                        index = i;
                    }
                }
                if (Boolean.getBoolean("ingest.layers")) {
                    dev.hisaab.source.csv.CsvOptions options = loader.bindOptions(jobFile, index,
                            job.sources().get(index).options(), dev.hisaab.source.csv.CsvOptions.class);
                    var os = (com.sun.management.OperatingSystemMXBean)
                            java.lang.management.ManagementFactory.getOperatingSystemMXBean();
                    long c0 = os.getProcessCpuTime();
                    long t0 = System.nanoTime();
                    CsvBaseline.parse(Path.of(job.sources().get(index).path()), options);
                    long t1 = System.nanoTime();
                    long c1 = os.getProcessCpuTime();
                    IngestBaseline.ingest(opener, jobFile, job, index, base, IngestBaseline.Layers.READ);
                    long t2 = System.nanoTime();
                    IngestBaseline.ingest(opener, jobFile, job, index, base, IngestBaseline.Layers.PARSE);
                    long t3 = System.nanoTime();
                    long c3 = os.getProcessCpuTime();
                    IngestBaseline.ingest(opener, jobFile, job, index, base, IngestBaseline.Layers.ALL);
                    long t4 = System.nanoTime();
                    long c4 = os.getProcessCpuTime();
                    // process CPU (all threads: the input's reading thread, and any compiling or collecting)
                    System.out.printf("%-18s round %d: csv %d read %d parse %d all %d ms; process cpu csv %d all %d ms%n",
                            args[a], round, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000,
                            (t4 - t3) / 1_000_000, (c1 - c0) / 1_000_000, (c4 - c3) / 1_000_000);
                    continue;
                }
                if (Boolean.getBoolean("ingest.only")) {
                    var threads = java.lang.management.ManagementFactory.getThreadMXBean();
                    long start = System.nanoTime();
                    long cpu = threads.getCurrentThreadCpuTime();
                    IngestBaseline.ingest(opener, jobFile, job, index, base);
                    System.out.printf("%-18s round %d: ingest %4d ms, thread cpu %4d ms%n", args[a], round,
                            (System.nanoTime() - start) / 1_000_000,
                            (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
                    continue;
                }
                IngestBaseline.Comparison c = IngestBaseline.compare(opener, jobFile, job, index, base,
                        loader.bindOptions(jobFile, index, job.sources().get(index).options(),
                                dev.hisaab.source.csv.CsvOptions.class));
                System.out.printf("%-18s round %d: csv %4d ms, ingest %4d ms, ingest/CSV %3.0f %%%n", args[a], round,
                        c.csv().millis(), c.ingest().millis(), 100.0 * c.csv().millis() / c.ingest().millis());
            }
        }
    }
}
