package org.relationstimeline.render.charts;

import java.util.List;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/**
 * A party's partners ranked by the number of events they share, as horizontal bars. The page
 * lists every partner with its count right after the chart, so the chart's text summarises and
 * points there rather than repeating the list.
 */
public final class PartnersChart {
    static final int WIDTH = 640;
    /** Partners beyond this many are left to the list. */
    static final int MAX_BARS = 12;

    private static final int ROW = 24;
    private static final double FONT = 12;
    private static final int MAX_LABEL_CHARS = 28;

    private PartnersChart() {}

    /** The chart of {@code partyName}'s partners, busiest first as given, or null when there are none. */
    public static ChartMarkup render(String partyName, List<PartnerCount> partners, String idPrefix) {
        if (partners == null || partners.isEmpty()) return null;
        List<PartnerCount> shown = partners.subList(0, Math.min(MAX_BARS, partners.size()));
        int max = shown.stream().mapToInt(PartnerCount::count).max().orElse(1);
        double labelWidth = 0;
        for (PartnerCount pc : shown) {
            labelWidth =
                    Math.max(labelWidth, Scale.textWidth(Scale.fit(pc.partner().name(), MAX_LABEL_CHARS), FONT));
        }
        labelWidth = Math.min(Math.max(labelWidth, 60), 200);
        double barStart = labelWidth + 12;
        double barSpace = WIDTH - barStart - 40;
        int height = shown.size() * ROW + 8;

        String titleId = idPrefix + "_title";
        String descId = idPrefix + "_desc";
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
        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        "chart__svg",
                        "viewBox",
                        "0 0 " + WIDTH + " " + height,
                        "role",
                        "img",
                        "aria-labelledby",
                        titleId + " " + descId)
                .newline();
        svg.element("title", title, "id", titleId).newline();
        svg.element("desc", desc.toString(), "id", descId).newline();
        for (int i = 0; i < shown.size(); i++) {
            PartnerCount pc = shown.get(i);
            double y = 4 + i * ROW;
            double w = Math.max(2, barSpace * pc.count() / max);
            svg.element(
                    "text",
                    Scale.fit(pc.partner().name(), MAX_LABEL_CHARS),
                    "class",
                    "chart__label chart__label--name",
                    "x",
                    labelWidth + 4,
                    "y",
                    y + 16,
                    "text-anchor",
                    "end");
            svg.empty(
                    "rect", "class", "chart__bar", "x", barStart, "y", y + 3, "width", w, "height", (double) (ROW - 8));
            svg.element(
                            "text",
                            Integer.toString(pc.count()),
                            "class",
                            "chart__label",
                            "x",
                            barStart + w + 6,
                            "y",
                            y + 16)
                    .newline();
        }
        svg.close("svg").newline().close("figure").newline();
        return svg.done();
    }
}
