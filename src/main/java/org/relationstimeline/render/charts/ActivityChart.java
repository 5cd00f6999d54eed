package org.relationstimeline.render.charts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.relationstimeline.site.pages.PageViews.YearCount;

/**
 * Entries per year on one timeline, as bars from the first year to the last (empty years
 * included, so gaps show). Over a long span the bars count decades instead. Screen readers get
 * the title and a summary from the SVG and the figures from a visually hidden table.
 *
 * <p>The chart is drawn twice, and the stylesheet shows one: a wide drawing for screens that fit it, and a
 * narrow one for phones, whose bars count wider spans of years (at most {@value #NARROW_BARS}), so the latest
 * years are on the screen and its text stays legible without scrolling or script. Each bar links to the first of
 * its years on the timeline; the scale starts at {@value Scale#MIN_TOP} events, so one event is a short bar,
 * not the whole height.
 */
public final class ActivityChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 180;
    /** The phone drawing, about as wide in units as a phone is in CSS pixels, so its 12-unit text is 12 px. */
    static final int NARROW_WIDTH = 360;

    static final int NARROW_HEIGHT = 190;
    /** Spans longer than this many years are drawn by decade. */
    static final int MAX_YEARS = 100;
    /** The phone drawing has at most this many bars. */
    static final int NARROW_BARS = 24;
    /** A bar is at most this wide, so a timeline of one or two years does not draw a bar across the chart. */
    static final double MAX_STEP = 40;

    private static final int LEFT = 34;
    private static final int RIGHT = 6;
    private static final int TOP = 10;
    private static final int BOTTOM = 24;
    /** Bin widths in years, smallest first. */
    private static final int[] BINS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1000};

    private ActivityChart() {}

    /** Where a bar leads: the page and anchor of the first of the years {@code from} to {@code to} that has events. */
    @FunctionalInterface
    public interface YearLinks {
        String url(int from, int to);
    }

    /** One bar: a span of {@code years} years from {@code start}, its label and its count. */
    record Bar(int start, int years, String label, int count) {
        int end() {
            return start + years - 1;
        }
    }

    /** The chart without links, as {@link #render(String, List, String, YearLinks)}. */
    public static ChartMarkup render(String subject, List<YearCount> counts, String idPrefix) {
        return render(subject, counts, idPrefix, null);
    }

    /**
     * The chart for {@code subject} (a pair's name, shown in the title), or null when there is
     * nothing to draw. {@code idPrefix} keeps the element ids unique on the page; {@code links} (or null) gives
     * each bar its link.
     */
    public static ChartMarkup render(String subject, List<YearCount> counts, String idPrefix, YearLinks links) {
        if (counts == null || counts.isEmpty()) return null;
        List<YearCount> years =
                counts.stream().sorted(Comparator.comparingInt(YearCount::year)).toList();
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        int span = last - first + 1;
        int wideBin = span > MAX_YEARS ? 10 : 1;
        List<Bar> bars = bars(years, first, last, wideBin);
        int narrowBin = binFor(first, last, NARROW_BARS, wideBin);
        int total = years.stream().mapToInt(YearCount::count).sum();
        Bar busiest = bars.stream().max(Comparator.comparingInt(Bar::count)).orElseThrow();

        String unit = wideBin == 10 ? "decade" : "year";
        String title = "Events per " + unit + ", " + subject;
        String desc = events(total) + " from " + first + " to " + last + "; the busiest " + unit + " is "
                + busiest.label() + " with " + events(busiest.count()) + "."
                + (wideBin == 10 ? " The span is long, so each bar is a decade." : "");

        SvgWriter svg = new SvgWriter();
        svg.open("figure", "class", "chart chart--activity").newline();
        drawing(svg, "chart__svg chart__svg--wide", WIDTH, HEIGHT, bars, wideBin, 8, idPrefix, title, desc, links);
        List<Bar> narrow = bars(years, first, last, narrowBin);
        String narrowTitle = narrowBin == wideBin ? title : "Events per " + spanName(narrowBin) + ", " + subject;
        String narrowDesc = narrowBin == wideBin
                ? desc
                : events(total) + " from " + first + " to " + last + ", each bar " + spanName(narrowBin) + ".";
        drawing(
                svg,
                "chart__svg chart__svg--narrow",
                NARROW_WIDTH,
                NARROW_HEIGHT,
                narrow,
                narrowBin,
                4,
                idPrefix + "_narrow",
                narrowTitle,
                narrowDesc,
                links);
        svg.open("table", "class", "visually-hidden")
                .newline()
                .element("caption", title + " (" + unit + "s without events are left out)")
                .newline()
                .open("thead")
                .open("tr")
                .element("th", wideBin == 10 ? "Decade" : "Year", "scope", "col")
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
        svg.close("tbody").close("table").newline();
        return svg.endFigure("Counts are of the events recorded on this site"
                + (links == null ? "." : "; each bar leads to its events."));
    }

    /** One drawing of the bars, {@code width} by {@code height} units, with about {@code labels} year labels. */
    private static void drawing(
            SvgWriter svg,
            String cssClass,
            int width,
            int height,
            List<Bar> bars,
            int bin,
            int labels,
            String idPrefix,
            String title,
            String desc,
            YearLinks links) {
        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
        int top = Scale.top(bars.stream().mapToInt(Bar::count).max().orElse(0));
        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        cssClass,
                        "viewBox",
                        "0 0 " + width + " " + height,
                        "role",
                        "img",
                        "aria-labelledby",
                        titleId + " " + descId)
                .newline();
        svg.element("title", title, "id", titleId).newline();
        svg.element("desc", desc, "id", descId).newline();
        double plotWidth = width - LEFT - RIGHT;
        double plotHeight = height - TOP - BOTTOM;
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
                    (double) (width - RIGHT),
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
        double step = Math.min(plotWidth / bars.size(), MAX_STEP);
        // Few bars stand in the middle of the axis rather than stretch across it.
        double start = LEFT + (plotWidth - step * bars.size()) / 2;
        double gap = step >= 6 ? step * 0.18 : 0;
        int labelEvery = Scale.labelStep(bars.size(), labels);
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = start + i * step;
            if (bar.count() > 0) {
                double h = plotHeight * bar.count() / top;
                String href = links == null ? null : links.url(bar.start(), bar.end());
                if (href != null) svg.open("a", "href", href, "tabindex", "-1", "class", "chart__link");
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
                        .close("rect");
                if (href != null) svg.close("a");
                svg.newline();
            }
            if ((bar.start() / bin) % labelEvery == 0 || bars.size() == 1) {
                svg.centredLabel(
                                bin == 1 || bin == 10 ? bar.label() : Integer.toString(bar.start()),
                                x + step / 2,
                                (double) (height - 6))
                        .newline();
            }
        }
        svg.axis((double) LEFT, (double) (width - RIGHT), baseline).newline();
        svg.close("svg").newline();
    }

    /** The narrowest bin, from {@code atLeast} years, that draws the span in at most {@code max} bars. */
    static int binFor(int first, int last, int max, int atLeast) {
        for (int bin : BINS) {
            if (bin < atLeast) continue;
            int bars = Math.floorDiv(last, bin) - Math.floorDiv(first, bin) + 1;
            if (bars <= max) return bin;
        }
        return BINS[BINS.length - 1];
    }

    /** "year", "decade", "5 years". */
    private static String spanName(int bin) {
        return bin == 1 ? "year" : bin == 10 ? "decade" : bin + " years";
    }

    static List<Bar> bars(List<YearCount> ascending, int first, int last, int bin) {
        List<Bar> bars = new ArrayList<>();
        int start = Math.floorDiv(first, bin) * bin;
        int i = 0;
        for (int s = start; s <= last; s += bin) {
            int count = 0;
            while (i < ascending.size() && ascending.get(i).year() < s + bin)
                count += ascending.get(i++).count();
            String label = bin == 1 ? Integer.toString(s) : bin == 10 ? s + "s" : s + "\u2013" + (s + bin - 1);
            bars.add(new Bar(s, bin, label, count));
        }
        return bars;
    }

    /** "1 event", "8 events": charts and maps say counts the same way. */
    public static String events(int n) {
        return n + (n == 1 ? " event" : " events");
    }
}
