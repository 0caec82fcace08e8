package dev.hisaab.report;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.spool.SpoolReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the reports for people (report.html, report.xlsx) show: the run's summary.json exactly as written, every
 * finding in report order, and — for lost applications — when each was submitted (epoch seconds, from the match
 * step's {@code .submitted} work files). Every number a report shows comes from here, so it equals summary.json.
 */
public record RunReport(JsonNode summary, List<Finding> findings, Map<String, Long> submitted, ZoneId zone) {

    /** Suffix of the match step's work files that hold {@code key, epoch seconds} of each lost application. */
    public static final String SUBMITTED = "submitted";

    private static final Pattern ISO_DATE = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    public RunReport {
        findings = List.copyOf(findings);
        submitted = Map.copyOf(submitted);
    }

    /** The report of a finished report step: its summary, findings, and the submission times in {@code work}. */
    public static RunReport of(Summary summary, List<Finding> findings, Path work, String timeZone) throws IOException {
        JsonNode json = JsonMapper.builder().build().valueToTree(summary.json());
        return new RunReport(json, findings, readSubmitted(work), ZoneId.of(timeZone));
    }

    static Map<String, Long> readSubmitted(Path work) throws IOException {
        Map<String, Long> out = new HashMap<>();
        if (!Files.isDirectory(work)) {
            return out;
        }
        try (Stream<Path> files = Files.list(work)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith("." + SUBMITTED)).sorted().toList()) {
                try (SpoolReader in = new SpoolReader(f)) {
                    for (String[] row = in.read(); row != null; row = in.read()) {
                        out.put(row[0], Long.valueOf(row[1]));
                    }
                }
            }
        }
        return out;
    }

    /** True for a payment-reconciliation run (per-day control totals, unposted payments). */
    public boolean payments() {
        return "payment-reconciliation".equals(summary.path("kind").asString(""));
    }

    /** The categories this run reports, in report order (as summary.json lists them). */
    public List<Category> categories() {
        return summary.get("findings").propertyNames().stream().map(Category::valueOf).toList();
    }

    /**
     * The day a finding is about, or null: when a lost application was submitted, otherwise the first ISO date
     * (yyyy-MM-dd) its evidence names (the payment or capture date).
     */
    public LocalDate date(Finding f) {
        if (f.category() == Category.MISSING_APPLICATION_RESTORABLE
                || f.category() == Category.MISSING_APPLICATION_RECONSTRUCTABLE) {
            Long t = submitted.get(f.key());
            if (t != null && t >= 0) {
                return LocalDate.ofInstant(Instant.ofEpochSecond(t), zone);
            }
        }
        Matcher m = ISO_DATE.matcher(f.evidence());
        if (m.find()) {
            try {
                return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3)));
            } catch (java.time.DateTimeException e) {
                return null;
            }
        }
        return null;
    }
}
