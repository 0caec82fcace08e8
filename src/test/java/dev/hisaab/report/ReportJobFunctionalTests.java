package dev.hisaab.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.cli.HisaabCli;
import dev.hisaab.support.CliHarness;
import dev.hisaab.support.HeadlessChromium;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Both sample jobs through the CLI, then their report.html in headless Chromium and their report.xlsx read back
 * with POI: the page loads without a script error, and every number it shows equals summary.json.
 */
@SpringBootTest
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportJobFunctionalTests {

    @Autowired
    HisaabCli cli;

    @TempDir
    static Path tmp;

    HeadlessChromium browser;

    @BeforeAll
    void runJobs() throws Exception {
        for (String job : new String[] {"jhatpat-recovery", "kota-payments"}) {
            CliHarness.Result r = new CliHarness(cli).run("run", "jobs/" + job + ".yml", "--out",
                    tmp.resolve(job).toString(), "--quiet");
            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
        }
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() throws Exception {
        if (browser != null) {
            browser.close();
        }
    }

    private JsonNode summary(String job) throws Exception {
        return JsonMapper.builder().build().readTree(Files.readString(tmp.resolve(job).resolve("summary.json")));
    }

    /** Shown text as a plain decimal: digit groups, the rupee sign and spaces removed. */
    private String shown(String selector) {
        String text = browser.eval("(document.querySelector(\"" + selector.replace("\"", "\\\"")
                + "\") || {textContent: 'MISSING'}).textContent").asString();
        return text.replaceAll("[,\u20B9\u202F\\s]", "");
    }

    private void checkCommonNumbers(String job) throws Exception {
        JsonNode s = summary(job);
        int before = browser.errors().size();
        browser.open(tmp.resolve(job).resolve("report.html"));
        assertThat(browser.errors().subList(before, browser.errors().size())).isEmpty();
        assertThat(browser.eval("document.body.getAttribute('data-ready')").asString()).isEqualTo("true");

        long total = 0;
        BigDecimal amount = BigDecimal.ZERO;
        for (Map.Entry<String, JsonNode> c : s.get("findings").properties()) {
            String card = "a.card[data-category='" + c.getKey() + "']";
            assertThat(shown(card + " .count")).as(c.getKey()).isEqualTo(c.getValue().get("count").asString());
            assertThat(shown(card + " .amount")).as(c.getKey()).isEqualTo(c.getValue().get("amount").asString());
            total += c.getValue().get("count").asLong();
            amount = amount.add(new BigDecimal(c.getValue().get("amount").asString()));
        }
        assertThat(shown("#f-all")).isEqualTo(Long.toString(total));
        assertThat(shown("#f-count")).isEqualTo(Long.toString(total));
        assertThat(new BigDecimal(shown("#f-amount"))).isEqualByComparingTo(amount);
        for (JsonNode src : s.get("sources")) {
            String row = "tr[data-source='" + src.get("id").asString() + "'] td[data-k='";
            for (String k : new String[] {"read", "matched", "inFindings", "rejected"}) {
                assertThat(shown(row + k + "']")).as(src.get("id") + " " + k).isEqualTo(src.get(k).asString());
            }
            assertThat(shown(row + "amountValid']")).isEqualTo(src.get("amounts").get("valid").asString());
            assertThat(shown(row + "amountInFindings']")).isEqualTo(src.get("amounts").get("inFindings").asString());
            assertThat(browser.eval("document.getElementById('inputs').textContent").asString())
                    .contains(src.get("sha256").asString()).contains(src.get("path").asString());
        }
        assertThat(browser.eval("document.querySelectorAll('#sources .bad').length").asInt()).isZero();
        assertThat(shown("#tool")).isEqualTo(s.get("tool").asString().replace(" ", ""));
    }

    @Test
    void recoveryReportShowsTheNumbersOfSummaryJson() throws Exception {
        checkCommonNumbers("jhatpat-recovery");
        JsonNode f = summary("jhatpat-recovery").get("findings");
        long lost = f.get("MISSING_APPLICATION_RESTORABLE").get("count").asLong()
                + f.get("MISSING_APPLICATION_RECONSTRUCTABLE").get("count").asLong();
        // every lost application is in the chart of weeks: the tooltips add up
        long charted = browser.eval("[...document.querySelectorAll('#chart-weeks g.col title')].map(t => "
                + "t.textContent.match(/(\\d+) restorable, (\\d+) reconstructable/)).reduce((a, m) => a + Number(m[1]) "
                + "+ Number(m[2]), 0)").asLong();
        assertThat(charted).isEqualTo(lost);
    }

    @Test
    void paymentReportShowsTheNumbersAndDaysOfSummaryJson() throws Exception {
        checkCommonNumbers("kota-payments");
        JsonNode s = summary("kota-payments");
        BigDecimal unposted = BigDecimal.ZERO;
        for (JsonNode d : s.get("controlTotals")) {
            String row = "tr[data-day='" + d.get("day").asString() + "'] td[data-k='";
            for (String k : new String[] {"captured", "posted", "unposted", "unmatched", "refunded"}) {
                assertThat(shown(row + k + "']")).as(d.get("day") + " " + k).isEqualTo(d.get(k).asString());
            }
            unposted = unposted.add(new BigDecimal(d.get("unposted").asString()));
        }
        assertThat(new BigDecimal(shown("tr[data-day='total'] td[data-k='unposted']"))).isEqualByComparingTo(unposted);
        assertThat(browser.eval("document.querySelectorAll('#chart-unposted g.col').length").asInt())
                .isEqualTo(s.get("controlTotals").size());
    }

    @Test
    void workbookHasTheCountsOfSummaryJson() throws Exception {
        for (String job : new String[] {"jhatpat-recovery", "kota-payments"}) {
            JsonNode s = summary(job);
            try (InputStream in = Files.newInputStream(tmp.resolve(job).resolve("report.xlsx"));
                 XSSFWorkbook wb = new XSSFWorkbook(in)) {
                XSSFSheet sheet = wb.getSheet("Summary");
                int r = 1;
                for (Map.Entry<String, JsonNode> c : s.get("findings").properties()) {
                    assertThat(sheet.getRow(r).getCell(0).getStringCellValue()).isEqualTo(c.getKey());
                    assertThat((long) sheet.getRow(r).getCell(1).getNumericCellValue())
                            .isEqualTo(c.getValue().get("count").asLong());
                    assertThat(BigDecimal.valueOf(sheet.getRow(r).getCell(2).getNumericCellValue()))
                            .isEqualByComparingTo(c.getValue().get("amount").asString());
                    r++;
                }
                // one sheet per category, after Summary, Sources, (Days,) Run
                int fixed = s.has("controlTotals") ? 4 : 3;
                assertThat(wb.getNumberOfSheets()).isEqualTo(fixed + s.get("findings").size());
                int i = fixed;
                for (Map.Entry<String, JsonNode> c : s.get("findings").properties()) {
                    assertThat((long) wb.getSheetAt(i++).getLastRowNum()).as(c.getKey())
                            .isEqualTo(c.getValue().get("count").asLong());
                }
            }
        }
    }
}
