package dev.hisaab.report.html;

import java.util.List;
import java.util.function.LongFunction;

/**
 * Charts drawn as inline SVG on the server, so the page needs no charting script and prints as it shows: horizontal
 * bars (one per label) and stacked columns (one per day or week, several series). Every label is escaped.
 */
final class SvgCharts {

    /** One horizontal bar: its label, the value that sets its length, and the text printed after it. */
    record Bar(String label, long value, String note) {
    }

    /** One column: its label (under the axis), its series values bottom to top, and its tooltip. */
    record Column(String label, long[] values, String tooltip) {
    }

    /** A series of a column chart: name (legend) and CSS class (colour). */
    record Series(String name, String cssClass) {
    }

    private SvgCharts() {
    }

    static String bars(String title, List<Bar> bars) {
        int labelWidth = 300;
        int barMax = 300;
        int row = 26;
        int width = labelWidth + barMax + 230;
        int height = Math.max(1, bars.size()) * row + 10;
        long max = Math.max(1, bars.stream().mapToLong(Bar::value).max().orElse(1));
        StringBuilder svg = open(title, width, height);
        int y = 5;
        for (Bar b : bars) {
            long w = b.value() == 0 ? 0 : Math.max(2, b.value() * barMax / max);
            svg.append("<g class=\"bar\"><title>").append(HtmlText.text(b.label() + ": " + b.note())).append("</title>")
                    .append("<text x=\"").append(labelWidth - 8).append("\" y=\"").append(y + 17)
                    .append("\" text-anchor=\"end\" class=\"label\">").append(HtmlText.text(b.label())).append("</text>")
                    .append("<rect x=\"").append(labelWidth).append("\" y=\"").append(y + 4).append("\" width=\"")
                    .append(w).append("\" height=\"").append(row - 8).append("\" class=\"s0\"/>")
                    .append("<text x=\"").append(labelWidth + w + 6).append("\" y=\"").append(y + 17)
                    .append("\" class=\"value\">").append(HtmlText.text(b.note())).append("</text></g>");
            y += row;
        }
        return svg.append("</svg>").toString();
    }

    /** Stacked columns; {@code axis} formats a value for the y axis (e.g. paise as rupees). */
    static String columns(String title, List<Series> series, List<Column> columns, LongFunction<String> axis) {
        int left = 90;
        int top = 30;
        int plotHeight = 220;
        int n = Math.max(1, columns.size());
        int step = Math.max(6, Math.min(40, 900 / n));
        int width = left + n * step + 20;
        int height = top + plotHeight + 40;
        long max = 1;
        for (Column c : columns) {
            long sum = 0;
            for (long v : c.values()) {
                sum += v;
            }
            max = Math.max(max, sum);
        }
        long tick = niceCeiling((max + 3) / 4);
        long niceMax = tick * 4;
        StringBuilder svg = open(title, width, height);
        int lx = left;
        for (int s = 0; s < series.size(); s++) {
            svg.append("<rect x=\"").append(lx).append("\" y=\"6\" width=\"12\" height=\"12\" class=\"")
                    .append(series.get(s).cssClass()).append("\"/><text x=\"").append(lx + 16)
                    .append("\" y=\"16\" class=\"label\">").append(HtmlText.text(series.get(s).name())).append("</text>");
            lx += 30 + series.get(s).name().length() * 7;
        }
        for (int g = 0; g <= 4; g++) {
            long v = tick * g;
            int y = top + plotHeight - (int) (plotHeight * g / 4);
            svg.append("<line x1=\"").append(left).append("\" x2=\"").append(width - 10).append("\" y1=\"").append(y)
                    .append("\" y2=\"").append(y).append("\" class=\"grid\"/><text x=\"").append(left - 6)
                    .append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" class=\"axis\">")
                    .append(HtmlText.text(axis.apply(v))).append("</text>");
        }
        int every = Math.max(1, (int) Math.ceil(70.0 / step));
        for (int i = 0; i < columns.size(); i++) {
            Column c = columns.get(i);
            int x = left + i * step;
            int base = top + plotHeight;
            svg.append("<g class=\"col\"><title>").append(HtmlText.text(c.tooltip())).append("</title>");
            for (int s = 0; s < c.values().length && s < series.size(); s++) {
                int h = (int) Math.round((double) c.values()[s] * plotHeight / niceMax);
                if (c.values()[s] > 0 && h == 0) {
                    h = 1;
                }
                base -= h;
                svg.append("<rect x=\"").append(x + 1).append("\" y=\"").append(base).append("\" width=\"")
                        .append(Math.max(1, step - 2)).append("\" height=\"").append(h).append("\" class=\"")
                        .append(series.get(s).cssClass()).append("\"/>");
            }
            svg.append("</g>");
            if (i % every == 0) {
                svg.append("<text x=\"").append(x + step / 2).append("\" y=\"").append(top + plotHeight + 16)
                        .append("\" text-anchor=\"middle\" class=\"axis\">").append(HtmlText.text(c.label()))
                        .append("</text>");
            }
        }
        return svg.append("</svg>").toString();
    }

    /** The smallest 1, 2 or 5 times a power of ten that is at least {@code v}. */
    static long niceCeiling(long v) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * p >= v) {
                    return m * p;
                }
            }
            if (p > Long.MAX_VALUE / 100) {
                return v;
            }
            p *= 10;
        }
    }

    private static StringBuilder open(String title, int width, int height) {
        return new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" aria-label=\"")
                .append(HtmlText.text(title)).append("\">");
    }
}
