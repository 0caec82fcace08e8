package dev.hisaab.recovery;

import dev.hisaab.finding.Category;

/**
 * How a receipt was tied to an application: the application number and the rule that decided, or — when it could
 * not be — {@code ORPHAN_RECEIPT} or {@code AMBIGUOUS_MATCH} with the reason.
 */
record Resolution(String applicationNo, String rule, Category unresolved, String evidence) {

    static Resolution to(String applicationNo, String rule, String evidence) {
        return new Resolution(applicationNo, rule, null, evidence);
    }

    static Resolution orphan(String rule, String evidence) {
        return new Resolution(null, rule, Category.ORPHAN_RECEIPT, evidence);
    }

    static Resolution ambiguous(String rule, String evidence) {
        return new Resolution(null, rule, Category.AMBIGUOUS_MATCH, evidence);
    }

    boolean resolved() {
        return unresolved == null;
    }
}
