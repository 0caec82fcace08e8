/**
 * Interpretation of raw field text as typed values (paise amounts, instants, mobiles, business keys) and the fuzzy
 * comparisons the matching engine uses; every parser throws {@link java.lang.IllegalArgumentException} with a short
 * reason for text it cannot accept.
 */
package dev.hisaab.value;
