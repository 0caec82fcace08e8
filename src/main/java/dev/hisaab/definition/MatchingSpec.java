package dev.hisaab.definition;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * How evidence is tied to applications: the fee, the shape of a valid application number, the name-similarity
 * threshold, and which gateway status words mean captured, failed or refunded.
 */
public record MatchingSpec(
        BigDecimal fee,
        String applicationNumberPattern,
        Integer nameSimilarity,
        Map<String, List<String>> gatewayStatus) {

    public MatchingSpec {
        nameSimilarity = nameSimilarity == null ? 90 : nameSimilarity;
        gatewayStatus = gatewayStatus == null || gatewayStatus.isEmpty()
                ? Map.of("captured", List.of("captured", "success", "paid"),
                        "failed", List.of("failed", "failure", "declined"),
                        "refunded", List.of("refunded", "refund", "reversed"))
                : Map.copyOf(gatewayStatus);
    }
}
