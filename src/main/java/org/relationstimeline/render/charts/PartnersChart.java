package org.relationstimeline.render.charts;

import java.util.List;
import java.util.function.Function;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/**
 * A party's partners ranked by the number of events they share, as horizontal bars. The page
 * lists every partner with its count right after the chart, so the chart's text summarises and
 * points there rather than repeating the list. The scale starts at {@value Scale#MIN_TOP} events, so a single
 * partner with one event is a short bar.
 */
public final class PartnersChart {
    static final int WIDTH = 640;
    /** Partners beyond this many are left to the list. */
    static final int MAX_BARS = 12;

    private static final int ROW = 24;
    private static final double FONT = 12;
    private static final int MAX_LABEL_CHARS = 28;
    /** The phone drawing, about as wide in units as a phone in CSS pixels, with names cut shorter. */
    static final int NARROW_WIDTH = 360;

    private static final int NARROW_LABEL_CHARS = 16;

    private PartnersChart() {}

    /** The chart without links. */
    public static ChartMarkup render(String partyName, List<PartnerCount> partners, String idPrefix) {
        return render(partyName, partners, idPrefix, null);
    }

    /**
     * The chart of {@code partyName}'s partners, busiest first as given, or null when there are none; each bar
     * links to the pair's page through {@code pairUrl} (no links when null). It is drawn twice, wide and for
     * phones (with shorter names), and the stylesheet shows one.
     */
    public static ChartMarkup render(
            String partyName, List<PartnerCount> partners, String idPrefix, Function<Pair, String> pairUrl) {
        if (partners == null || partners.isEmpty()) return null;
        List<PartnerCount> shown = partners.subList(0, Math.min(MAX_BARS, partners.size()));
        String title = "Partners of " + partyName + " by number of events";
        StringBuilder desc = new StringBuilder();
        desc.append(partyName)
                .append(" has ")
                .append(partners.size())
                .append(partners.size() == 1 ? " partner" : " partners")
                .append(" on the timeline. The most documented ")
                .append(shown.size() == 1 ? "is " : "are ");
        int named = Math.min(3, shown.size());
        for (int i = 0; i < named; i++) {
            PartnerCount pc = shown.get(i);
            desc.append(i == 0 ? "" : i == named - 1 ? " and " : ", ")
                    .append(pc.partner().name())
                    .append(" (")
                    .append(ActivityChart.events(pc.count()))
                    .append(')');
        }
        desc.append(". ");
        if (partners.size() > shown.size())
            desc.append("The chart shows the first ").append(shown.size()).append("; ");
        desc.append("the list that follows gives every partner with its count.");

        SvgWriter svg = new SvgWriter();
        svg.open("figure", "class", "chart chart--partners").newline();
        drawing(svg, "chart__svg chart__svg--wide", WIDTH, MAX_LABEL_CHARS, 200, shown, idPrefix, title, desc, pairUrl);
        drawing(
                svg,
                "chart__svg chart__svg--narrow",
                NARROW_WIDTH,
                NARROW_LABEL_CHARS,
                120,
                shown,
                idPrefix + "_narrow",
                title,
                desc,
                pairUrl);
        return svg.endFigure("Counts are of the events recorded on this site.");
    }

    private static void drawing(
            SvgWriter svg,
            String cssClass,
            int width,
            int labelChars,
            double maxLabelWidth,
            List<PartnerCount> shown,
            String idPrefix,
            CharSequence title,
            CharSequence desc,
            Function<Pair, String> pairUrl) {
        int max = Scale.top(shown.stream().mapToInt(PartnerCount::count).max().orElse(0));
        double labelWidth = 0;
        for (PartnerCount pc : shown) {
            labelWidth =
                    Math.max(labelWidth, Scale.textWidth(Scale.fit(pc.partner().name(), labelChars), FONT));
        }
        labelWidth = Math.min(Math.max(labelWidth, 60), maxLabelWidth);
        double barStart = labelWidth + 12;
        double barSpace = width - barStart - 40;
        int height = shown.size() * ROW + 8;
        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
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
        svg.element("title", title.toString(), "id", titleId).newline();
        svg.element("desc", desc.toString(), "id", descId).newline();
        for (int i = 0; i < shown.size(); i++) {
            PartnerCount pc = shown.get(i);
            double y = 4 + i * ROW;
            double w = Math.max(2, barSpace * pc.count() / max);
            String href = pairUrl == null ? null : pairUrl.apply(pc.pair());
            // The whole row, name and bar, is the link: a wide target on a phone.
            if (href != null) svg.open("a", "href", href, "tabindex", "-1", "class", "chart__link");
            svg.element(
                    "text",
                    Scale.fit(pc.partner().name(), labelChars),
                    "class",
                    "chart__label chart__label--name",
                    "x",
                    labelWidth + 4,
                    "y",
                    y + 16,
                    "text-anchor",
                    "end");
            svg.open("rect", "class", "chart__bar", "x", barStart, "y", y + 3, "width", w, "height", (double) (ROW - 8))
                    .element("title", pc.partner().name() + ": " + ActivityChart.events(pc.count()))
                    .close("rect");
            svg.element(
                    "text", Integer.toString(pc.count()), "class", "chart__label", "x", barStart + w + 6, "y", y + 16);
            if (href != null) svg.close("a");
            svg.newline();
        }
        svg.close("svg").newline();
    }
}
