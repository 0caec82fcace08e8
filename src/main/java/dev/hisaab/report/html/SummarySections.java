package dev.hisaab.report.html;

import dev.hisaab.report.PersonalDataMask;
import dev.hisaab.report.RunReport;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The parts of report.html built from summary.json: header, imbalance banner, one card per category, control totals
 * per source (and per day for payment runs) written as the identity they must satisfy, restore, and the run's
 * parameters and input digests. Numbers are printed from summary.json as is (grouped), never recomputed.
 */
final class SummarySections {

    private static final String OK = "<span class=\"ok\" title=\"ties out\">&#10003;</span>";
    private static final String BAD = "<span class=\"bad\" title=\"does not tie out\">&#10007;</span>";

    private final RunReport report;
    private final JsonNode s;
    private final boolean mask;

    SummarySections(RunReport report, boolean mask) {
        this.report = report;
        this.s = report.summary();
        this.mask = mask;
    }

    private static String t(String text) {
        return HtmlText.text(text);
    }

    private String str(JsonNode node, String field) {
        return node.path(field).asString("");
    }

    String header() {
        StringBuilder h = new StringBuilder("<header><h1>Hisaab report: ").append(t(str(s, "job")))
                .append(" <span class=\"run\">run ").append(t(s.path("run").asString(""))).append("</span></h1>")
                .append("<p class=\"meta\"><span>").append(t(str(s, "kind"))).append("</span> · <span id=\"tool\">")
                .append(t(str(s, "tool"))).append("</span> · time zone ").append(t(str(s, "timeZone")))
                .append(" · job file <code>").append(t(str(s, "jobFile"))).append("</code>");
        h.append(s.path("balanced").asBoolean(false)
                ? " · <span class=\"badge ok\" id=\"balanced\">every source balances</span>"
                : " · <span class=\"badge bad\" id=\"balanced\">ACCOUNTING DOES NOT BALANCE</span>");
        h.append("</p>");
        if (s.has("imbalance")) {
            h.append("<div class=\"alarm\"><strong>The input accounting does not balance:</strong><ul>");
            for (JsonNode p : s.get("imbalance")) {
                h.append("<li>").append(t(p.asString(""))).append("</li>");
            }
            h.append("</ul></div>");
        }
        return h.append("</header>").toString();
    }

    String cards() {
        StringBuilder h = new StringBuilder("<section id=\"summary\"><h2>Findings by category</h2><div class=\"cards\">");
        long total = 0;
        for (Map.Entry<String, JsonNode> e : s.get("findings").properties()) {
            JsonNode c = e.getValue();
            total += c.get("count").asLong();
            h.append("<a class=\"card").append(c.get("count").asLong() == 0 ? " zero" : "")
                    .append("\" href=\"#findings\" data-category=\"").append(t(e.getKey())).append("\">")
                    .append("<span class=\"cat\">").append(t(e.getKey()).replace("_", "_<wbr>")).append("</span>")
                    .append("<span class=\"count\">").append(Rupees.group(c.get("count").asLong())).append("</span>")
                    .append("<span class=\"amount\">&#8377;&#8239;").append(t(Rupees.of(str(c, "amount"))))
                    .append("</span></a>");
        }
        h.append("</div><p class=\"note\">").append(Rupees.group(total)).append(" findings in all. Click a card to list "
                + "its findings. Amounts are rupees; a finding with no amount (a rejected line, an unverified fee) "
                + "counts 0.</p></section>");
        return h.toString();
    }

    String sources() {
        StringBuilder h = new StringBuilder("<section id=\"sources\"><h2>Control totals per source</h2>"
                + "<p class=\"note\">Every input row ends in exactly one place: read = matched + in findings + "
                + "rejected, and the amounts tie out the same way (valid = matched + in findings + rejected).</p>"
                + "<table class=\"num\"><thead><tr><th>source</th><th>role</th><th>read</th><th>matched</th>"
                + "<th>in findings</th><th>rejected</th><th>rows tie out</th><th>amount valid (&#8377;)</th>"
                + "<th>matched</th><th>in findings</th><th>rejected</th><th>amounts tie out</th></tr></thead><tbody>");
        for (JsonNode src : s.get("sources")) {
            long read = src.get("read").asLong();
            long matched = src.get("matched").asLong();
            long inFindings = src.get("inFindings").asLong();
            long rejected = src.get("rejected").asLong();
            JsonNode a = src.get("amounts");
            long valid = Rupees.paise(str(a, "valid"));
            long am = Rupees.paise(str(a, "matched"));
            long af = Rupees.paise(str(a, "inFindings"));
            long ar = Rupees.paise(str(a, "rejected"));
            h.append("<tr data-source=\"").append(t(str(src, "id"))).append("\"><th>").append(t(str(src, "id")))
                    .append("</th><td class=\"text\">").append(t(str(src, "role"))).append("</td>")
                    .append(cell("read", Rupees.group(read))).append(cell("matched", Rupees.group(matched)))
                    .append(cell("inFindings", Rupees.group(inFindings))).append(cell("rejected", Rupees.group(rejected)))
                    .append("<td class=\"tie\">").append(Rupees.group(read)).append(" = ").append(Rupees.group(matched))
                    .append(" + ").append(Rupees.group(inFindings)).append(" + ").append(Rupees.group(rejected))
                    .append(' ').append(read == matched + inFindings + rejected ? OK : BAD).append("</td>")
                    .append(cell("amountValid", Rupees.of(valid))).append(cell("amountMatched", Rupees.of(am)))
                    .append(cell("amountInFindings", Rupees.of(af))).append(cell("amountRejected", Rupees.of(ar)))
                    .append("<td class=\"tie\">").append(valid == am + af + ar ? OK : BAD).append("</td></tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }

    private static String cell(String name, String value) {
        return "<td data-k=\"" + name + "\">" + t(value) + "</td>";
    }

    /** Per-day gateway control totals of a payment run: captured = posted + unposted + unmatched. */
    String days() {
        if (!s.has("controlTotals")) {
            return "";
        }
        StringBuilder h = new StringBuilder("<section id=\"days\"><h2>Control totals per day (gateway, "
                + t(str(s, "timeZone")) + ")</h2><p class=\"note\">Money the gateway captured and kept each day "
                + "(refunds apart) = posted to a bill + unposted + captured for no bill. Days with unposted money are "
                + "marked.</p><table class=\"num\"><thead><tr><th>day</th><th>captured</th><th>posted</th>"
                + "<th>unposted</th><th>unmatched</th><th>refunded</th><th>ties out</th></tr></thead><tbody>");
        long[] sum = new long[5];
        String[] cols = {"captured", "posted", "unposted", "unmatched", "refunded"};
        for (JsonNode d : s.get("controlTotals")) {
            long[] v = new long[5];
            for (int i = 0; i < 5; i++) {
                v[i] = Rupees.paise(str(d, cols[i]));
                sum[i] += v[i];
            }
            h.append("<tr data-day=\"").append(t(str(d, "day"))).append("\"").append(v[2] > 0 ? " class=\"hot\"" : "")
                    .append("><th>").append(t(str(d, "day"))).append("</th>");
            for (int i = 0; i < 5; i++) {
                h.append(cell(cols[i], Rupees.of(v[i])));
            }
            h.append("<td class=\"tie\">").append(d.path("balanced").asBoolean(false) && v[0] == v[1] + v[2] + v[3]
                    ? OK : BAD).append("</td></tr>");
        }
        h.append("</tbody><tfoot><tr data-day=\"total\"><th>total</th>");
        for (int i = 0; i < 5; i++) {
            h.append(cell(cols[i], Rupees.of(sum[i])));
        }
        return h.append("<td class=\"tie\">").append(sum[0] == sum[1] + sum[2] + sum[3] ? OK : BAD)
                .append("</td></tr></tfoot></table></section>").toString();
    }

    String restore() {
        JsonNode r = s.path("restore");
        StringBuilder h = new StringBuilder("<section id=\"restore\"><h2>Restore</h2><p><span id=\"restore-rows\">")
                .append(Rupees.group(r.path("rows").asLong(0))).append("</span> statements in restore.sql");
        if (s.has("refunds")) {
            h.append("; <span id=\"refunds\">").append(t(s.get("refunds").asString(""))).append("</span> refunds in refunds.csv");
        }
        h.append(".</p>");
        JsonNode not = r.path("notRestored");
        if (not.size() > 0) {
            h.append("<table><thead><tr><th>not restored</th><th>why</th></tr></thead><tbody>");
            for (Map.Entry<String, JsonNode> e : not.properties()) {
                String why = e.getValue().isString() ? e.getValue().asString() : e.getValue().toString();
                h.append("<tr><td>").append(t(e.getKey())).append("</td><td>")
                        .append(t(mask ? PersonalDataMask.mask(why) : why)).append("</td></tr>");
            }
            h.append("</tbody></table>");
        }
        return h.append("</section>").toString();
    }

    String runInfo() {
        StringBuilder h = new StringBuilder("<section id=\"run\"><h2>Run, parameters and inputs</h2><table class=\"kv\">")
                .append(kv("job", str(s, "job"))).append(kv("kind", str(s, "kind")))
                .append(kv("run id", s.path("run").asString(""))).append(kv("tool version", str(s, "tool")))
                .append(kv("job file", str(s, "jobFile"))).append(kv("job file SHA-256", str(s, "jobFileSha256")))
                .append(kv("time zone", str(s, "timeZone")));
        JsonNode params = s.path("parameters");
        if (params.size() == 0) {
            h.append(kv("parameters (--set)", "none"));
        }
        for (Map.Entry<String, JsonNode> e : params.properties()) {
            h.append(kv("--set " + e.getKey(), e.getValue().asString("")));
        }
        h.append("</table><table id=\"inputs\"><thead><tr><th>source</th><th>type</th><th>path</th><th>bytes</th>"
                + "<th>SHA-256</th></tr></thead><tbody>");
        for (JsonNode src : s.get("sources")) {
            h.append("<tr><th>").append(t(str(src, "id"))).append("</th><td>").append(t(str(src, "type")))
                    .append("</td><td><code>").append(t(str(src, "path"))).append("</code></td><td class=\"n\">")
                    .append(Rupees.group(src.path("bytes").asLong(0))).append("</td><td><code class=\"sha\">")
                    .append(t(str(src, "sha256"))).append("</code></td></tr>");
        }
        return h.append("</tbody></table></section>").toString();
    }

    private static String kv(String k, String v) {
        return "<tr><th>" + t(k) + "</th><td><code>" + t(v) + "</code></td></tr>";
    }

    RunReport report() {
        return report;
    }
}
