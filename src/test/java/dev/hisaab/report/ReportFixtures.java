package dev.hisaab.report;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.value.Amounts;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** Reports built in memory, shaped as a real run's summary.json, for the HTML and XLSX writer tests. */
public final class ReportFixtures {

    /** Text that would run script or break out of markup if any writer forgot to escape it. */
    public static final String HOSTILE = "</script><script>window.__pwned=1</script><img src=x "
            + "onerror=\"document.body.setAttribute('data-pwned','1')\">\u2028'\"&amp;<!--";

    private ReportFixtures() {
    }

    /** An application-recovery report of these findings, with summary counts and amounts computed from them. */
    public static RunReport recovery(List<Finding> findings, Map<String, Long> submitted, Map<String, String> params) {
        return report("application-recovery", Category.of(dev.hisaab.definition.JobKind.APPLICATION_RECOVERY),
                findings, submitted, params, null);
    }

    /** A payment-reconciliation report with per-day control totals ({@code day -> paise[captured, posted,
     * unposted, unmatched, refunded]}). */
    public static RunReport payments(List<Finding> findings, Map<String, long[]> days) {
        return report("payment-reconciliation", Category.of(dev.hisaab.definition.JobKind.PAYMENT_RECONCILIATION),
                findings, Map.of(), Map.of(), days);
    }

    private static RunReport report(String kind, List<Category> categories, List<Finding> findings,
                                    Map<String, Long> submitted, Map<String, String> params, Map<String, long[]> days) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("job", "test-job");
        root.put("kind", kind);
        root.put("run", 7);
        root.put("tool", "hisaab 0.1.0");
        root.put("jobFile", "jobs/test.yml");
        root.put("jobFileSha256", "ab".repeat(32));
        root.put("parameters", new java.util.TreeMap<>(params));
        root.put("timeZone", "Asia/Kolkata");
        Map<String, Object> src = new LinkedHashMap<>();
        src.put("id", "receipts");
        src.put("role", "receipts");
        src.put("type", "csv");
        src.put("path", "in/receipts.csv");
        src.put("sha256", "cd".repeat(32));
        src.put("bytes", 1234);
        src.put("read", 100);
        src.put("matched", 90);
        src.put("inFindings", 8);
        src.put("rejected", 2);
        src.put("amounts", Map.of("valid", "9800.00", "matched", "9000.00", "inFindings", "800.00",
                "rejected", "0.00"));
        src.put("balanced", true);
        root.put("sources", List.of(src));
        Map<String, Object> cats = new LinkedHashMap<>();
        for (Category c : categories) {
            long count = 0;
            long amount = 0;
            for (Finding f : findings) {
                if (f.category() == c) {
                    count++;
                    amount += f.amount() == null ? 0 : f.amount();
                }
            }
            cats.put(c.name(), Map.of("count", count, "amount", Amounts.formatRupees(amount)));
        }
        root.put("findings", cats);
        root.put("restore", Map.of("rows", 3, "notRestored", Map.of("JP1", "no district " + HOSTILE)));
        if (days != null) {
            List<Object> totals = new ArrayList<>();
            days.forEach((day, v) -> totals.add(Map.of("day", day, "captured", Amounts.formatRupees(v[0]),
                    "posted", Amounts.formatRupees(v[1]), "unposted", Amounts.formatRupees(v[2]),
                    "unmatched", Amounts.formatRupees(v[3]), "refunded", Amounts.formatRupees(v[4]),
                    "balanced", v[0] == v[1] + v[2] + v[3])));
            root.put("controlTotals", totals);
            root.put("refunds", 1);
        }
        root.put("balanced", true);
        return new RunReport(JsonMapper.builder().build().valueToTree(root), findings, submitted,
                ZoneId.of("Asia/Kolkata"));
    }

    /** {@code n} findings spread over the recovery categories, with varied keys and amounts. */
    public static List<Finding> many(int n) {
        List<Category> cats = Category.of(dev.hisaab.definition.JobKind.APPLICATION_RECOVERY);
        List<Finding> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Category c = cats.get(i % cats.size());
            out.add(new Finding(c, String.format("K%07d", i), c == Category.REJECTED_LINE ? null : 100L * (i % 997 + 1),
                    List.of("receipts.csv:" + (i + 2), "gateway.csv:" + (i + 5)), "rule-" + (i % 5),
                    "evidence " + i + " on 2025-12-" + String.format("%02d", i % 28 + 1)));
        }
        out.sort(Finding.ORDER);
        return out;
    }
}
