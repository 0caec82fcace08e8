package dev.hisaab.report.html;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.PersonalDataMask;
import dev.hisaab.report.RunReport;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes report.html: one self-contained page that needs no network (inline style, script and SVG; a Content
 * Security Policy that allows nothing else, and only the page's own script by its hash, so even markup that slipped
 * through could not run). Every finding is embedded as JSON and the script shows them a page at a time, so 50,000
 * findings stay responsive; sorting and filtering work over all of them. All text from data is escaped.
 */
public final class HtmlReportWriter {

    private static final String CSS = resource("report.css");
    private static final String JS = resource("report.js");

    /** Writes the page to {@code file} (via {@code file.part}, renamed when complete). */
    public void write(RunReport report, boolean maskPersonalData, Path file) throws IOException {
        Path part = file.resolveSibling(file.getFileName() + ".part");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(part, StandardCharsets.UTF_8), 1 << 16)) {
            write(report, maskPersonalData, out);
        }
        Files.move(part, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    void write(RunReport report, boolean mask, Writer out) throws IOException {
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
        findingsSection(report, out);
        out.write(sections.restore());
        out.write(sections.runInfo());
        out.write("\n<script type=\"application/json\" id=\"findings-data\">");
        data(report, mask, out);
        out.write("</script>\n<script>");
        out.write(JS);
        out.write("</script>\n</body></html>\n");
    }

    private static void findingsSection(RunReport report, Writer out) throws IOException {
        List<Category> cats = report.categories();
        out.write("<section id=\"findings\"><h2>Findings</h2><p class=\"note\">Each finding names the input lines it "
                + "rests on (<code>file:line</code>), the rule that decided, and what was compared. Click a column "
                + "heading to sort; the search matches key, file:line, rule and evidence. The full chain of one "
                + "finding: <code>hisaab explain &lt;run folder&gt; &lt;key&gt;</code>. findings.csv and report.xlsx "
                + "hold the same rows.</p><div class=\"controls\"><label for=\"f-cat\">category<select id=\"f-cat\">"
                + "<option value=\"\">all categories</option>");
        for (int i = 0; i < cats.size(); i++) {
            out.write("<option value=\"" + i + "\">" + HtmlText.text(cats.get(i).name()) + "</option>");
        }
        out.write("</select></label><label for=\"f-q\">search<input id=\"f-q\" type=\"search\" autocomplete=\"off\" "
                + "placeholder=\"key, file:line, rule or evidence\"></label><label for=\"f-size\">rows per page"
                + "<select id=\"f-size\"><option>25</option><option selected>100</option><option>500</option>"
                + "</select></label></div><p id=\"f-status\" aria-live=\"polite\">Showing <span id=\"f-from\">0</span>"
                + "&ndash;<span id=\"f-to\">0</span> of <span id=\"f-count\">0</span> findings (<span id=\"f-all\">"
                + Rupees.group(report.findings().size()) + "</span> in all); amount of these: &#8377;&#8239;"
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

    /** The findings as JSON: {@code {"cats":[...],"rows":[[cat, key, paise|null, refs, rule, evidence, date|null]]}}. */
    private static void data(RunReport report, boolean mask, Writer out) {
        List<Category> cats = report.categories();
        try (JsonGenerator g = JsonMapper.builder().build().createGenerator(new HtmlText.ScriptSafe(out))) {
            g.writeStartObject();
            g.writeName("cats");
            g.writeStartArray();
            for (Category c : cats) {
                g.writeString(c.name());
            }
            g.writeEndArray();
            g.writeName("rows");
            g.writeStartArray();
            for (Finding f : report.findings()) {
                g.writeStartArray();
                g.writeNumber(Math.max(0, cats.indexOf(f.category())));
                g.writeString(f.key());
                if (f.amount() == null) {
                    g.writeNull();
                } else {
                    g.writeNumber(f.amount());
                }
                g.writeString(String.join(" ", f.refs()));
                g.writeString(f.rule());
                g.writeString(mask ? PersonalDataMask.mask(f.evidence()) : f.evidence());
                LocalDate d = report.date(f);
                if (d == null) {
                    g.writeNull();
                } else {
                    g.writeString(d.toString());
                }
                g.writeEndArray();
            }
            g.writeEndArray();
            g.writeEndObject();
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
