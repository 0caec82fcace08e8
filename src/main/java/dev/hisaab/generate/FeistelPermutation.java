package dev.hisaab.generate;

/**
 * A keyed bijection on {@code [0, domain)} (modular Feistel network with cycle walking): spreads consecutive counters
 * over the whole range and can be inverted, so "is this number issued?" needs no stored set.
 */
public final class FeistelPermutation {

    private static final int ROUNDS = 4;

    private final long domain;
    private final long radix;
    private final long key;

    public FeistelPermutation(long domain, long key) {
        if (domain < 4) {
            throw new IllegalArgumentException("domain too small: " + domain);
        }
        this.domain = domain;
        long r = (long) Math.ceil(Math.sqrt((double) domain));
        while (r * r < domain) {
            r++;
        }
        this.radix = r;
        this.key = key;
    }

    public long apply(long x) {
        check(x);
        long y = x;
        do {
            y = encrypt(y);
        } while (y >= domain);
        return y;
    }

    public long inverse(long y) {
        check(y);
        long x = y;
        do {
            x = decrypt(x);
        } while (x >= domain);
        return x;
    }

    private void check(long x) {
        if (x < 0 || x >= domain) {
            throw new IllegalArgumentException(x + " outside [0, " + domain + ")");
        }
    }

    private long encrypt(long x) {
        long left = x / radix;
        long right = x % radix;
        for (int round = 0; round < ROUNDS; round++) {
            long next = Math.floorMod(left + round(round, right), radix);
            left = right;
            right = next;
        }
        return left * radix + right;
    }

    private long decrypt(long x) {
        long left = x / radix;
        long right = x % radix;
        for (int round = ROUNDS - 1; round >= 0; round--) {
            long previous = Math.floorMod(right - round(round, left), radix);
            right = left;
            left = previous;
        }
        return left * radix + right;
    }

    private long round(int round, long half) {
        return Math.floorMod(Seeds.mix(key + round * 0x632BE59BD9B4E019L + half), radix);
    }
}
