package dev.hisaab.payments;

import dev.hisaab.finding.Finding;
import java.util.List;

/** What judging one bill produced: findings, statements to write back, and a refund line when paid twice. */
record Judgement(List<Finding> findings, List<PlannedStatement> statements, RefundLine refund) {
}
