package dev.hisaab.generate;

/**
 * Size and seed of a generated Jhatpat data set.
 *
 * @param applications number of applications submitted on the portal (1,000 .. 2,000,000), including those
 *                     submitted after the upgrade
 * @param seed         everything is derived from it: same seed and size give byte-identical files
 * @param lostFraction share of the applications submitted in the two months before the upgrade that live lost
 *                     (a probability, 0 .. 0.2; default 0.01)
 */
public record JhatpatScenario(int applications, long seed, double lostFraction) {

    public static final int DEFAULT_APPLICATIONS = 2_000;
    public static final long DEFAULT_SEED = 20260113L;
    public static final double DEFAULT_LOST_FRACTION = 0.01;

    public JhatpatScenario {
        if (applications < 1_000 || applications > 2_000_000) {
            throw new IllegalArgumentException("applications must be between 1000 and 2000000, got " + applications);
        }
        if (!(lostFraction >= 0 && lostFraction <= 0.2)) {
            throw new IllegalArgumentException("lostFraction must be between 0 and 0.2, got " + lostFraction);
        }
    }

    public JhatpatScenario(int applications, long seed) {
        this(applications, seed, DEFAULT_LOST_FRACTION);
    }

    /** The committed sample: 2,000 applications, seed 20260113. */
    public static JhatpatScenario sample() {
        return new JhatpatScenario(DEFAULT_APPLICATIONS, DEFAULT_SEED);
    }
}
