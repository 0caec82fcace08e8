package dev.hisaab.cli;

import dev.hisaab.generate.GeneratedFiles;
import dev.hisaab.generate.JhatpatGenerator;
import dev.hisaab.generate.JhatpatScenario;
import dev.hisaab.generate.kota.KotaGenerator;
import dev.hisaab.generate.kota.KotaScenario;
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
            "  hisaab generate jhatpat --applications 1000000 --seed 7 --out /tmp/jhatpat-1m",
            "  hisaab generate kota --out sample-data/kota",
            "  hisaab generate kota --consumers 999999 --out /tmp/kota-1m"})
public class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "<scenario>", description = "Scenario: jhatpat (application recovery) or "
            + "kota (payment reconciliation).")
    String scenario;

    @Option(names = "--applications", description = "jhatpat: number of applications (default ${DEFAULT-VALUE}).",
            defaultValue = "2000")
    int applications;

    @Option(names = "--consumers", description = "kota: number of consumers, at most 999999 (default ${DEFAULT-VALUE}).",
            defaultValue = "3000")
    int consumers;

    @Option(names = "--seed", description = "Random seed (default: the committed sample's).")
    Long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Override
    public Integer call() throws Exception {
        long start = System.nanoTime();
        GeneratedFiles files;
        if ("jhatpat".equals(scenario)) {
            files = new JhatpatGenerator(new JhatpatScenario(applications,
                    seed == null ? JhatpatScenario.sample().seed() : seed)).generate(out);
        } else if ("kota".equals(scenario)) {
            files = new KotaGenerator(new KotaScenario(consumers, seed == null ? KotaScenario.sample().seed() : seed))
                    .generate(out);
        } else {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "unknown scenario '" + scenario
                    + "'; known: jhatpat, kota");
        }
        spec.commandLine().getOut().printf("wrote %d files to %s in %.1f s; expected findings: %s%n",
                files.files().size(), out, (System.nanoTime() - start) / 1e9, files.findings());
        return ExitCodes.OK;
    }
}
