package dev.hisaab.bench;

import dev.hisaab.generate.JhatpatGenerator;
import dev.hisaab.generate.JhatpatScenario;
import dev.hisaab.generate.kota.KotaGenerator;
import dev.hisaab.generate.kota.KotaScenario;
import java.io.IOException;
import java.nio.file.Path;

/** A scenario the benchmark runs: which job file reads it, how its generator is called, and its unit of scale. */
public enum BenchScenario {

    JHATPAT("jhatpat", "jobs/jhatpat-recovery.yml", "applications", JhatpatScenario.DEFAULT_SEED),
    KOTA("kota", "jobs/kota-payments.yml", "consumers", KotaScenario.DEFAULT_SEED);

    private final String id;
    private final String jobFile;
    private final String unit;
    private final long defaultSeed;

    BenchScenario(String id, String jobFile, String unit, long defaultSeed) {
        this.id = id;
        this.jobFile = jobFile;
        this.unit = unit;
        this.defaultSeed = defaultSeed;
    }

    public String id() {
        return id;
    }

    /** The job file, relative to the directory the benchmark runs from. */
    public Path jobFile() {
        return Path.of(jobFile);
    }

    /** What the scale counts ({@code applications}, {@code consumers}); also its key in {@code expected/counts.json}. */
    public String unit() {
        return unit;
    }

    public long defaultSeed() {
        return defaultSeed;
    }

    /** The largest scale the generator accepts. */
    public int maxScale() {
        return this == KOTA ? 999_999 : 2_000_000;
    }

    /** Writes the scenario's inputs and known answers into {@code dir} with the project's own generator. */
    void generate(int scale, long seed, Path dir) throws IOException {
        switch (this) {
            case KOTA:
                new KotaGenerator(new KotaScenario(scale, seed)).generate(dir);
                break;
            case JHATPAT:
            default:
                new JhatpatGenerator(new JhatpatScenario(scale, seed)).generate(dir);
                break;
        }
    }

    public static BenchScenario of(String id) {
        for (BenchScenario s : values()) {
            if (s.id.equals(id)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown scenario '" + id + "'; known: jhatpat, kota");
    }
}
