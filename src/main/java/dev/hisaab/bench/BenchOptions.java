package dev.hisaab.bench;

import java.nio.file.Path;
import java.util.List;

/**
 * How to benchmark: which scenarios at which scale (jhatpat counts applications, kota consumers, capped at its
 * generator's 999,999), how many runs of each, the child JVM's options, and where data and runs go.
 *
 * @param jar        the Hisaab jar the runs start ({@code java -jar})
 * @param work       folder for generated data (reused across benchmarks) and runs
 * @param profile    also make one extra, uncounted run per scenario under JFR ({@code profile.jfr} in its folder)
 * @param keepOutputs keep each run's outputs (they are large at scale) instead of deleting them once checked
 */
public record BenchOptions(List<BenchScenario> scenarios, int scale, Long seed, int runs, List<String> jvmOptions,
                           Path jar, Path work, boolean profile, boolean keepOutputs) {

    public BenchOptions {
        scenarios = List.copyOf(scenarios);
        jvmOptions = List.copyOf(jvmOptions);
        if (runs < 1) {
            throw new IllegalArgumentException("runs must be at least 1");
        }
    }

    /** The scale of a scenario: {@link #scale()}, but no more than its generator accepts. */
    int scaleOf(BenchScenario scenario) {
        return Math.min(scale, scenario.maxScale());
    }

    long seedOf(BenchScenario scenario) {
        return seed == null ? scenario.defaultSeed() : seed;
    }
}
