package dev.hisaab.payments;

import dev.hisaab.finding.Finding;
import dev.hisaab.record.Origin;
import java.util.List;

/**
 * What judging one bill produced: findings, statements to write back, a refund line when paid twice, and the rows the
 * findings cite ({@code cited}: each finding's refs are the {@code file:line} of exactly these), so that counting a row
 * as matched or in a finding needs no text.
 */
record Judgement(List<Finding> findings, List<PlannedStatement> statements, RefundLine refund, List<Origin> cited) {
}
