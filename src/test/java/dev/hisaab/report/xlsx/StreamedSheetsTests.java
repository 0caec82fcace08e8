package dev.hisaab.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.FindingSource;
import dev.hisaab.report.ReportFixtures;
import dev.hisaab.report.RunReport;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streamed category sheets are the sheets fastexcel writes when it is given every row itself. */
class StreamedSheetsTests {

    @TempDir
    Path tmp;

    @Test
    void streamedSheetsEqualFastexcelsOwnByteForByte() throws Exception {
        // given findings with every kind of text fastexcel escapes or drops, empty cells, and more rows than a sheet
        String longText = "x".repeat(40_000);
        List<Finding> findings = new ArrayList<>(XlsxReportWriterTests.findings());
        findings.add(new Finding(Category.ORPHAN_RECEIPT, "R-<&>\"'", 5L, List.of("a.csv:1", "b.csv:2"), "rule\tone",
                "line\nbreak\r\u0001ctl \u007f del \u00e9 \u0928\u092e \ud83d\ude00 \ud800 lone \uffff \ufffe end"));
        findings.add(new Finding(Category.ORPHAN_RECEIPT, "R-long", 12_345_678_901L, List.of(), "r", longText));
        findings.add(new Finding(Category.ORPHAN_RECEIPT, "R-empty", 0L, List.of(""), "", ""));
        findings.add(new Finding(Category.ORPHAN_RECEIPT, "R-neg", -250L, List.of("c.csv:3"), "r", null));
        findings.addAll(ReportFixtures.many(40));
        RunReport report = ReportFixtures.recovery(findings, Map.of("JP260145823", 1_768_200_000L), Map.of());
        int maxRows = 7;

        // when
        Path file = tmp.resolve("report.xlsx");
        new XlsxReportWriter(maxRows).write(report, false, file);

        // then every category sheet is fastexcel's, styles (s="..") included
        Map<String, byte[]> streamed = ZipBytes.entries(Files.readAllBytes(file));
        Map<String, byte[]> reference = ZipBytes.entries(fastexcelAlone(report.categories(), report.findings(),
                report.dates(), maxRows));
        int sheets = 0;
        for (Map.Entry<String, byte[]> e : reference.entrySet()) {
            if (e.getKey().startsWith("xl/worksheets/sheet") && !e.getKey().matches(".*/sheet[123]\\.xml")) {
                assertThat(new String(streamed.get(e.getKey()), StandardCharsets.UTF_8)).as(e.getKey())
                        .isEqualTo(new String(e.getValue(), StandardCharsets.UTF_8));
                sheets++;
            }
        }
        assertThat(sheets).isGreaterThan(report.categories().size());
    }

    /**
     * The workbook as fastexcel writes it given every row: the first three sheets (Summary, Sources, Run) created
     * first and left empty, then the category sheets, continued past {@code maxRows}.
     */
    private static byte[] fastexcelAlone(List<Category> categories, FindingSource source, FindingDates dates,
                                         int maxRows) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbook wb = new Workbook(out, "Hisaab", null);
        wb.newWorksheet("Summary");
        wb.newWorksheet("Sources");
        wb.newWorksheet("Run");
        List<Finding> all;
        try (var s = source.open()) {
            all = s.toList();
        }
        Set<String> names = new HashSet<>();
        for (Category c : categories) {
            List<Finding> of = all.stream().filter(f -> f.category() == c).toList();
            int part = 1;
            SheetWriter w = XlsxReportWriter.categorySheet(wb, XlsxReportWriter.sheetName(c, part, names));
            for (Finding f : of) {
                if (w.rows() >= maxRows) {
                    w.close();
                    w = XlsxReportWriter.categorySheet(wb, XlsxReportWriter.sheetName(c, ++part, names));
                }
                XlsxReportWriter.row(w, f, dates, false);
            }
            w.close();
        }
        wb.finish();
        return out.toByteArray();
    }
}
