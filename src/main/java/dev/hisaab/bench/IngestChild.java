package dev.hisaab.bench;

import dev.hisaab.definition.JobDefinition;
import dev.hisaab.definition.JobDefinitionLoader;
import dev.hisaab.source.SourceFormats;
import dev.hisaab.source.csv.CsvOptions;
import dev.hisaab.source.csv.CsvSourceFormat;
import dev.hisaab.stage.SourceOpener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ingest comparison of one CSV source ({@link IngestBaseline#compare}) in a JVM of its own, started by the
 * benchmark several times per source: how fast the JIT makes Commons CSV (and the ingest) differs from one process to
 * the next more than from one pass to the next, so one JVM's figure is one roll of that die. Arguments:
 * {@code <job file> <source id> [<key>=<value> ...]} (the {@code --set} values pointing the job at the generated
 * data). Prints one line: {@link #format}.
 */
final class IngestChild {

    private IngestChild() {
    }

    /**
     * The options of a comparison's JVM: the runs' own, then its whole heap made and touched at the start
     * ({@code -Xms} as the last {@code -Xmx}, {@code -XX:+AlwaysPreTouch}). Otherwise the heap grows during the timed
     * passes and each pass that first writes into new memory pays the kernel for it (page faults and zeroing): up to
     * ~150 ms of a 630 ms pass, falling on the ingest's passes more than on Commons CSV's as it allocates more, and
     * differently from one JVM to the next. A run of a job pays that once, in its wall time; a throughput comparison
     * after a first pass means to measure without it.
     */
    static List<String> jvmOptions(List<String> runOptions) {
        List<String> options = new ArrayList<>(runOptions);
        String heap = null;
        for (String o : runOptions) {
            if (o.startsWith("-Xmx")) {
                heap = o.substring("-Xmx".length());
            }
        }
        if (heap != null) {
            options.add("-Xms" + heap);
        }
        options.add("-XX:+AlwaysPreTouch");
        return options;
    }

    public static void main(String[] args) throws IOException {
        System.out.println(format(compare(args)));
    }

    /** The comparison {@link #main} prints. */
    static IngestBaseline.Comparison compare(String[] args) throws IOException {
        Path jobFile = Path.of(args[0]);
        Map<String, String> overrides = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            overrides.put(args[i].substring(0, eq), args[i].substring(eq + 1));
        }
        JobDefinitionLoader loader = new JobDefinitionLoader();
        JobDefinition job = loader.load(jobFile, overrides);
        int index = -1;
        for (int i = 0; i < job.sources().size(); i++) {
            if (job.sources().get(i).id().equals(args[1])) {
                index = i;
            }
        }
        if (index < 0) {
            throw new IllegalArgumentException("no source '" + args[1] + "' in " + jobFile);
        }
        SourceOpener opener = new SourceOpener(new SourceFormats(List.of(new CsvSourceFormat())), loader);
        CsvOptions options = loader.bindOptions(jobFile, index, job.sources().get(index).options(), CsvOptions.class);
        return IngestBaseline.compare(opener, jobFile, job, index, jobFile.toAbsolutePath().getParent(), options);
    }

    /**
     * {@code ingest-comparison <csv rows> <csv bytes> <csv ms> <ingest rows> <ingest bytes> <ingest ms>
     * <first csv ms> <first ingest ms>}.
     */
    static String format(IngestBaseline.Comparison c) {
        return "ingest-comparison " + c.csv().rows() + " " + c.csv().bytes() + " " + c.csv().millis() + " "
                + c.ingest().rows() + " " + c.ingest().bytes() + " " + c.ingest().millis() + " " + c.firstCsvMillis()
                + " " + c.firstIngestMillis();
    }

    /** The comparison a child printed, from its standard output. */
    static IngestBaseline.Comparison parse(String stdout) {
        for (String line : stdout.lines().toList()) {
            if (line.startsWith("ingest-comparison ")) {
                String[] f = line.split(" ");
                return new IngestBaseline.Comparison(
                        new CsvBaseline.Measurement(Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])),
                        new CsvBaseline.Measurement(Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6])),
                        Long.parseLong(f[7]), Long.parseLong(f[8]));
            }
        }
        throw new IllegalArgumentException("no ingest-comparison line in: " + stdout);
    }
}
