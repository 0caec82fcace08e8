package dev.hisaab.report.html;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.FindingDates;
import dev.hisaab.report.PersonalDataMask;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * The findings report.html embeds, written as the JSON rows of its data block while the findings go by — so the step
 * that writes findings.csv also prepares the page, without a pass of its own — to a part file beside the page, which
 * {@link HtmlReportWriter} copies into it. At most {@code cap} findings of each category are kept, the first in the
 * order given (report order). A row is {@code [cat, key, paise|null, refs, rule, evidence, date|null]}, every string
 * escaped for a script element ({@link HtmlText#json}). The part file is removed on {@link #close()}.
 */
public final class HtmlFindingRows implements AutoCloseable {

    private final Path file;
    private final List<Category> categories;
    private final FindingDates dates;
    private final boolean mask;
    private final int cap;
    private final Writer out;
    private final StringBuilder b = new StringBuilder(1 << 16);
    private Category current;
    private int index;
    private long inCategory;
    private long rows;

    HtmlFindingRows(Path file, List<Category> categories, FindingDates dates, boolean mask, int cap)
            throws IOException {
        this.file = file;
        this.categories = List.copyOf(categories);
        this.dates = dates;
        this.mask = mask;
        this.cap = cap;
        this.out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    /**
     * Rows for the page {@code page} (kept in {@code page.rows.part} until it is written), categories in report order
     * as the page lists them, at most {@link HtmlReportWriter#MAX_PER_CATEGORY} of each.
     */
    public static HtmlFindingRows beside(Path page, List<Category> categories, FindingDates dates, boolean mask)
            throws IOException {
        return new HtmlFindingRows(page.resolveSibling(page.getFileName() + ".rows.part"), categories, dates, mask,
                HtmlReportWriter.MAX_PER_CATEGORY);
    }

    /** Takes the next finding (in report order); kept only if its category has fewer than the cap so far. */
    public void add(Finding f) throws IOException {
        if (f.category() != current) {
            current = f.category();
            index = Math.max(0, categories.indexOf(current));
            inCategory = 0;
        }
        if (++inCategory > cap) {
            return;
        }
        b.append(rows++ == 0 ? "[" : ",[").append(index).append(',');
        HtmlText.json(b, f.key()).append(',');
        if (f.amount() == null) {
            b.append("null,");
        } else {
            b.append(f.amount().longValue()).append(',');
        }
        HtmlText.json(b, String.join(" ", f.refs())).append(',');
        HtmlText.json(b, f.rule()).append(',');
        HtmlText.json(b, mask ? PersonalDataMask.mask(f.evidence()) : f.evidence()).append(',');
        LocalDate d = dates.date(f);
        if (d == null) {
            b.append("null]");
        } else {
            b.append('"').append(d).append("\"]");
        }
        if (b.length() > 1 << 15) {
            out.append(b);
            b.setLength(0);
        }
    }

    int cap() {
        return cap;
    }

    List<Category> categories() {
        return categories;
    }

    /** Writes the rows taken so far (UTF-8, comma separated) to {@code to}. */
    void copyTo(OutputStream to) throws IOException {
        out.append(b);
        b.setLength(0);
        out.flush();
        Files.copy(file, to);
    }

    @Override
    public void close() throws IOException {
        try {
            out.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
