package dev.hisaab.generate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.IntPredicate;

/**
 * Decides, before any application is generated, which indices carry a planted case. Only these small maps are kept
 * in memory; counts scale with the number of applications but every case occurs at least twice.
 */
final class CasePlan {

    private final Map<Integer, Plan> cases = new HashMap<>();
    private final Map<Integer, ReceiptDamage> damage = new HashMap<>();
    private final Map<Integer, Integer> orphans = new HashMap<>();
    private final Map<Integer, Character> oddAddresses = new HashMap<>();
    private final int applications;
    private final SplittableRandom random;

    CasePlan(JhatpatScenario scenario, JhatpatCalendar calendar) {
        this.applications = scenario.applications();
        this.random = Seeds.random(scenario.seed(), Seeds.PLAN, 0);
        int lossStart = calendar.firstIndexAtOrAfter(JhatpatCalendar.LOSS_WINDOW_START.atStartOfDay()
                .atOffset(JhatpatCalendar.IST));
        int snapshot = calendar.firstIndexAtOrAfter(JhatpatCalendar.SNAPSHOT);
        int upgrade = calendar.firstIndexAtOrAfter(JhatpatCalendar.UPGRADE);
        int lateCutoff = calendar.firstIndexAtOrAfter(LocalDate.of(2026, 1, 5).atStartOfDay()
                .atOffset(JhatpatCalendar.IST));
        double lost = scenario.lostFraction();

        int reapplied = quota(0.001);
        for (int k = 0; k < reapplied; k++) {
            int first = pick(lossStart, snapshot, this::isFree);
            int second = pick(upgrade, applications, this::isFree);
            cases.put(first, new Plan(PlantedCase.LOST_THEN_REAPPLIED, second, 0));
            cases.put(second, new Plan(PlantedCase.REAPPLICATION, first, 0));
        }
        int restorable = (int) Math.max(reapplied + 2L, Math.round(lost * (snapshot - lossStart))) - reapplied;
        plant(PlantedCase.RESTORABLE, restorable, lossStart, snapshot, 3);
        plant(PlantedCase.RECONSTRUCTABLE, (int) Math.max(2, Math.round(lost * (upgrade - snapshot))), snapshot,
                upgrade, 3);
        plant(PlantedCase.DUPLICATE_COUNTER_AND_ONLINE, quota(0.001), 0, lateCutoff, 1);
        plant(PlantedCase.DUPLICATE_TWO_CAPTURES, quota(0.001), 0, lateCutoff, 1);
        plant(PlantedCase.REFUND_THEN_RECAPTURE, quota(0.002), 0, lateCutoff, 1);
        plant(PlantedCase.FEE_UNVERIFIED, quota(0.002), 0, applications, 2);
        int families = quota(0.001);
        for (int k = 0; k < families; k++) {
            int first = pick(0, lateCutoff - 50, i -> isFree(i) && isFree(i + 1));
            int second = pick(first + 1, first + 50, this::isFree);
            cases.put(first, new Plan(PlantedCase.FAMILY_FIRST, second, 0));
            cases.put(second, new Plan(PlantedCase.FAMILY_SECOND, first, 0));
        }
        for (ReceiptDamage kind : ReceiptDamage.values()) {
            for (int k = quota(0.0015); k > 0; k--) {
                damage.put(pick(0, upgrade, i -> isCleanOrRestorable(i) && !damage.containsKey(i)), kind);
            }
        }
        // A garbage number is only recognisable as garbage if the receipt predates the snapshot (an application
        // paid for then would be in it); after the snapshot it is indistinguishable from a lost application.
        int snapshotDay = calendar.firstIndexAtOrAfter(JhatpatCalendar.SNAPSHOT.toLocalDate().atStartOfDay()
                .atOffset(JhatpatCalendar.IST));
        for (int k = quota(0.001) * 2; k > 0; k--) {
            int variant = k % 2;
            orphans.put(pick(0, variant == 1 ? snapshotDay : upgrade, i -> isFree(i) && !orphans.containsKey(i)),
                    variant);
        }
        for (int k = quota(0.001) * 2; k > 0; k--) {
            oddAddresses.put(pick(0, snapshot, i -> isCleanOrRestorable(i) && !oddAddresses.containsKey(i)),
                    k % 2 == 0 ? '\n' : '\t');
        }
    }

    private void plant(PlantedCase kind, int count, int from, int to, int variants) {
        for (int k = 0; k < count; k++) {
            cases.put(pick(from, to, this::isFree), new Plan(kind, -1, k % variants));
        }
    }

    private int quota(double rate) {
        return (int) Math.max(2, Math.round(rate * applications));
    }

    private boolean isFree(int index) {
        return index < applications && !cases.containsKey(index);
    }

    private boolean isCleanOrRestorable(int index) {
        Plan plan = cases.get(index);
        return plan == null || plan.kind() == PlantedCase.RESTORABLE;
    }

    private int pick(int from, int to, IntPredicate acceptable) {
        int bound = Math.min(to, applications);
        if (from < bound) {
            for (int attempt = 0; attempt < 100_000; attempt++) {
                int candidate = from + random.nextInt(bound - from);
                if (acceptable.test(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("too few applications to plant all cases between " + from + " and " + to);
    }

    Plan planFor(int index) {
        return cases.get(index);
    }

    ReceiptDamage damageFor(int index) {
        return damage.get(index);
    }

    /** Variant (0: empty application number, 1: garbage number) of the orphan receipt hosted at index, or null. */
    Integer orphanFor(int index) {
        return orphans.get(index);
    }

    char oddityFor(int index) {
        Character oddity = oddAddresses.get(index);
        return oddity == null ? 0 : oddity;
    }
}
