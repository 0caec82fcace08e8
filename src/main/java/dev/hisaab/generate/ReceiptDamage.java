package dev.hisaab.generate;

/** A data-entry defect planted on a counter or kiosk receipt; none of them produces a finding on its own. */
enum ReceiptDamage {
    /** Application number with stray spaces and/or lower case, e.g. {@code jp 2511 04217}. */
    SPACED_OR_LOWER_CASE,
    /** One-character typo (substitution or adjacent transposition) that hits no issued number. */
    TYPO,
    /** Empty application number; mobile, amount and date identify the application. */
    EMPTY_NUMBER,
    /** Mobile written {@code +91 98xxxxxxxx}. */
    MOBILE_PLUS_91,
    /** Mobile written {@code 098xxxxxxxx}. */
    MOBILE_LEADING_ZERO,
    /** Mobile written {@code 98xxx-xxxxx}. */
    MOBILE_DASHED
}
