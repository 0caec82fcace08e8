/** Deterministic, seeded, streaming generators of realistic test data sets (the Jhatpat scenario) with known answers. */
package dev.hisaab.generate;
