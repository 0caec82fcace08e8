package dev.hisaab.payments;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.record.Origin;
import java.util.ArrayList;
import java.util.List;

/** The findings of one bill and the rows they cite, gathered while it is judged; nothing is allocated for a bill without one. */
final class Found {

    /** Nothing to write for a bill: the common case. */
    static final Judgement NOTHING = new Judgement(List.of(), List.of(), null, List.of());

    private List<Finding> findings = List.of();
    private List<Origin> cited = List.of();

    void add(Category category, String key, long amount, List<Origin> refs, String rule, String evidence) {
        if (findings.isEmpty()) {
            findings = new ArrayList<>(2);
            cited = new ArrayList<>(4);
        }
        findings.add(new Finding(category, key, amount, GatewayCharge.texts(refs), rule, evidence));
        cited.addAll(refs);
    }

    /** The bill's judgement: these findings, with the statements and refund line given. */
    Judgement judgement(List<PlannedStatement> statements, RefundLine refund) {
        if (findings.isEmpty() && statements.isEmpty() && refund == null) {
            return NOTHING;
        }
        return new Judgement(findings, statements, refund, cited);
    }
}
