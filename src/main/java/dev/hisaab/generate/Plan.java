package dev.hisaab.generate;

/**
 * What the planner decided for one application index.
 *
 * @param partner index of the related application (re-applicant pair, family pair), or -1
 * @param variant which flavour of the case (evidence channel etc.), small non-negative number
 */
record Plan(PlantedCase kind, int partner, int variant) {
}
