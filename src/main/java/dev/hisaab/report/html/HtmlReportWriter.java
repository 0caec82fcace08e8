package dev.hisaab.report.html;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.RunReport;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes report.html: one self-contained page that needs no network (inline style, script and SVG; a Content
 * Security Policy that allows nothing else, and only the page's own script by its hash, so even markup that slipped
 * through could not run). The findings are embedded as JSON — at most {@link #MAX_PER_CATEGORY} of each category, the
 * page says so where it shows fewer than all — and the script shows them a page at a time, so 50,000 findings stay
 * responsive; sorting and filtering work over all that are embedded. Counts and amounts come from summary.json and
 * cover every finding. All text from data is escaped.
 */
public final class HtmlReportWriter {

    /**
     * Findings of one category the page embeds at most, the first in report order. A million findings make a page of
     * hundreds of megabytes that no browser opens comfortably; findings.csv and report.xlsx hold every one, and the
     * page says which categories it shows only in part.
     */
    public static final int MAX_PER_CATEGORY = 20_000;

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    private final int cap;

    public HtmlReportWriter() {
        this(MAX_PER_CATEGORY);
    }

    HtmlReportWriter(int maxPerCategory) {
        this.cap = maxPerCategory;
    }

    /** Writes the page to {@code file} (via {@code file.part}, renamed when complete), reading the findings. */
    public void write(RunReport report, boolean maskPersonalData, Path file) throws IOException {
        try (HtmlFindingRows rows = new HtmlFindingRows(file.resolveSibling(file.getFileName() + ".rows.part"),
                report.categories(), report.dates(), maskPersonalData, cap);
             Stream<Finding> all = report.findings().open()) {
            Iterator<Finding> it = all.iterator();
            while (it.hasNext()) {
                rows.add(it.next());
            }
            write(report, maskPersonalData, file, rows);
        }
    }

    /**
     * Writes the page to {@code file} (via {@code file.part}, renamed when complete; removed if anything fails) with
     * the findings already taken by {@code rows}.
     */
    public void write(RunReport report, boolean maskPersonalData, Path file, HtmlFindingRows rows) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try {
            try (OutputStream bytes = new BufferedOutputStream(Files.newOutputStream(part), 1 << 16);
                 Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
                write(report, maskPersonalData, rows, out, bytes);
            }
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private void write(RunReport report, boolean mask, HtmlFindingRows rows, Writer out, OutputStream bytes)
            throws IOException {
        SummarySections sections = new SummarySections(report, mask);
        String job = report.summary().path("job").asString("");
        out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS) + "'\">"
                + "<meta name=\"generator\" content=\"" + HtmlText.text(report.summary().path("tool").asString(""))
                + "\"><title>Hisaab report: " + HtmlText.text(job) + ", run "
                + HtmlText.text(report.summary().path("run").asString("")) + "</title><style>");
        out.write(CSS);
        out.write("</style></head>\n<body>\n<pre id=\"js-errors\" hidden></pre>\n");
        out.write(sections.header());
        out.write(sections.cards());
        out.write(ReportCharts.html(report));
        out.write(sections.sources());
        out.write(sections.days());
        findingsSection(report, Embedded.of(report, rows.cap()), out);
        out.write(sections.restore());
        out.write(sections.runInfo());
        // the data block: {"cats":[...],"rows":[...]}, the rows as prepared, copied as they are
        StringBuilder cats = new StringBuilder("{\"cats\":[");
        for (int i = 0; i < rows.categories().size(); i++) {
            HtmlText.json(cats.append(i == 0 ? "" : ","), rows.categories().get(i).name());
        }
        out.write("\n<script type=\"application/json\" id=\"findings-data\">");
        out.append(cats).append("],\"rows\":[");
        out.flush();
        rows.copyTo(bytes);
        out.write("]}</script>\n<script>");
        out.write(JS);
        out.write("</script>\n</body></html>\n");
    }

    private static void findingsSection(RunReport report, Embedded embedded, Writer out) throws IOException {
        List<Category> cats = report.categories();
        out.write("<section id=\"findings\"><h2>Findings</h2><p class=\"note\">Each finding names the input lines it "
                + "rests on (<code>file:line</code>), the rule that decided, and what was compared. Click a column "
                + "heading to sort; the search matches key, file:line, rule and evidence. The full chain of one "
                + "finding: <code>hisaab explain &lt;run folder&gt; &lt;key&gt;</code>. findings.csv and report.xlsx "
                + "hold the same rows.</p>");
        if (embedded.capped()) {
            out.write(cappedNote(report, embedded));
        }
        out.write("<div class=\"controls\"><label for=\"f-cat\">category<select id=\"f-cat\">"
                + "<option value=\"\">all categories</option>");
        for (int i = 0; i < cats.size(); i++) {
            out.write("<option value=\"" + i + "\">" + HtmlText.text(cats.get(i).name()) + "</option>");
        }
        out.write("</select></label><label for=\"f-q\">search<input id=\"f-q\" type=\"search\" autocomplete=\"off\" "
                + "placeholder=\"key, file:line, rule or evidence\"></label><label for=\"f-size\">rows per page"
                + "<select id=\"f-size\"><option>25</option><option selected>100</option><option>500</option>"
                + "</select></label></div><p id=\"f-status\" aria-live=\"polite\">Showing <span id=\"f-from\">0</span>"
                + "&ndash;<span id=\"f-to\">0</span> of <span id=\"f-count\">0</span> findings (<span id=\"f-all\">"
                + Rupees.group(embedded.total()) + "</span> "
                + (embedded.capped() ? "on this page, of " + Rupees.group(report.count()) + " in all" : "in all")
                + "); amount of these: &#8377;&#8239;"
                + "<span id=\"f-amount\">0.00</span></p><noscript><p>The table needs JavaScript; findings.csv and "
                + "report.xlsx hold every finding.</p></noscript><table id=\"f-table\"><thead><tr>"
                + "<th data-col=\"0\">category</th><th data-col=\"1\">key</th><th data-col=\"2\" class=\"n\">amount "
                + "(&#8377;)</th><th data-col=\"6\">date</th><th data-col=\"4\">rule</th><th>evidence and the input "
                + "lines it cites</th></tr></thead><tbody id=\"f-body\"></tbody></table><div class=\"pager\">"
                + "<button type=\"button\" id=\"f-first\">&laquo; first</button><button type=\"button\" id=\"f-prev\">"
                + "&lsaquo; previous</button><span id=\"f-page\"></span><button type=\"button\" id=\"f-next\">next "
                + "&rsaquo;</button><button type=\"button\" id=\"f-last\">last &raquo;</button></div><p "
                + "class=\"print-only\">Printed: the page of findings shown on screen; findings.csv holds all."
                + "</p></section>");
    }

    /** Says plainly which categories the page shows only in part, and where all of them are. */
    private static String cappedNote(RunReport report, Embedded embedded) {
        StringBuilder h = new StringBuilder("<p class=\"note\" id=\"f-capped\"><strong>This page holds at most the "
                + "first " + Rupees.group(embedded.cap()) + " findings of each category</strong>, in report order, so it "
                + "stays small enough to open: ");
        String sep = "";
        for (Category c : report.categories()) {
            long all = report.count(c);
            if (all > embedded.cap()) {
                h.append(sep).append("showing the first ").append(Rupees.group(embedded.cap())).append(" of ")
                        .append(Rupees.group(all)).append(' ').append(HtmlText.text(c.name())).append(" findings");
                sep = "; ";
            }
        }
        return h.append(". Sorting, searching and the amount below cover the findings on this page; the counts and "
                + "amounts above cover all of them, and findings.csv and report.xlsx hold every one.</p>").toString();
    }

    /** How many findings the page embeds: at most {@code cap} of each category, the first in report order. */
    record Embedded(int cap, long total, boolean capped) {

        static Embedded of(RunReport report, int cap) {
            long total = 0;
            boolean capped = false;
            for (Category c : report.categories()) {
                long n = report.count(c);
                total += Math.min(n, cap);
                capped |= n > cap;
            }
            return new Embedded(cap, total, capped);
        }
    }

    /** The CSP source expression that allows exactly this inline text. */
    static String sha256(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
