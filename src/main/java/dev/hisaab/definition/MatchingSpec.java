package dev.hisaab.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How evidence is tied together: the fee, the shape of a valid application number, the name-similarity threshold,
 * which gateway status words mean captured, failed or refunded, which receipt status words mean cancelled, and how
 * many days before its due date a bill is issued (to find the bill a receipt without bill number paid).
 */
public record MatchingSpec(
        BigDecimal fee,
        String applicationNumberPattern,
        Integer nameSimilarity,
        Map<String, List<String>> gatewayStatus,
        List<String> cancelledStatus,
        Integer billIssueLeadDays) {

    public MatchingSpec {
        nameSimilarity = nameSimilarity == null ? 90 : nameSimilarity;
        gatewayStatus = gatewayStatus == null || gatewayStatus.isEmpty()
                ? Map.of("captured", List.of("captured", "success", "paid"),
                        "failed", List.of("failed", "failure", "declined"),
                        "refunded", List.of("refunded", "refund", "reversed"))
                : Map.copyOf(gatewayStatus);
        cancelledStatus = cancelledStatus == null ? List.of("cancelled", "canceled", "void") : List.copyOf(cancelledStatus);
        billIssueLeadDays = billIssueLeadDays == null ? 15 : billIssueLeadDays;
    }

    /** Whether a receipt status word means the receipt was cancelled (any letter case). Asked once per receipt. */
    public boolean isCancelled(String status) {
        if (status == null) {
            return false;
        }
        String word = status.strip(); // the same string, not a copy, when there is nothing to strip
        for (String c : cancelledStatus) {
            if (c.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }
}
