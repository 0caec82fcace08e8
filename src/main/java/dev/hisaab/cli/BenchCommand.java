package dev.hisaab.cli;

import dev.hisaab.bench.BenchOptions;
import dev.hisaab.bench.BenchScenario;
import dev.hisaab.bench.Benchmark;
import dev.hisaab.bench.ClassDataArchive;
import dev.hisaab.bench.JvmDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code hisaab bench}: generates the scenarios, runs each job in its own JVM several times, reports and checks. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark: generate both scenarios at a scale (or reuse them), run each job end to end in a "
                + "JVM of its own several times, check the findings against the known answers, and print median wall "
                + "time, rows/s and MB/s per step, peak heap and RSS, and Commons CSV alone on the same CSV files. "
                + "Run it from the project folder (it uses jobs/*.yml).",
        exitCodeListHeading = "%nExit codes:%n", exitCodeList = {
            "0:every run found exactly the known answers", "2:usage error",
            "4:a run failed or found something else than the known answers"},
        footer = {"", "Examples:", "  hisaab bench --scale 1000000",
            "  hisaab bench --scenario kota --scale 999999 --runs 5 --xmx 2g",
            "  hisaab bench --scale 1000000 --xmx 512m --runs 1",
            "  hisaab bench --scale 100000 --jvm-option=-XX:+UseG1GC --profile"})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "NAME", split = ",",
            description = "jhatpat (application recovery), kota (payment reconciliation), or both (default).")
    List<String> scenarios = new ArrayList<>(List.of("jhatpat", "kota"));

    @Option(names = "--scale", paramLabel = "N", defaultValue = "100000",
            description = "Applications (jhatpat) and consumers (kota, at most 999999) (default ${DEFAULT-VALUE}).")
    int scale;

    @Option(names = "--seed", description = "Generator seed (default: each scenario's sample seed).")
    Long seed;

    @Option(names = "--runs", defaultValue = "3", description = "Counted runs per scenario (default ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--xmx", paramLabel = "SIZE", defaultValue = "2g",
            description = "Maximum heap of each run, as for java -Xmx (default ${DEFAULT-VALUE}); the JVMs of the "
                    + "ingest comparisons take and touch all of it at their start, so it must fit in memory.")
    String xmx;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "A further option for each run's JVM, e.g. --jvm-option=-XX:+UseG1GC (repeatable), after "
                    + "the launcher's own (the parallel collector, unless one is named here, and -XX:FreqInlineSize=50).")
    List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "Folder for generated data (reused) and runs (default ${DEFAULT-VALUE}).")
    Path work;

    @Option(names = "--jar", paramLabel = "JAR",
            description = "The Hisaab jar to run (default: the jar this command runs from).")
    Path jar;

    @Option(names = "--profile", description = "Also one uncounted run per scenario under JFR (profile.jfr).")
    boolean profile;

    @Option(names = "--class-data-archive", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Start each run with the class-data archive beside the jar (hisaab.jsa), as the launcher "
                    + "target/hisaab does (default ${DEFAULT-VALUE}; --no-class-data-archive: as java -jar does).")
    boolean classDataArchive;

    @Option(names = "--keep", description = "Keep every run's outputs (large at scale); by default deleted once checked.")
    boolean keep;

    private final Benchmark benchmark;

    public BenchCommand(Benchmark benchmark) {
        this.benchmark = benchmark;
    }

    @Override
    public Integer call() throws Exception {
        List<BenchScenario> chosen = new ArrayList<>();
        try {
            for (String s : scenarios) {
                chosen.add(BenchScenario.of(s));
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Path runJar = jar != null ? jar : ownJar();
        List<String> jvm = new ArrayList<>();
        jvm.add("-Xmx" + xmx);
        if (classDataArchive) {
            jvm.addAll(ClassDataArchive.jvmOptions(runJar));
        }
        jvm.addAll(JvmDefaults.jvmOptions(jvmOptions));
        jvm.addAll(jvmOptions);
        BenchOptions options = new BenchOptions(chosen, scale, seed, runs, jvm, runJar.toAbsolutePath(),
                work.toAbsolutePath(), profile, keep);
        boolean correct = benchmark.run(options, spec.commandLine().getOut());
        if (!correct) {
            spec.commandLine().getErr().println("hisaab: at least one run did not find the known answers (see above)");
        }
        return correct ? ExitCodes.OK : ExitCodes.FAILED;
    }

    /** The jar of {@code java -jar hisaab.jar}: the class path is that one jar. */
    private Path ownJar() {
        String classPath = System.getProperty("java.class.path", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator) || !Files.isRegularFile(Path.of(classPath))) {
            throw new ParameterException(spec.commandLine(), "not started with java -jar; give the jar with --jar");
        }
        return Path.of(classPath);
    }
}
