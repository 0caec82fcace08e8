package dev.hisaab.cli;

import dev.hisaab.generate.GeneratedFiles;
import dev.hisaab.generate.JhatpatGenerator;
import dev.hisaab.generate.JhatpatScenario;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hisaab generate jhatpat}: writes the incident's inputs and known answers, at any scale, reproducibly. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a scenario's inputs with the known answers in expected/ (same seed, same bytes).",
        footer = {"", "Examples:", "  hisaab generate jhatpat --out sample-data/jhatpat",
            "  hisaab generate jhatpat --applications 1000000 --seed 7 --out /tmp/jhatpat-1m"})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "Scenario: jhatpat.")
    String scenario;

    @Option(names = "--applications", description = "Number of applications (default ${DEFAULT-VALUE}).", defaultValue = "2000")
    int applications;

    @Option(names = "--seed", description = "Random seed (default ${DEFAULT-VALUE}).", defaultValue = "20260113")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!"jhatpat".equals(scenario)) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown scenario '" + scenario
                    + "'; known: jhatpat");
        }
        long start = System.nanoTime();
        GeneratedFiles files = new JhatpatGenerator(new JhatpatScenario(applications, seed)).generate(out);
        spec.commandLine().getOut().printf("wrote %d files to %s in %.1f s; expected findings: %s%n",
                files.files().size(), out, (System.nanoTime() - start) / 1e9, files.findings());
        return ExitCodes.OK;
    }
}
