package dev.hisaab.report.xlsx;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.FindingSource;
import dev.hisaab.report.PersonalDataMask;
import dev.hisaab.report.RunReport;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import tools.jackson.databind.JsonNode;

/**
 * Writes report.xlsx, streaming: the category sheets' rows go into the zip as they come, written as fastexcel writes
 * them ({@link StreamedSheets}), and every string is inline (no shared-string table growing with the findings), so a
 * million findings need no more heap than a thousand; fastexcel writes the rest of the workbook. Sheets: {@code Summary} (count and amount per category), {@code Sources}
 * (control totals that tie out), {@code Days} (payment runs: the gateway's per-day totals), {@code Run} (parameters
 * and the SHA-256 of every input), then one sheet per category, continued on further sheets past {@link #MAX_ROWS}.
 * Amounts are numbers with two decimals, dates are dates, headers are frozen, filters are on, text is never a formula.
 *
 * <p>The category sheets need only the findings; the first four need summary.json. So the category sheets are written
 * first and the summary is asked for only then: the report step writes the workbook beside its other outputs and
 * hands the summary over when it has it.
 */
public final class XlsxReportWriter {

    /** Rows per category sheet before a continuation sheet starts (Excel's limit is 1,048,576). */
    static final int MAX_ROWS = 1_000_000;

    private final int maxRows;

    public XlsxReportWriter() {
        this(MAX_ROWS);
    }

    XlsxReportWriter(int maxRows) {
        this.maxRows = maxRows;
    }

    /** summary.json, once it is known; may wait for it, and fails if it never will be. */
    @FunctionalInterface
    public interface PendingSummary {
        JsonNode get() throws Exception;
    }

    /** Writes the workbook of a finished report to {@code file} (via {@code file.part}, renamed when complete). */
    public void write(RunReport report, boolean maskPersonalData, Path file) throws IOException {
        write(report.categories(), report.summary().has("controlTotals"), report.findings(), report.dates(),
                report::summary, maskPersonalData, file);
    }

    /**
     * Writes the workbook to {@code file} (via {@code file.part}, renamed when complete; removed if anything fails):
     * a sheet per category of {@code categories} (in report order, as the findings come) from the findings, then the
     * Summary, Sources, Days (if {@code days}) and Run sheets from the summary, which is asked for only then.
     */
    public void write(List<Category> categories, boolean days, FindingSource findings, FindingDates dates,
                      PendingSummary summary, boolean maskPersonalData, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(part), 1 << 16))) {
                // fastest deflate: sheet XML is repetitive, so level 1 costs ~10 % in size and halves the CPU of
                // compressing hundreds of MB of it for a million findings
                zip.setLevel(Deflater.BEST_SPEED);
                // the category sheets come after Summary, Sources, Days and Run, but are written first, streamed
                StreamedSheets sheets = new StreamedSheets(zip, dates, maskPersonalData, days ? 5 : 4);
                findings(sheets, categories, findings);
                JsonNode s = await(summary);
                sheets.finish(rest(sheets.written(), days, dates, maskPersonalData, s));
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /**
     * The workbook as fastexcel writes it with every category sheet holding only its first row (its filter still over
     * all of them): everything but the streamed rows, with the styles numbered as if they were all there.
     */
    private static byte[] rest(List<StreamedSheets.Written> categorySheets, boolean days, FindingDates dates,
                               boolean mask, JsonNode s) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        Workbook wb = new Workbook(bytes, "Hisaab", null);
        wb.setCompressionLevel(Deflater.NO_COMPRESSION); // read back at once and compressed into report.xlsx
        // created first so they come first in the workbook; written last, as the category sheets were written first
        Worksheet summarySheet = wb.newWorksheet("Summary");
        Worksheet sourcesSheet = wb.newWorksheet("Sources");
        Worksheet daysSheet = days ? wb.newWorksheet("Days") : null;
        Worksheet runSheet = wb.newWorksheet("Run");
        for (StreamedSheets.Written c : categorySheets) {
            SheetWriter w = categorySheet(wb, c.name());
            if (c.first() != null) {
                row(w, c.first(), dates, mask);
            }
            w.close(c.rows());
        }
        summary(summarySheet, s);
        sources(sourcesSheet, s);
        if (daysSheet != null) {
            days(daysSheet, s);
        }
        run(runSheet, s);
        wb.finish();
        return bytes.toByteArray();
    }

    /** One finding as fastexcel writes it (its own rows, and the check of the streamed ones). */
    static void row(SheetWriter w, Finding f, FindingDates dates, boolean mask) throws IOException {
        w.row().text(f.key()).paise(f.amount()).date(dates.date(f)).text(f.rule())
                .text(String.join(" ", f.refs())).text(mask ? PersonalDataMask.mask(f.evidence()) : f.evidence());
    }

    private static JsonNode await(PendingSummary summary) throws IOException {
        try {
            return summary.get();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("report.xlsx: interrupted while waiting for the summary");
        } catch (Exception e) {
            Throwable cause = e instanceof java.util.concurrent.ExecutionException && e.getCause() != null
                    ? e.getCause() : e;
            throw new IOException("report.xlsx not written: the summary is missing (" + cause.getMessage() + ")", cause);
        }
    }

    private static void summary(Worksheet sheet, JsonNode s) throws IOException {
        SheetWriter w = new SheetWriter(sheet, new int[] {40, 12, 18}, "category", "findings",
                "amount (Rs)");
        for (Map.Entry<String, JsonNode> e : s.get("findings").properties()) {
            w.row().text(e.getKey()).count(e.getValue().get("count").asLong())
                    .paise(paise(e.getValue().get("amount").asString()));
        }
        w.close();
    }

    private static void sources(Worksheet sheet, JsonNode s) throws IOException {
        SheetWriter w = new SheetWriter(sheet,
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

    private static void days(Worksheet sheet, JsonNode s) throws IOException {
        SheetWriter w = new SheetWriter(sheet, new int[] {12, 16, 16, 16, 16, 16, 10},
                "day", "captured (Rs)", "posted", "unposted", "unmatched", "refunded", "ties out");
        for (JsonNode d : s.path("controlTotals")) {
            long c = paise(d.get("captured").asString());
            long p = paise(d.get("posted").asString());
            long u = paise(d.get("unposted").asString());
            long x = paise(d.get("unmatched").asString());
            w.row().date(LocalDate.parse(d.get("day").asString())).paise(c).paise(p).paise(u).paise(x)
                    .paise(paise(d.get("refunded").asString())).yesNo(d.path("balanced").asBoolean(false) && c == p + u + x);
        }
        w.close();
    }

    private static void run(Worksheet sheet, JsonNode s) throws IOException {
        SheetWriter w = new SheetWriter(sheet, new int[] {28, 60, 12, 70}, "item", "value",
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

    /** One sheet (and its continuations) per category, in order, from one pass over the findings. */
    private void findings(StreamedSheets sheets, List<Category> categories, FindingSource source) throws IOException {
        Set<String> names = new HashSet<>();
        int next = 0;
        Category current = null;
        boolean open = false;
        int part = 0;
        try (Stream<Finding> all = source.open()) {
            Iterator<Finding> it = all.iterator();
            while (it.hasNext()) {
                Finding f = it.next();
                if (f.category() != current) {
                    int at = categories.indexOf(f.category());
                    if (at < 0) {
                        continue;
                    }
                    if (at < next) {
                        throw new IllegalStateException("findings out of report order at " + f.category() + " "
                                + f.key());
                    }
                    if (open) {
                        sheets.close();
                    }
                    // categories without findings get their (empty) sheet all the same
                    for (; next < at; next++) {
                        sheets.start(sheetName(categories.get(next), 1, names));
                        sheets.close();
                    }
                    next = at + 1;
                    current = f.category();
                    part = 1;
                    sheets.start(sheetName(current, part, names));
                    open = true;
                } else if (sheets.rows() >= maxRows) {
                    sheets.close();
                    sheets.start(sheetName(current, ++part, names));
                }
                sheets.add(f);
            }
        }
        if (open) {
            sheets.close();
        }
        for (; next < categories.size(); next++) {
            sheets.start(sheetName(categories.get(next), 1, names));
            sheets.close();
        }
    }

    static SheetWriter categorySheet(Workbook wb, String name) {
        return new SheetWriter(wb.newWorksheet(name), new int[] {22, 14, 12, 26, 50, 90}, "key", "amount (Rs)",
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
}
