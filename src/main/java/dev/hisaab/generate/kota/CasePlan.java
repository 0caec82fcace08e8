package dev.hisaab.generate.kota;

import dev.hisaab.generate.FeistelPermutation;
import dev.hisaab.generate.Seeds;

/**
 * Which consumers carry a planted case: a keyed permutation maps consumer index to a slot, and slots below the
 * total planted count are dealt to the cases in enum order. Nothing is stored, and each case gets exactly its count.
 */
final class CasePlan {

    /** A planted case and its 0-based number among the cases of its kind (variants alternate on it). */
    record Assignment(PlantedCase planted, int ordinal) {
    }

    private final FeistelPermutation permutation;
    private final int[] ends = new int[PlantedCase.values().length];

    CasePlan(KotaScenario scenario) {
        this.permutation = new FeistelPermutation(scenario.consumers(), Seeds.derive(scenario.seed(), 102, 0));
        int end = 0;
        for (PlantedCase planted : PlantedCase.values()) {
            end += planted.count(scenario.consumers());
            ends[planted.ordinal()] = end;
        }
        if (end > scenario.consumers() / 2) {
            throw new IllegalArgumentException("too few consumers for the planted cases: " + scenario.consumers());
        }
    }

    /** The case planted on consumer {@code index}, or null. */
    Assignment of(int index) {
        long slot = permutation.apply(index);
        int start = 0;
        for (PlantedCase planted : PlantedCase.values()) {
            int end = ends[planted.ordinal()];
            if (slot < end) {
                return new Assignment(planted, (int) (slot - start));
            }
            start = end;
        }
        return null;
    }
}
