package org.relationstimeline.render.charts;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PairCount;

/**
 * How often the most documented parties appear together: a triangular matrix whose cells are
 * shaded by the number of events of each pair. A visually hidden list gives the pairs and counts.
 */
public final class RelationsMatrix {
    private static final int CELL = 30;
    private static final double FONT = 12;
    private static final int MAX_LABEL_CHARS = 22;
    private static final int NARROW_LABEL_CHARS = 10;

    private RelationsMatrix() {}

    /** The matrix without links. */
    public static ChartMarkup render(List<Party> parties, List<PairCount> pairs, String idPrefix) {
        return render(parties, pairs, idPrefix, null);
    }

    /**
     * The matrix of {@code parties} (in the order given), or null when fewer than two parties share an event;
     * each cell with events links to the pair's page through {@code pairUrl} (none when null). It is drawn twice,
     * wide and for phones (names cut shorter, so the cells are larger there), and the stylesheet shows one.
     */
    public static ChartMarkup render(
            List<Party> parties, List<PairCount> pairs, String idPrefix, Function<Pair, String> pairUrl) {
        if (parties == null || parties.size() < 2 || pairs == null || pairs.isEmpty()) return null;
        Map<Pair, Integer> counts = new HashMap<>();
        for (PairCount pc : pairs) counts.put(pc.pair(), pc.count());
        // Shading starts at a least top, so one pair of one event is not drawn as the darkest cell there can be.
        int max = Scale.top(pairs.stream().mapToInt(PairCount::count).max().orElse(0));
        List<PairCount> ranked = pairs.stream()
                .filter(pc -> pc.count() > 0)
                .sorted(Comparator.comparingInt(PairCount::count).reversed().thenComparing(PairCount::pair))
                .toList();
        if (ranked.isEmpty()) return null;

        SvgWriter svg = new SvgWriter();
        svg.open("figure", "class", "chart chart--matrix").newline();
        drawing(svg, "chart__svg chart__svg--wide", MAX_LABEL_CHARS, idPrefix, parties, counts, ranked, max, pairUrl);
        drawing(
                svg,
                "chart__svg chart__svg--narrow",
                NARROW_LABEL_CHARS,
                idPrefix + "_narrow",
                parties,
                counts,
                ranked,
                max,
                pairUrl);
        svg.open("ol", "class", "visually-hidden").newline();
        for (PairCount pc : ranked)
            svg.element("li", pc.pair().name() + ": " + ActivityChart.events(pc.count()))
                    .newline();
        svg.close("ol").newline();
        return svg.endFigure("Counts are of the events recorded on this site; each cell leads to its pair.");
    }

    private static void drawing(
            SvgWriter svg,
            String cssClass,
            int labelChars,
            String prefix,
            List<Party> parties,
            Map<Pair, Integer> counts,
            List<PairCount> ranked,
            int max,
            Function<Pair, String> pairUrl) {
        int n = parties.size();
        double labelWidth = 0;
        for (Party p : parties)
            labelWidth = Math.max(labelWidth, Scale.textWidth(Scale.fit(p.name(), labelChars), FONT));
        labelWidth = Math.min(Math.max(labelWidth, 50), 170) + 8;
        double gridWidth = (n - 1) * CELL;
        // Column labels hang from the grid turned 45 degrees down to the left, so they need about 0.71 of their length
        // in height.
        double bottom = labelWidth * 0.71 + 12;
        double width = labelWidth + gridWidth + 8;
        double height = 4 + gridWidth + bottom;

        String titleId = prefix + "_title";
        String descId = prefix + "_desc";
        PairCount busiest = ranked.get(0);
        String title = "Relations between the " + n + " most documented parties";
        String desc =
                "Each cell counts the events between the party of its row and the party of its column; darker cells"
                        + " have more. The busiest pair is " + busiest.pair().name() + " with "
                        + ActivityChart.events(busiest.count())
                        + ". The list that follows gives every pair shown.";

        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        cssClass,
                        "viewBox",
                        "0 0 " + SvgWriter.number(width) + " " + SvgWriter.number(height),
                        "role",
                        "img",
                        "aria-labelledby",
                        titleId + " " + descId)
                .newline();
        svg.element("title", title, "id", titleId).newline();
        svg.element("desc", desc, "id", descId).newline();
        for (int row = 1; row < n; row++) {
            double y = 4 + (row - 1) * CELL;
            svg.element(
                            "text",
                            Scale.fit(parties.get(row).name(), labelChars),
                            "class",
                            "chart__label",
                            "x",
                            labelWidth - 6,
                            "y",
                            y + CELL / 2.0 + 4,
                            "text-anchor",
                            "end")
                    .newline();
            for (int col = 0; col < row; col++) {
                double x = labelWidth + col * CELL;
                int count = counts.getOrDefault(Pair.of(parties.get(row), parties.get(col)), 0);
                String name = Pair.of(parties.get(row), parties.get(col)).name() + ": " + ActivityChart.events(count);
                if (count == 0) {
                    svg.open(
                                    "rect",
                                    "class",
                                    "chart__cell chart__cell--empty",
                                    "x",
                                    x + 1,
                                    "y",
                                    y + 1,
                                    "width",
                                    (double) (CELL - 2),
                                    "height",
                                    (double) (CELL - 2))
                            .element("title", name)
                            .close("rect");
                    continue;
                }
                double strength = 0.15 + 0.85 * count / max;
                Pair pair = Pair.of(parties.get(row), parties.get(col));
                String href = pairUrl == null ? null : pairUrl.apply(pair);
                if (href != null) svg.open("a", "href", href, "tabindex", "-1", "class", "chart__link");
                svg.open(
                                "rect",
                                "class",
                                "chart__cell",
                                "x",
                                x + 1,
                                "y",
                                y + 1,
                                "width",
                                (double) (CELL - 2),
                                "height",
                                (double) (CELL - 2),
                                "fill-opacity",
                                Math.round(strength * 100) / 100.0)
                        .element("title", name)
                        .close("rect");
                svg.element(
                        "text",
                        Integer.toString(count),
                        "class",
                        strength > 0.55 ? "chart__count chart__count--strong" : "chart__count",
                        "x",
                        x + CELL / 2.0,
                        "y",
                        y + CELL / 2.0 + 4,
                        "text-anchor",
                        "middle");
                if (href != null) svg.close("a");
            }
            svg.newline();
        }
        double labelsTop = 4 + gridWidth + 8;
        for (int col = 0; col < n - 1; col++) {
            double x = labelWidth + col * CELL + CELL / 2.0;
            svg.element(
                            "text",
                            Scale.fit(parties.get(col).name(), labelChars),
                            "class",
                            "chart__label",
                            "x",
                            x,
                            "y",
                            labelsTop,
                            "text-anchor",
                            "end",
                            "transform",
                            "rotate(-45 " + SvgWriter.number(x) + " " + SvgWriter.number(labelsTop) + ")")
                    .newline();
        }
        svg.close("svg").newline();
    }
}
