package dev.hisaab.generate;

import java.util.SplittableRandom;

/** Derives independent, reproducible random streams from the scenario seed, an index and a purpose (salt). */
public final class Seeds {

    static final long TIME = 1;
    static final long APPLICATION = 2;
    static final long PAYMENT = 3;
    static final long PLAN = 4;
    static final long NUMBERS = 5;
    static final long MOBILES = 6;
    static final long DUMP_KEY = 7;

    private Seeds() {
    }

    /** SplitMix64 finaliser: a strong 64-bit mixing function. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    public static long derive(long seed, long salt, long index) {
        return mix(mix(seed * 0x9E3779B97F4A7C15L + salt) + index * 0xD6E8FEB86659FD93L);
    }

    public static SplittableRandom random(long seed, long salt, long index) {
        return new SplittableRandom(derive(seed, salt, index));
    }
}
