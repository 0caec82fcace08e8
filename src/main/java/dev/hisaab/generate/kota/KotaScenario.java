package dev.hisaab.generate.kota;

/**
 * Size and seed of a generated Kota data set.
 *
 * @param consumers number of water consumers (500 .. 999,999: consumer ids have six digits and 000000 is never
 *                  issued); each gets a bill for 2025-12, 2026-01 and 2026-02
 * @param seed      everything is derived from it: same seed and size give byte-identical files
 */
public record KotaScenario(int consumers, long seed) {

    public static final int DEFAULT_CONSUMERS = 3_000;
    public static final long DEFAULT_SEED = 20260301L;
    public static final int MIN_CONSUMERS = 500;
    public static final int MAX_CONSUMERS = 999_999;

    public KotaScenario {
        if (consumers < MIN_CONSUMERS || consumers > MAX_CONSUMERS) {
            throw new IllegalArgumentException("consumers must be between " + MIN_CONSUMERS + " and " + MAX_CONSUMERS
                    + ", got " + consumers);
        }
    }

    /** The committed sample: 3,000 consumers, seed 20260301. */
    public static KotaScenario sample() {
        return new KotaScenario(DEFAULT_CONSUMERS, DEFAULT_SEED);
    }
}
