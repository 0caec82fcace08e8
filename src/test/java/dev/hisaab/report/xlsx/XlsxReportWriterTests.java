package dev.hisaab.report.xlsx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hisaab.definition.JobKind;
import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.FindingSource;
import dev.hisaab.report.ReportFixtures;
import dev.hisaab.report.RunReport;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XlsxReportWriterTests {

    @TempDir
    Path tmp;

    private XSSFWorkbook write(RunReport report, XlsxReportWriter writer, boolean mask) throws Exception {
        Path file = tmp.resolve("report.xlsx");
        writer.write(report, mask, file);
        assertThat(tmp.resolve("report.xlsx.part")).doesNotExist();
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    static List<Finding> findings() {
        return List.of(
                new Finding(Category.MISSING_APPLICATION_RECONSTRUCTABLE, "JP260145823", 10000L,
                        List.of("gateway.csv:770", "receipts-portal.csv:736"), "evidence-only:exact",
                        "in neither database; 1 payment on 2026-01-12"),
                new Finding(Category.ORPHAN_RECEIPT, "=HYPERLINK(\"http://evil\",\"x\")", 12345L, List.of("r.csv:4"),
                        "+cmd|' /C calc'!A0", "@SUM(1+1) mobile 9876543210"),
                new Finding(Category.REJECTED_LINE, "r.csv:9", null, List.of("r.csv:9"), "rejected", "-2+3"));
    }

    @Test
    void writesTypedCellsFrozenHeadersAndFilters() throws Exception {
        RunReport report = ReportFixtures.recovery(findings(), Map.of("JP260145823", 1_768_200_000L), Map.of());

        try (XSSFWorkbook wb = write(report, new XlsxReportWriter(), false)) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).startsWith("Summary", "Sources", "Run").contains("missing app reconstructable",
                    "orphan receipt", "rejected line");
            names.forEach(n -> assertThat(n.length()).isLessThanOrEqualTo(31));
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                XSSFSheet s = wb.getSheetAt(i);
                assertThat(s.getPaneInformation().isFreezePane()).as(s.getSheetName()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
                assertThat(s.getCTWorksheet().isSetAutoFilter()).as(s.getSheetName()).isTrue();
            }

            XSSFSheet summary = wb.getSheet("Summary");
            XSSFRow orphan = summary.getRow(3);
            assertThat(orphan.getCell(0).getStringCellValue()).isEqualTo("ORPHAN_RECEIPT");
            assertThat(orphan.getCell(1).getNumericCellValue()).isEqualTo(1.0);
            assertThat(orphan.getCell(2).getNumericCellValue()).isEqualTo(123.45);
            assertThat(orphan.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");

            XSSFRow lost = wb.getSheet("missing app reconstructable").getRow(1);
            assertThat(lost.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(lost.getCell(1).getNumericCellValue()).isEqualTo(100.00);
            assertThat(DateUtil.isCellDateFormatted(lost.getCell(2))).isTrue();
            assertThat(lost.getCell(2).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 1, 12));

            XSSFRow rejected = wb.getSheet("rejected line").getRow(1);
            assertThat(rejected.getCell(1).getCellType()).isEqualTo(CellType.BLANK);
        }
    }

    @Test
    void textThatLooksLikeAFormulaStaysText() throws Exception {
        try (XSSFWorkbook wb = write(ReportFixtures.recovery(findings(), Map.of(), Map.of()), new XlsxReportWriter(),
                false)) {
            for (int i = 0; i < wb.getNumberOfSheets(); i++) {
                for (org.apache.poi.ss.usermodel.Row row : wb.getSheetAt(i)) {
                    for (org.apache.poi.ss.usermodel.Cell cell : row) {
                        assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                    }
                }
            }
            XSSFRow row = wb.getSheet("orphan receipt").getRow(1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("+cmd|' /C calc'!A0");
            XSSFCell evidence = row.getCell(5);
            assertThat(evidence.getCellType()).isEqualTo(CellType.STRING);
            assertThat(evidence.getStringCellValue()).isEqualTo("@SUM(1+1) mobile 9876543210");
        }
    }

    @Test
    void masksPersonalDataWhenAsked() throws Exception {
        try (XSSFWorkbook wb = write(ReportFixtures.recovery(findings(), Map.of(), Map.of()), new XlsxReportWriter(),
                true)) {
            assertThat(wb.getSheet("orphan receipt").getRow(1).getCell(5).getStringCellValue())
                    .isEqualTo("@SUM(1+1) mobile 98XXXXXX10");
        }
    }

    @Test
    void splitsACategoryLargerThanASheetAcrossContinuationSheets() throws Exception {
        List<Finding> many = ReportFixtures.many(70);
        try (XSSFWorkbook wb = write(ReportFixtures.recovery(many, Map.of(), Map.of()), new XlsxReportWriter(4), false)) {
            long orphans = many.stream().filter(f -> f.category() == Category.ORPHAN_RECEIPT).count();
            int rows = 0;
            for (String name : List.of("orphan receipt", "orphan receipt (2)", "orphan receipt (3)")) {
                XSSFSheet s = wb.getSheet(name);
                assertThat(s).as(name).isNotNull();
                rows += s.getLastRowNum();
            }
            assertThat(rows).isEqualTo(orphans);
        }
    }

    @Test
    void paymentRunsGetTheirDaysWithRealDates() throws Exception {
        Map<String, long[]> days = new LinkedHashMap<>();
        days.put("2026-02-01", new long[] {500_00, 300_00, 150_00, 50_00, 0});
        days.put("2026-02-02", new long[] {100_00, 100_00, 0, 0, 20_00});
        try (XSSFWorkbook wb = write(ReportFixtures.payments(List.of(), days), new XlsxReportWriter(), false)) {
            XSSFSheet s = wb.getSheet("Days");
            assertThat(s.getRow(1).getCell(0).getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 2, 1));
            assertThat(s.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(150.0);
            assertThat(s.getRow(2).getCell(6).getStringCellValue()).isEqualTo("yes");
            assertThat(wb.getSheet("unposted payment")).isNotNull();
        }
    }

    @Test
    void aSummaryThatNeverComesFailsTheWorkbookAndLeavesNoFile() {
        Path file = tmp.resolve("report.xlsx");

        assertThatThrownBy(() -> new XlsxReportWriter().write(Category.of(JobKind.APPLICATION_RECOVERY), false,
                FindingSource.of(findings()), new FindingDates(Map.of(), ZoneId.of("Asia/Kolkata")), () -> {
                    throw new ExecutionException(new IllegalStateException("restore.sql: disk full"));
                }, false, file)).hasMessageContaining("restore.sql: disk full");

        assertThat(file).doesNotExist();
        assertThat(tmp.resolve("report.xlsx.part")).doesNotExist();
    }

    @Test
    void keepsFewRowsInMemoryWhateverTheNumberOfFindings() throws Exception {
        // more rows than are held between flushes, in one category, all read back
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < SheetWriter.FLUSH_EVERY * 3 + 5; i++) {
            many.add(new Finding(Category.ORPHAN_RECEIPT, String.format("R%06d", i), i % 7 == 0 ? null : 100L + i,
                    List.of("r.csv:" + i), "rule", "on 2026-01-" + String.format("%02d", i % 28 + 1)));
        }
        try (XSSFWorkbook wb = write(ReportFixtures.recovery(many, Map.of(), Map.of()), new XlsxReportWriter(), false)) {
            XSSFSheet s = wb.getSheet("orphan receipt");
            assertThat(s.getLastRowNum()).isEqualTo(many.size());
            for (int r = 1; r <= many.size(); r++) {
                Finding f = many.get(r - 1);
                assertThat(s.getRow(r).getCell(0).getStringCellValue()).isEqualTo(f.key());
                assertThat(s.getRow(r).getCell(1).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
                assertThat(DateUtil.isCellDateFormatted(s.getRow(r).getCell(2))).isTrue();
            }
            assertThat(s.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:F" + (many.size() + 1));
        }
    }

    @Test
    void sheetNamesFitExcelsLimitAndStayUnique() {
        var taken = new HashSet<String>();
        for (Category c : Category.values()) {
            String name = XlsxReportWriter.sheetName(c, 1, taken);
            assertThat(name.length()).isLessThanOrEqualTo(31);
        }
        assertThat(XlsxReportWriter.sheetName(Category.MISSING_APPLICATION_RECONSTRUCTABLE, 2, taken))
                .isEqualTo("missing app reconstructable (2)");
    }
}
