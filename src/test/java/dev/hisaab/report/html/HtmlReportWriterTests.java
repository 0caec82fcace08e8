package dev.hisaab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.ReportFixtures;
import dev.hisaab.report.RunReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportWriterTests {

    static final String H = ReportFixtures.HOSTILE;

    @TempDir
    Path tmp;

    static RunReport hostile() {
        List<Finding> findings = List.of(
                new Finding(Category.MISSING_APPLICATION_RESTORABLE, "JP1<b>" + H, 10000L, List.of("snap.sql:3", H + ":9"),
                        "rule" + H, "evidence " + H),
                new Finding(Category.ORPHAN_RECEIPT, "=HYPERLINK(\"http://x\")", 10000L, List.of("r.csv:4"), "new-number",
                        "mobile 9876543210, name 'Ram Kumar' on 2025-12-01"));
        return ReportFixtures.recovery(findings, Map.of("JP1<b>" + H, 1_764_000_000L), Map.of("matching.fee" + H, H));
    }

    private String page(RunReport report, boolean mask) throws IOException {
        Path file = tmp.resolve("report.html");
        new HtmlReportWriter().write(report, mask, file);
        assertThat(tmp.resolve("report.html.part")).doesNotExist();
        return Files.readString(file);
    }

    @Test
    void escapesEveryHostileStringFromData() throws IOException {
        String html = page(hostile(), false);

        assertThat(html).doesNotContain("<img").doesNotContain("<b>").doesNotContain("__pwned=1</script>")
                .doesNotContain("onerror=\"").doesNotContain("\u2028").doesNotContain("<!--");
        // exactly the page's own two script elements: the data block and the script
        assertThat(count(html, "<script")).isEqualTo(2);
        assertThat(count(html, "</script")).isEqualTo(2);
        assertThat(html).contains("&lt;/script&gt;&lt;script&gt;window.__pwned=1");
        assertThat(html).contains("\\u003c/script\\u003e\\u003cscript\\u003e");
    }

    @Test
    void needsNothingFromTheNetworkAndAllowsOnlyItsOwnScript() throws IOException {
        String html = page(hostile(), false);

        assertThat(html).doesNotContainPattern("(?i)\\s(src|href)=\"(https?:|//)").doesNotContain("@import")
                .doesNotContain("url(").doesNotContain("https://");
        assertThat(html.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://w");
        Matcher csp = Pattern.compile("script-src '(sha256-[^']+)'").matcher(html);
        assertThat(csp.find()).isTrue();
        int start = html.lastIndexOf("<script>") + "<script>".length();
        String script = html.substring(start, html.indexOf("</script>", start));
        assertThat(HtmlReportWriter.sha256(script)).isEqualTo(csp.group(1));
        assertThat(html).contains("default-src 'none'");
    }

    @Test
    void showsSummaryNumbersGroupedTheIndianWay() throws IOException {
        List<Finding> findings = List.of(new Finding(Category.DUPLICATE_FEE, "JP9", 223_843_900L, List.of("a.csv:2"),
                "payments>1", "two payments"));
        String html = page(ReportFixtures.recovery(findings, Map.of(), Map.of()), false);

        assertThat(html).contains("data-category=\"DUPLICATE_FEE\"").contains("22,38,439.00");
        assertThat(html).contains("100 = 90 + 8 + 2");
    }

    @Test
    void masksMobilesAndNamesOnlyWhenAsked() throws IOException {
        assertThat(page(hostile(), false)).contains("9876543210").contains("Ram Kumar");

        String masked = page(hostile(), true);
        assertThat(masked).doesNotContain("9876543210").contains("98XXXXXX10")
                .doesNotContain("Ram Kumar").contains("R*** K***");
    }

    @Test
    void embedsAtMostTheCapOfEachCategoryAndSaysSoPlainly() throws IOException {
        // given 10 findings in each of the 7 categories of a recovery, and a page that embeds 4 of each
        Path file = tmp.resolve("report.html");
        new HtmlReportWriter(4).write(ReportFixtures.recovery(ReportFixtures.many(70), Map.of(), Map.of()), false, file);
        String html = Files.readString(file);

        // then it says which, and where all of them are; counts from the summary still cover all of them
        assertThat(html).contains("showing the first 4 of 10 ORPHAN_RECEIPT findings")
                .contains("findings.csv and report.xlsx hold every one")
                .contains("<span id=\"f-all\">28</span> on this page, of 70 in all")
                .contains("70 findings in all");
        String data = html.substring(html.indexOf("id=\"findings-data\">"), html.lastIndexOf("<script>"));
        assertThat(count(data, "\"K00")).isEqualTo(28);
        assertThat(data).contains("\"K0000000\"").doesNotContain("\"K0000063\"");
        assertThat(tmp.resolve("report.html.rows.part")).doesNotExist();
        assertThat(tmp.resolve("report.html.part")).doesNotExist();
    }

    @Test
    void saysNothingOfACapNoCategoryReaches() throws IOException {
        String html = page(ReportFixtures.recovery(ReportFixtures.many(70), Map.of(), Map.of()), false);

        assertThat(html).doesNotContain("f-capped").contains("<span id=\"f-all\">70</span> in all");
    }

    @Test
    void formatsRupeesExactly() {
        assertThat(Rupees.of(0)).isEqualTo("0.00");
        assertThat(Rupees.of(5)).isEqualTo("0.05");
        assertThat(Rupees.of(-12_345_678_901L)).isEqualTo("-12,34,56,789.01");
        assertThat(Rupees.of("1000.50")).isEqualTo("1,000.50");
        assertThat(Rupees.group(999)).isEqualTo("999");
        assertThat(Rupees.group(100_000)).isEqualTo("1,00,000");
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
