package dev.hisaab.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The generated inputs of one scenario at one scale and seed, in {@code <work>/<scenario>-<scale>-<seed>/}. A folder
 * whose {@code expected/counts.json} names the same scale and seed is reused; anything else there is generated
 * again (the generator is deterministic, so reuse changes nothing but the time).
 */
public record ScenarioData(BenchScenario scenario, int scale, long seed, Path dir) {

    /** The data set in {@code work}, generated first if missing or made with another scale or seed. */
    public static ScenarioData prepare(BenchScenario scenario, int scale, long seed, Path work, java.io.PrintWriter log)
            throws IOException {
        Path dir = work.resolve(scenario.id() + "-" + scale + "-" + seed);
        ScenarioData data = new ScenarioData(scenario, scale, seed, dir);
        if (data.isComplete()) {
            log.printf("%s: reusing %s%n", scenario.id(), dir);
        } else {
            log.printf("%s: generating %,d %s (seed %d) into %s ...%n", scenario.id(), scale, scenario.unit(), seed, dir);
            log.flush();
            long start = System.nanoTime();
            scenario.generate(scale, seed, dir);
            log.printf("%s: generated in %.1f s%n", scenario.id(), (System.nanoTime() - start) / 1e9);
        }
        log.flush();
        return data;
    }

    public Path expectedFindings() {
        return dir.resolve("expected").resolve("findings.csv");
    }

    /** Whether the folder holds a finished data set of this scale and seed (counts.json is written last). */
    boolean isComplete() throws IOException {
        Path counts = dir.resolve("expected").resolve("counts.json");
        if (!Files.isRegularFile(counts) || !Files.isRegularFile(expectedFindings())) {
            return false;
        }
        JsonNode s = JsonMapper.builder().build().readTree(Files.readString(counts)).path("scenario");
        return s.path(scenario.unit()).asLong(-1) == scale && s.path("seed").asLong(-1) == seed;
    }
}
