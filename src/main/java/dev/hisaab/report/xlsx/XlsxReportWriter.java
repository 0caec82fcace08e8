package dev.hisaab.report.xlsx;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.PersonalDataMask;
import dev.hisaab.report.RunReport;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import tools.jackson.databind.JsonNode;

/**
 * Writes report.xlsx with POI's streaming workbook (SXSSF): only a window of rows is in memory, the rest goes to a
 * compressed temporary file, so a million findings do not need a million rows of heap. Sheets: {@code Summary}
 * (count and amount per category), {@code Sources} (control totals that tie out), {@code Days} (payment runs: the
 * gateway's per-day totals), {@code Run} (parameters and the SHA-256 of every input), then one sheet per category.
 * Amounts are numbers with two decimals, dates are dates, headers are frozen, filters are on, text is never a formula.
 */
public final class XlsxReportWriter {

    /** Rows per category sheet before a continuation sheet starts (Excel's limit is 1,048,576). */
    static final int MAX_ROWS = 1_000_000;

    private static final int WINDOW = 200;

    private final int maxRows;

    public XlsxReportWriter() {
        this(MAX_ROWS);
    }

    XlsxReportWriter(int maxRows) {
        this.maxRows = maxRows;
    }

    /** Writes the workbook to {@code file} (via {@code file.part}, renamed when complete). */
    public void write(RunReport report, boolean maskPersonalData, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        wb.setCompressTempFiles(true);
        try {
            SheetWriter.Styles styles = styles(wb);
            JsonNode s = report.summary();
            summary(wb, styles, s);
            sources(wb, styles, s);
            if (s.has("controlTotals")) {
                days(wb, styles, s);
            }
            run(wb, styles, s);
            findings(wb, styles, report, maskPersonalData);
            try (OutputStream out = Files.newOutputStream(part)) {
                wb.write(out);
            }
        } finally {
            wb.dispose();
            wb.close();
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void summary(SXSSFWorkbook wb, SheetWriter.Styles st, JsonNode s) {
        SheetWriter w = new SheetWriter(wb.createSheet("Summary"), st, new int[] {40, 12, 18}, "category", "findings",
                "amount (Rs)");
        for (Map.Entry<String, JsonNode> e : s.get("findings").properties()) {
            w.row().text(e.getKey()).count(e.getValue().get("count").asLong())
                    .paise(paise(e.getValue().get("amount").asString()));
        }
        w.close();
    }

    private static void sources(SXSSFWorkbook wb, SheetWriter.Styles st, JsonNode s) {
        SheetWriter w = new SheetWriter(wb.createSheet("Sources"), st,
                new int[] {22, 12, 10, 10, 12, 10, 14, 16, 16, 16, 16, 16},
                "source", "role", "read", "matched", "in findings", "rejected", "rows tie out", "amount valid (Rs)",
                "amount matched", "amount in findings", "amount rejected", "amounts tie out");
        for (JsonNode src : s.get("sources")) {
            long read = src.get("read").asLong();
            long m = src.get("matched").asLong();
            long f = src.get("inFindings").asLong();
            long r = src.get("rejected").asLong();
            JsonNode a = src.get("amounts");
            long valid = paise(a.get("valid").asString());
            long am = paise(a.get("matched").asString());
            long af = paise(a.get("inFindings").asString());
            long ar = paise(a.get("rejected").asString());
            w.row().text(src.get("id").asString()).text(src.get("role").asString()).count(read).count(m).count(f)
                    .count(r).yesNo(read == m + f + r).paise(valid).paise(am).paise(af).paise(ar)
                    .yesNo(valid == am + af + ar);
        }
        w.close();
    }

    private static void days(SXSSFWorkbook wb, SheetWriter.Styles st, JsonNode s) {
        SheetWriter w = new SheetWriter(wb.createSheet("Days"), st, new int[] {12, 16, 16, 16, 16, 16, 10},
                "day", "captured (Rs)", "posted", "unposted", "unmatched", "refunded", "ties out");
        for (JsonNode d : s.get("controlTotals")) {
            long c = paise(d.get("captured").asString());
            long p = paise(d.get("posted").asString());
            long u = paise(d.get("unposted").asString());
            long x = paise(d.get("unmatched").asString());
            w.row().date(LocalDate.parse(d.get("day").asString())).paise(c).paise(p).paise(u).paise(x)
                    .paise(paise(d.get("refunded").asString())).yesNo(d.path("balanced").asBoolean(false) && c == p + u + x);
        }
        w.close();
    }

    private static void run(SXSSFWorkbook wb, SheetWriter.Styles st, JsonNode s) {
        SheetWriter w = new SheetWriter(wb.createSheet("Run"), st, new int[] {28, 60, 12, 70}, "item", "value",
                "bytes", "SHA-256");
        w.row().text("job").text(s.path("job").asString(""));
        w.row().text("kind").text(s.path("kind").asString(""));
        w.row().text("run id").count(s.path("run").asLong(0));
        w.row().text("tool version").text(s.path("tool").asString(""));
        w.row().text("job file").text(s.path("jobFile").asString("")).text(null).text(s.path("jobFileSha256").asString(""));
        w.row().text("time zone").text(s.path("timeZone").asString(""));
        for (Map.Entry<String, JsonNode> e : s.path("parameters").properties()) {
            w.row().text("--set " + e.getKey()).text(e.getValue().asString(""));
        }
        w.row().text("restore statements").count(s.path("restore").path("rows").asLong(0));
        for (JsonNode src : s.get("sources")) {
            w.row().text("input " + src.get("id").asString()).text(src.path("path").asString(""))
                    .count(src.path("bytes").asLong(0)).text(src.path("sha256").asString(""));
        }
        w.close();
    }

    private void findings(SXSSFWorkbook wb, SheetWriter.Styles st, RunReport report, boolean mask) {
        Set<String> names = new HashSet<>();
        for (Category c : report.categories()) {
            SheetWriter w = null;
            int part = 1;
            for (Finding f : report.findings()) {
                if (f.category() != c) {
                    continue;
                }
                if (w == null || w.rows() >= maxRows) {
                    if (w != null) {
                        w.close();
                    }
                    w = categorySheet(wb, st, sheetName(c, part++, names));
                }
                w.row().text(f.key()).paise(f.amount()).date(report.date(f)).text(f.rule())
                        .text(String.join(" ", f.refs())).text(mask ? PersonalDataMask.mask(f.evidence()) : f.evidence());
            }
            if (w == null) {
                w = categorySheet(wb, st, sheetName(c, 1, names));
            }
            w.close();
        }
    }

    private static SheetWriter categorySheet(SXSSFWorkbook wb, SheetWriter.Styles st, String name) {
        return new SheetWriter(wb.createSheet(name), st, new int[] {22, 14, 12, 26, 50, 90}, "key", "amount (Rs)",
                "date", "rule", "evidence (file:line)", "evidence");
    }

    /** A sheet name Excel accepts (at most 31 characters), unique in the workbook. */
    static String sheetName(Category c, int part, Set<String> taken) {
        String base = c.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        if (base.length() > 31) {
            base = base.replace("application", "app");
        }
        String suffix = part == 1 ? "" : " (" + part + ")";
        String name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        while (!taken.add(name.toLowerCase(Locale.ROOT))) {
            name = name.substring(0, Math.min(name.length(), 29)) + "~" + taken.size() % 10;
        }
        return name;
    }

    private static long paise(String rupees) {
        return new BigDecimal(rupees).movePointRight(2).longValueExact();
    }

    private static SheetWriter.Styles styles(SXSSFWorkbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        CellStyle header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle count = wb.createCellStyle();
        count.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
        CellStyle amount = wb.createCellStyle();
        amount.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
        Font red = wb.createFont();
        red.setBold(true);
        red.setColor(IndexedColors.RED.getIndex());
        CellStyle alarm = wb.createCellStyle();
        alarm.setFont(red);
        return new SheetWriter.Styles(header, count, amount, date, alarm);
    }
}
