package org.relationstimeline.render.charts;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.site.pages.PageViews.TypeBalance;
import org.relationstimeline.site.pages.PageViews.TypeYear;

/**
 * Cooperation against conflict on one timeline: per year (or per period of years when the span is
 * long), the typed entries of the cooperation class as a bar above the axis and those of the
 * conflict class below it, each bar linking to the year's entries. The chart is drawn narrow, so
 * that it shrinks to a phone's width with its labels still legible instead of scrolling sideways.
 * Screen readers get the title and a summary, the links, and the figures in a visually hidden table.
 */
public final class BalanceChart {
    static final int WIDTH = 400;
    static final int HEIGHT = 206;
    /** More periods than this and each bar counts several years. */
    static final int MAX_BARS = 30;

    private static final int LEFT = 30;
    private static final int RIGHT = 6;
    private static final int TOP = 22;
    private static final int HALF = 66;
    /** A bar is never wider than this, so one year does not fill the chart. */
    private static final double MAX_BAR_WIDTH = 24;

    private BalanceChart() {}

    /**
     * One bar pair: the years from {@code start} to {@code end}, their counts, and where their
     * entries are listed (the newest year of the period that has typed entries).
     */
    record Period(int start, int end, String label, int cooperation, int conflict, String url) {
        boolean isEmpty() {
            return cooperation + conflict == 0;
        }
    }

    /** The chart for {@code subject} (a pair's name), or null when no entry has a type. */
    public static ChartMarkup render(String subject, TypeBalance balance, String idPrefix) {
        if (balance == null || balance.years().isEmpty()) return null;
        List<TypeYear> years = balance.years();
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        int width = periodWidth(first, last);
        List<Period> periods = periods(years, first, last, width);
        int busiest = 0;
        for (Period p : periods) busiest = Math.max(busiest, Math.max(p.cooperation(), p.conflict()));
        // At least 2, so that a single event does not draw a bar as tall as the chart.
        int top = Scale.niceCeiling(Math.max(2, busiest));

        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
        String unit = width == 1 ? "year" : "period of " + width + " years";
        String title = "Cooperation and conflict per " + (width == 1 ? "year" : width + " years") + ", " + subject;
        String desc = ActivityChart.events(balance.typed()) + " with a type from " + first + " to " + last + ": "
                + balance.cooperation() + " of cooperation (bars above the line) and " + balance.conflict()
                + " of conflict (bars below)."
                + (width == 1 ? "" : " The span is long, so each bar is a " + unit + ".");

        SvgWriter svg = new SvgWriter();
        svg.open("figure", "class", "chart chart--balance").newline();
        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        "chart__svg",
                        "viewBox",
                        "0 0 " + WIDTH + " " + HEIGHT,
                        "role",
                        "group",
                        "aria-labelledby",
                        titleId + " " + descId)
                .newline();
        svg.element("title", title, "id", titleId).newline();
        svg.element("desc", desc, "id", descId).newline();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double axis = TOP + HALF;
        double bottom = axis + HALF;
        svg.element(
                        "text",
                        "\u25B2 Cooperation",
                        "class",
                        "chart__label chart__label--cooperation",
                        "x",
                        (double) LEFT,
                        "y",
                        (double) (TOP - 8))
                .newline();
        for (double y : new double[] {TOP, bottom}) {
            svg.empty(
                    "line",
                    "class",
                    "chart__grid",
                    "x1",
                    (double) LEFT,
                    "x2",
                    (double) (WIDTH - RIGHT),
                    "y1",
                    y,
                    "y2",
                    y);
            svg.element(
                            "text",
                            Integer.toString(top),
                            "class",
                            "chart__label",
                            "x",
                            (double) (LEFT - 6),
                            "y",
                            y + 4,
                            "text-anchor",
                            "end")
                    .newline();
        }
        svg.element("text", "0", "class", "chart__label", "x", (double) (LEFT - 6), "y", axis + 4, "text-anchor", "end")
                .newline();
        double step = plotWidth / periods.size();
        double barWidth = Math.min(MAX_BAR_WIDTH, step >= 6 ? step * 0.75 : step);
        int labelEvery = Scale.labelStep(periods.size(), 8);
        for (int i = 0; i < periods.size(); i++) {
            Period p = periods.get(i);
            double x = LEFT + i * step + (step - barWidth) / 2;
            if (p.cooperation() > 0) {
                double h = HALF * p.cooperation() / (double) top;
                bar(svg, p, "cooperation", p.cooperation(), x, axis - h, barWidth, h);
            }
            if (p.conflict() > 0) {
                double h = HALF * p.conflict() / (double) top;
                bar(svg, p, "conflict", p.conflict(), x, axis, barWidth, h);
            }
            if ((p.start() / width) % labelEvery == 0 || periods.size() == 1) {
                String label = width == 10 ? p.label() : Integer.toString(p.start());
                // Kept inside the chart: the last bar's label would otherwise be cut at the edge.
                double half = Scale.textWidth(label, 12) / 2;
                double centre = Math.max(LEFT + half, Math.min(WIDTH - RIGHT - half, LEFT + i * step + step / 2));
                svg.centredLabel(label, centre, bottom + 16).newline();
            }
        }
        svg.axis((double) LEFT, (double) (WIDTH - RIGHT), axis).newline();
        svg.element(
                        "text",
                        "\u25BC Conflict",
                        "class",
                        "chart__label chart__label--conflict",
                        "x",
                        (double) LEFT,
                        "y",
                        bottom + 34)
                .newline();
        svg.close("svg").newline();
        table(svg, title, width, periods);
        return svg.endFigure(caption(balance));
    }

    /** What the counts are, and what they leave out. */
    static String caption(TypeBalance balance) {
        String text = "Counts are of the events recorded on this site that have a type, not of all that happened.";
        if (balance.untyped() > 0) {
            text += " " + (balance.untyped() == 1 ? "1 event has" : balance.untyped() + " events have")
                    + " no type and " + (balance.untyped() == 1 ? "is" : "are") + " not counted.";
        }
        return text;
    }

    private static void bar(
            SvgWriter svg, Period p, String kind, int count, double x, double y, double width, double height) {
        svg.open("a", "href", p.url(), "class", "chart__link")
                .element("title", p.label() + ": " + ActivityChart.events(count) + " of " + kind)
                .empty(
                        "rect",
                        "class",
                        "chart__bar chart__bar--" + kind,
                        "x",
                        x,
                        "y",
                        y,
                        "width",
                        width,
                        "height",
                        height)
                .close("a")
                .newline();
    }

    private static void table(SvgWriter svg, String title, int width, List<Period> periods) {
        // Hidden in a block of its own: a table is as wide as its content whatever its width says, and a
        // block that hides its overflow keeps that width from making the figure scroll sideways.
        svg.open("div", "class", "visually-hidden")
                .open("table")
                .newline()
                .element(
                        "caption",
                        title + " (" + (width == 1 ? "years" : "periods") + " without typed events are left out)")
                .newline()
                .open("thead")
                .open("tr")
                .element("th", width == 1 ? "Year" : "Years", "scope", "col")
                .element("th", "Cooperation", "scope", "col")
                .element("th", "Conflict", "scope", "col")
                .close("tr")
                .close("thead")
                .newline()
                .open("tbody")
                .newline();
        for (Period p : periods) {
            if (p.isEmpty()) continue;
            svg.open("tr")
                    .element("th", p.label(), "scope", "row")
                    .element("td", Integer.toString(p.cooperation()))
                    .element("td", Integer.toString(p.conflict()))
                    .close("tr")
                    .newline();
        }
        svg.close("tbody").close("table").close("div").newline();
    }

    /** Years per bar: 1, 2, 5, 10, 20... so that at most {@link #MAX_BARS} bars cover the span. */
    static int periodWidth(int first, int last) {
        int span = last - first + 1;
        return Scale.niceCeiling((span + MAX_BARS - 1) / MAX_BARS);
    }

    /** The periods from the first typed year to the last, empty ones included so that gaps show. */
    static List<Period> periods(List<TypeYear> ascending, int first, int last, int width) {
        List<Period> out = new ArrayList<>();
        int i = 0;
        for (int s = Math.floorDiv(first, width) * width; s <= last; s += width) {
            int end = s + width - 1;
            int cooperation = 0;
            int conflict = 0;
            String url = null;
            while (i < ascending.size() && ascending.get(i).year() <= end) {
                TypeYear y = ascending.get(i++);
                cooperation += y.cooperation();
                conflict += y.conflict();
                url = y.url();
            }
            out.add(new Period(s, end, label(s, width), cooperation, conflict, url));
        }
        return out;
    }

    private static String label(int start, int width) {
        if (width == 1) return Integer.toString(start);
        if (width == 10) return start + "s";
        return start + "\u2013" + (start + width - 1);
    }
}
