package org.relationstimeline.render.charts;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.site.pages.PageViews.YearCount;

/**
 * Entries per year on one timeline, as bars from the first year to the last (empty years
 * included, so gaps show). Over a long span the bars count decades instead. Screen readers get
 * the title and a summary from the SVG and the figures from a visually hidden table.
 */
public final class ActivityChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    /** Spans longer than this many years are drawn by decade. */
    static final int MAX_YEARS = 100;

    private static final int LEFT = 34;
    private static final int RIGHT = 6;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    private ActivityChart() {}

    /** One bar: a year or a decade, its label and its count. */
    record Bar(int start, String label, int count) {}

    /**
     * The chart for {@code subject} (a pair's name, shown in the title), or null when there is
     * nothing to draw. {@code idPrefix} keeps the element ids unique on the page.
     */
    public static ChartMarkup render(String subject, List<YearCount> counts, String idPrefix) {
        if (counts == null || counts.isEmpty()) return null;
        List<YearCount> years = counts.stream()
                .sorted(java.util.Comparator.comparingInt(YearCount::year))
                .toList();
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        boolean decades = last - first + 1 > MAX_YEARS;
        List<Bar> bars = bars(years, first, last, decades);
        int total = years.stream().mapToInt(YearCount::count).sum();
        Bar busiest =
                bars.stream().max(java.util.Comparator.comparingInt(Bar::count)).orElseThrow();
        int top = Scale.niceCeiling(busiest.count());

        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
        String unit = decades ? "decade" : "year";
        String title = "Events per " + unit + ", " + subject;
        String desc = events(total) + " from " + first + " to " + last + "; the busiest " + unit + " is "
                + busiest.label() + " with " + events(busiest.count()) + "."
                + (decades ? " The span is long, so each bar is a decade." : "");

        SvgWriter svg = new SvgWriter();
        svg.open("figure", "class", "chart chart--activity").newline();
        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        "chart__svg",
                        "viewBox",
                        "0 0 " + WIDTH + " " + HEIGHT,
                        "role",
                        "img",
                        "aria-labelledby",
                        titleId + " " + descId)
                .newline();
        svg.element("title", title, "id", titleId).newline();
        svg.element("desc", desc, "id", descId).newline();
        double plotWidth = WIDTH - LEFT - RIGHT;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        double baseline = TOP + plotHeight;
        for (int tick : new int[] {0, top / 2, top}) {
            if (tick == top / 2 && (top % 2 != 0 || top < 2)) continue;
            double y = baseline - plotHeight * tick / top;
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
                            Integer.toString(tick),
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
        double step = plotWidth / bars.size();
        double gap = step >= 6 ? step * 0.18 : 0;
        int labelEvery = Scale.labelStep(bars.size(), decades);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = LEFT + i * step;
            if (bar.count() > 0) {
                double h = plotHeight * bar.count() / top;
                svg.open(
                                "rect",
                                "class",
                                "chart__bar",
                                "x",
                                x + gap / 2,
                                "y",
                                baseline - h,
                                "width",
                                step - gap,
                                "height",
                                h)
                        .element("title", bar.label() + ": " + events(bar.count()))
                        .close("rect")
                        .newline();
            }
            int unitIndex = decades ? bar.start() / 10 : bar.start();
            if (unitIndex % labelEvery == 0 || bars.size() == 1) {
                svg.element(
                                "text",
                                bar.label(),
                                "class",
                                "chart__label",
                                "x",
                                x + step / 2,
                                "y",
                                (double) (HEIGHT - 6),
                                "text-anchor",
                                "middle")
                        .newline();
            }
        }
        svg.empty(
                        "line",
                        "class",
                        "chart__axis",
                        "x1",
                        (double) LEFT,
                        "x2",
                        (double) (WIDTH - RIGHT),
                        "y1",
                        baseline,
                        "y2",
                        baseline)
                .newline();
        svg.close("svg").newline();
        svg.open("table", "class", "visually-hidden")
                .newline()
                .element("caption", title + " (" + unit + "s without events are left out)")
                .newline()
                .open("thead")
                .open("tr")
                .element("th", decades ? "Decade" : "Year", "scope", "col")
                .element("th", "Events", "scope", "col")
                .close("tr")
                .close("thead")
                .newline()
                .open("tbody")
                .newline();
        for (Bar bar : bars) {
            if (bar.count() == 0) continue;
            svg.open("tr")
                    .element("th", bar.label(), "scope", "row")
                    .element("td", Integer.toString(bar.count()))
                    .close("tr")
                    .newline();
        }
        svg.close("tbody").close("table").newline().close("figure").newline();
        return svg.done();
    }

    static List<Bar> bars(List<YearCount> ascending, int first, int last, boolean decades) {
        List<Bar> bars = new ArrayList<>();
        int width = decades ? 10 : 1;
        int start = decades ? Math.floorDiv(first, 10) * 10 : first;
        int i = 0;
        for (int s = start; s <= last; s += width) {
            int count = 0;
            while (i < ascending.size() && ascending.get(i).year() < s + width)
                count += ascending.get(i++).count();
            bars.add(new Bar(s, decades ? s + "s" : Integer.toString(s), count));
        }
        return bars;
    }

    /** "1 event", "8 events": charts and maps say counts the same way. */
    public static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }
}
