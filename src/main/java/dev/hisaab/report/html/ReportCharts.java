package dev.hisaab.report.html;

import dev.hisaab.finding.Category;
import dev.hisaab.finding.Finding;
import dev.hisaab.report.RunReport;
import java.io.IOException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * The charts of report.html, from the run's data: findings by category (every run); unposted money by day across
 * the whole period (payment runs, from the per-day control totals); lost applications by week of submission
 * (recovery runs, restorable and reconstructable stacked, weeks starting Monday in the job's time zone).
 */
final class ReportCharts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd MMM", Locale.ENGLISH);

    private ReportCharts() {
    }

    static String html(RunReport report) throws IOException {
        StringBuilder h = new StringBuilder("<section id=\"charts\"><h2>Charts</h2><figure id=\"chart-categories\">")
                .append(byCategory(report.summary()))
                .append("<figcaption>Findings by category: bar length is the number of findings; the amount is what "
                        + "they involve.</figcaption></figure>");
        if (report.payments() && report.summary().has("controlTotals")) {
            h.append("<figure id=\"chart-unposted\">").append(unpostedByDay(report.summary()))
                    .append("<figcaption>Money captured by the gateway per day (grey) and the part of it never posted "
                            + "to a bill (red): the outage shows as the red days. Hover a column for its "
                            + "amounts.</figcaption></figure>");
        } else if (!report.payments()) {
            h.append("<figure id=\"chart-weeks\">").append(missingByWeek(report))
                    .append("<figcaption>Lost applications by week of submission (Monday to Sunday): restorable from "
                            + "the snapshot (blue) and reconstructable from payments only (orange). A lost "
                            + "application's week is its snapshot submission time, else its earliest "
                            + "payment.</figcaption></figure>");
        }
        return h.append("</section>").toString();
    }

    static String byCategory(JsonNode summary) {
        List<SvgCharts.Bar> bars = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : summary.get("findings").properties()) {
            long count = e.getValue().get("count").asLong();
            bars.add(new SvgCharts.Bar(e.getKey(), count, Rupees.group(count) + " · \u20B9"
                    + Rupees.of(e.getValue().get("amount").asString("0.00"))));
        }
        return SvgCharts.bars("Findings by category", bars);
    }

    static String unpostedByDay(JsonNode summary) {
        List<SvgCharts.Column> cols = new ArrayList<>();
        for (JsonNode d : summary.get("controlTotals")) {
            long captured = Rupees.paise(d.get("captured").asString());
            long unposted = Rupees.paise(d.get("unposted").asString());
            LocalDate day = LocalDate.parse(d.get("day").asString());
            cols.add(new SvgCharts.Column(DAY.format(day), new long[] {unposted, Math.max(0, captured - unposted)},
                    day + ": captured \u20B9" + Rupees.of(captured) + ", unposted \u20B9" + Rupees.of(unposted)));
        }
        return SvgCharts.columns("Unposted amount by day",
                List.of(new SvgCharts.Series("unposted", "s2"), new SvgCharts.Series("posted or no bill", "s9")),
                cols, v -> "\u20B9" + Rupees.group(v / 100));
    }

    static String missingByWeek(RunReport report) throws IOException {
        TreeMap<LocalDate, long[]> weeks = new TreeMap<>();
        long unknown = 0;
        // findings come in report order, where the lost applications come first: read no further than them
        try (Stream<Finding> all = report.findings().open()) {
            Iterator<Finding> lost = all.takeWhile(f -> f.category().compareTo(Category.MISSING_APPLICATION_RECONSTRUCTABLE) <= 0)
                    .iterator();
            while (lost.hasNext()) {
                Finding f = lost.next();
                int series = f.category() == Category.MISSING_APPLICATION_RESTORABLE ? 0 : 1;
                Long t = report.submitted().get(f.key());
                if (t == null || t < 0) {
                    unknown++;
                    continue;
                }
                LocalDate monday = LocalDate.ofInstant(Instant.ofEpochSecond(t), report.zone())
                        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                weeks.computeIfAbsent(monday, w -> new long[2])[series]++;
            }
        }
        List<SvgCharts.Column> cols = new ArrayList<>();
        if (!weeks.isEmpty()) {
            for (LocalDate w = weeks.firstKey(); !w.isAfter(weeks.lastKey()); w = w.plusWeeks(1)) {
                long[] v = weeks.getOrDefault(w, new long[2]);
                cols.add(new SvgCharts.Column(DAY.format(w), v, "week of " + w + ": " + v[0] + " restorable, " + v[1]
                        + " reconstructable"));
            }
        }
        String svg = SvgCharts.columns("Lost applications by week of submission",
                List.of(new SvgCharts.Series("restorable", "s0"), new SvgCharts.Series("reconstructable", "s1")),
                cols, Long::toString);
        return unknown == 0 ? svg : svg + "<p class=\"note\">" + unknown + " lost applications have no known "
                + "submission time and are not in the chart.</p>";
    }
}
