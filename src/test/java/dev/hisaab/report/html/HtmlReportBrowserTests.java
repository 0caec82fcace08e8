package dev.hisaab.report.html;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Finding;
import dev.hisaab.report.ReportFixtures;
import dev.hisaab.report.RunReport;
import dev.hisaab.support.HeadlessChromium;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** report.html in a real headless Chromium: no script errors, nothing injected, every finding reachable. */
class HtmlReportBrowserTests {

    static HeadlessChromium browser;

    @TempDir
    Path tmp;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    private Path write(RunReport report, String name) throws Exception {
        Path file = tmp.resolve(name);
        new HtmlReportWriter().write(report, false, file);
        return file;
    }

    @Test
    void hostileDataIsShownAsTextAndRunsNothing() throws Exception {
        Path file = write(HtmlReportWriterTests.hostile(), "hostile.html");
        int before = browser.errors().size();

        browser.open(file);

        assertThat(browser.errors().subList(before, browser.errors().size())).isEmpty();
        assertThat(browser.eval("document.body.getAttribute('data-ready')").asString()).isEqualTo("true");
        assertThat(browser.eval("document.body.hasAttribute('data-pwned')").asBoolean()).isFalse();
        assertThat(browser.eval("typeof window.__pwned").asString()).isEqualTo("undefined");
        assertThat(browser.eval("document.querySelectorAll('img, b, iframe').length").asInt()).isZero();
        assertThat(browser.eval("document.scripts.length").asInt()).isEqualTo(2);
        // the hostile key is in the table, character for character
        assertThat(browser.eval("[...document.querySelectorAll('#f-body td.key')].map(td => td.textContent)"))
                .anySatisfy(k -> assertThat(k.asString()).isEqualTo("JP1<b>" + ReportFixtures.HOSTILE));
        assertThat(browser.eval("document.querySelector('#run table.kv').textContent").asString())
                .contains("--set matching.fee" + ReportFixtures.HOSTILE);
    }

    @Test
    void fiftyThousandFindingsArePagedSortedAndFilteredOverAllOfThem() throws Exception {
        List<Finding> findings = ReportFixtures.many(50_000);
        long total = findings.stream().mapToLong(f -> f.amount() == null ? 0 : f.amount()).sum();
        Path file = write(ReportFixtures.recovery(findings, Map.of(), Map.of()), "big.html");
        int before = browser.errors().size();

        long start = System.nanoTime();
        browser.open(file);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(browser.errors().subList(before, browser.errors().size())).isEmpty();
        assertThat(millis).as("load time of 50,000 findings").isLessThan(30_000);
        assertThat(text("f-all")).isEqualTo("50,000");
        assertThat(text("f-count")).isEqualTo("50,000");
        assertThat(text("f-amount")).isEqualTo(Rupees.of(total));
        assertThat(rows()).isEqualTo(100);

        // last page
        browser.eval("document.getElementById('f-last').click()");
        assertThat(text("f-to")).isEqualTo("50,000");
        assertThat(text("f-page")).isEqualTo("page 500 of 500");

        // sort by amount, descending: the largest amount first
        browser.eval("document.querySelector('th[data-col=\"2\"]').click()");
        browser.eval("document.querySelector('th[data-col=\"2\"]').click()");
        assertThat(browser.eval("document.querySelector('th[data-col=\"2\"]').getAttribute('aria-sort')").asString())
                .isEqualTo("descending");
        assertThat(browser.eval("document.querySelector('#f-body tr td.n').textContent").asString())
                .isEqualTo("997.00");

        // filter by category (the 7th of a recovery run), then by text
        browser.eval("const s = document.getElementById('f-cat'); s.value = '6'; s.dispatchEvent(new Event('change'))");
        long rejected = findings.stream().filter(f -> f.category() == dev.hisaab.finding.Category.REJECTED_LINE).count();
        assertThat(text("f-count")).isEqualTo(Rupees.group(rejected));
        browser.eval("const q = document.getElementById('f-q'); q.value = 'K0049993'; "
                + "q.dispatchEvent(new Event('input'))");
        browser.eval("new Promise(r => setTimeout(r, 400))");
        assertThat(text("f-count")).isEqualTo("1");
        assertThat(browser.eval("document.querySelector('#f-body td.key').textContent").asString()).isEqualTo("K0049993");
        assertThat(browser.eval("[...document.querySelectorAll('#f-body ul.refs li')].map(li => li.textContent).join(' ')")
                .asString()).isEqualTo("receipts.csv:49995 gateway.csv:49998");
    }

    @Test
    void dumpedDomHasTheRenderedTableAndNoScriptError() throws Exception {
        Path file = write(ReportFixtures.recovery(ReportFixtures.many(250), Map.of(), Map.of()), "dump.html");

        String dom = HeadlessChromium.dumpDom(file);

        assertThat(dom).contains("data-ready=\"true\"").doesNotContain("data-js-errors=\"");
        assertThat(dom).contains("<span id=\"f-count\">250</span>").contains("<span id=\"f-to\">100</span>");
    }

    private static String text(String id) {
        return browser.eval("document.getElementById('" + id + "').textContent").asString();
    }

    private static int rows() {
        return browser.eval("document.querySelectorAll('#f-body tr').length").asInt();
    }
}
