package org.relationstimeline.render.charts;

import java.time.LocalDate;
import java.util.List;
import org.relationstimeline.site.pages.PageViews.Period;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.When;

/**
 * The spans of a timeline (wars, missions, a suspension of relations) as a strip of bars on one
 * time scale, oldest first, each row named by its entry's linked title and its dates. It is an
 * HTML list, so its text wraps and reads at any width (a phone's 390 px included) and is its own
 * text alternative; the bars are drawn in small SVGs that stretch to the row and are hidden from
 * screen readers, which read the same dates in the row's text.
 */
public final class SpanChart {
    /** The bars' scale in SVG units: the track is 1000 wide whatever its width on screen. */
    static final int TRACK = 1000;
    /** The narrowest bar, so a span of days stays visible on a scale of decades. */
    static final int MIN_BAR = 6;

    private SpanChart() {}

    /**
     * The strip for {@code subject}'s timeline, or null when it has no spans (a timeline of
     * points draws only its activity chart). {@code years} are the timeline's events per year,
     * which widen the scale to the whole timeline so the spans are seen among its events. More
     * than {@link PairPage#MAX_PERIODS} spans are cut to that many, and the caption says so.
     */
    public static ChartMarkup render(String subject, List<Period> all, List<YearCount> years) {
        if (all == null || all.isEmpty()) return null;
        List<Period> periods = all.subList(0, Math.min(all.size(), PairPage.MAX_PERIODS));
        int first = periods.get(0).when().start().year();
        int last = first;
        for (Period p : periods) {
            When w = p.when();
            first = Math.min(first, w.start().year());
            last = Math.max(
                    last,
                    w.isClosed()
                            ? w.end().date().lastDay().getYear()
                            : w.start().year());
        }
        for (YearCount y : years) {
            first = Math.min(first, y.year());
            last = Math.max(last, y.year());
        }
        long from = LocalDate.of(first, 1, 1).toEpochDay();
        long to = LocalDate.of(last, 12, 31).toEpochDay() + 1;
        double scale = (double) TRACK / (to - from);

        SvgWriter html = new SvgWriter();
        html.open("figure", "class", "chart chart--spans").newline();
        html.open("ol", "class", "spans").newline();
        for (Period p : periods) {
            When w = p.when();
            double x = (w.start().firstDay().toEpochDay() - from) * scale;
            double end = w.isClosed() ? (w.end().date().lastDay().toEpochDay() + 1 - from) * scale : TRACK;
            double width = Math.max(MIN_BAR, end - x);
            x = Math.min(x, TRACK - width);
            html.open("li", "class", w.isOngoing() ? "spans__row spans__row--ongoing" : "spans__row")
                    .newline();
            html.open("p", "class", "spans__label")
                    .element("a", p.title(), "class", "spans__title", "href", p.url(), "dir", "auto")
                    .text(" ")
                    .open("span", "class", "spans__dates");
            dates(html, w);
            html.close("span").close("p").newline();
            html.open(
                            "svg",
                            "xmlns",
                            "http://www.w3.org/2000/svg",
                            "class",
                            "spans__track",
                            "viewBox",
                            "0 0 " + TRACK + " 10",
                            "preserveAspectRatio",
                            "none",
                            "aria-hidden",
                            "true",
                            "focusable",
                            "false")
                    .empty("rect", "class", "spans__lane", "x", 0.0, "y", 4.0, "width", (double) TRACK, "height", 2.0)
                    .empty(
                            "rect",
                            "class",
                            w.isOngoing() ? "spans__bar spans__bar--ongoing" : "spans__bar",
                            "x",
                            x,
                            "y",
                            0.0,
                            "width",
                            width,
                            "height",
                            10.0)
                    .close("svg")
                    .newline();
            html.close("li").newline();
        }
        html.close("ol").newline();
        html.open("p", "class", "spans__axis", "aria-hidden", "true")
                .element("span", Integer.toString(first))
                .element("span", Integer.toString(last))
                .close("p")
                .newline();
        String shown = periods.size() == 1 ? "1 period" : periods.size() + " periods";
        html.element(
                        "figcaption",
                        shown + " of the " + subject
                                + " timeline, " + (periods.size() == 1 ? "" : "each ")
                                + "drawn from its start to its end on a scale from "
                                + first + " to " + last
                                + (anyOngoing(periods) ? "; a period still going on runs to the end" : "")
                                + "."
                                + (all.size() > periods.size()
                                        ? " The " + periods.size()
                                                + " oldest are shown; the others are in the timeline below."
                                        : ""),
                        "class",
                        "spans__caption")
                .newline();
        html.close("figure").newline();
        return html.done();
    }

    /** The dates as the theme's {@code partials/when.peb} shows them: a {@code <time>} for each end. */
    private static void dates(SvgWriter html, When w) {
        if (w.isOngoing()) html.text("since ");
        time(html, w.start());
        if (w.isClosed()) {
            html.text(w.separator());
            time(html, w.end().date());
        }
    }

    private static void time(SvgWriter html, EventDate d) {
        html.element("time", d.display(), "datetime", d.iso());
    }

    private static boolean anyOngoing(List<Period> periods) {
        return periods.stream().anyMatch(p -> p.when().isOngoing());
    }
}
