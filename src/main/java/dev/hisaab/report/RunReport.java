package dev.hisaab.report;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reports for people (report.html, report.xlsx) show: the run's summary.json exactly as written, every
 * finding in report order (read afresh for each pass, never all held), and the day each finding is about. Every
 * number a report shows comes from the summary, so it equals summary.json.
 */
public record RunReport(JsonNode summary, FindingSource findings, FindingDates dates) {

    /** Suffix of the match step's work files that hold {@code key, epoch seconds} of each lost application. */
    public static final String SUBMITTED = FindingDates.SUBMITTED;

    /** A report of findings held in memory (put in report order), with the submission times given. */
    public RunReport(JsonNode summary, List<Finding> findings, Map<String, Long> submitted, ZoneId zone) {
        this(summary, FindingSource.of(findings), new FindingDates(submitted, zone));
    }

    /** The report of a finished report step: its summary, findings, and the submission times in {@code work}. */
    public static RunReport of(Summary summary, FindingSource findings, FindingDates dates) {
        return new RunReport(json(summary), findings, dates);
    }

    /** summary.json as the reports read it. */
    public static JsonNode json(Summary summary) {
        return JsonMapper.builder().build().valueToTree(summary.json());
    }

    /** True for a payment-reconciliation run (per-day control totals, unposted payments). */
    public boolean payments() {
        return "payment-reconciliation".equals(summary.path("kind").asString(""));
    }

    /** The categories this run reports, in report order (as summary.json lists them). */
    public List<Category> categories() {
        return categories(summary);
    }

    /** The categories a summary.json reports, in report order. */
    public static List<Category> categories(JsonNode summary) {
        return summary.get("findings").propertyNames().stream().map(Category::valueOf).toList();
    }

    /** The number of findings of a category, as summary.json counts them (all of them, whatever a page shows). */
    public long count(Category c) {
        return summary.path("findings").path(c.name()).path("count").asLong(0);
    }

    /** The number of findings of every category, as summary.json counts them. */
    public long count() {
        long n = 0;
        for (Category c : categories()) {
            n += count(c);
        }
        return n;
    }

    /** The day a finding is about, or null (see {@link FindingDates}). */
    public LocalDate date(Finding f) {
        return dates.date(f);
    }

    /** Submission time (epoch seconds) of each lost application. */
    public Map<String, Long> submitted() {
        return dates.submitted();
    }

    public ZoneId zone() {
        return dates.zone();
    }
}
