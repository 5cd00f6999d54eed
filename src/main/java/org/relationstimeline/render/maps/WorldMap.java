package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.charts.ActivityChart;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Timeline.PairCount;

/**
 * The countries index's map: every party with events shaded by their number, each linked to its
 * page, and the busiest relations between them as lines, each linked to the pair's page. The
 * drawing is a file of its own ({@link UrlScheme#countriesMap}), which the index's figure shows.
 */
final class WorldMap {
    /** The busiest relations drawn as lines; more would hide the map under them. */
    static final int LINES = 10;

    private static final double THINNEST = 1.2;
    private static final double THICKEST = 4.5;

    private WorldMap() {}

    /** True when a party with events is on the map, so there is a map to draw. */
    static boolean hasMap(List<PartyCount> parties, Territories territories) {
        return !Layers.of(parties.stream().map(pc -> territories.of(pc.party())).toList(), List.of())
                .drawn()
                .isEmpty();
    }

    /** What the map shows, for the fingerprint of its file: each party and busy relation with its count. */
    static String inputs(List<PartyCount> parties, List<PairCount> busiest) {
        StringBuilder inputs = new StringBuilder("world-map\n");
        for (PartyCount pc : parties)
            inputs.append(pc.party()).append('\t').append(pc.entries()).append('\n');
        for (PairCount pc : busiest)
            inputs.append(pc.pair().slug())
                    .append('\t')
                    .append(pc.pair().name())
                    .append('\t')
                    .append(pc.count())
                    .append('\n');
        return inputs.toString();
    }

    /** The map, or null when no party with events is on it. */
    static MapFile render(
            List<PartyCount> parties, List<PairCount> busiest, Territories territories, World world, UrlScheme urls) {
        Map<Party, Territory> of = new HashMap<>();
        for (PartyCount pc : parties) of.put(pc.party(), territories.of(pc.party()));
        Layers layers = Layers.of(parties.stream().map(pc -> of.get(pc.party())).toList(), List.of());
        if (layers.drawn().isEmpty()) return null;
        List<PairCount> lines = new ArrayList<>();
        for (PairCount pc : busiest) {
            if (lines.size() == LINES) break;
            if (layers.isDrawn(of.get(pc.pair().first()))
                    && layers.isDrawn(of.get(pc.pair().second()))) lines.add(pc);
        }
        Box focus = Box.EMPTY;
        for (Territory t : layers.drawn()) focus = focus.union(t.frame());
        MapCanvas canvas = MapCanvas.inFile(Viewport.worldAround(focus), world, urls, urls.countriesMap());
        canvas.begin(
                "world",
                "map_world",
                "Countries on the timeline",
                description(layers.drawn().size(), lines.size()));
        List<Integer> counts = parties.stream()
                .filter(pc -> layers.isDrawn(of.get(pc.party())))
                .map(PartyCount::entries)
                .toList();
        ShadeScale scale = ShadeScale.of(counts);
        List<MapCanvas.Key> keys = new ArrayList<>();
        for (ShadeScale.Shade shade : scale.shades()) {
            canvas.group(shade.cssClass());
            for (PartyCount pc : parties) {
                Territory t = of.get(pc.party());
                if (!layers.isDrawn(t) || scale.of(pc.entries()) != shade) continue;
                canvas.territory(
                        t,
                        shade.cssClass(),
                        true,
                        urls.country(pc.party()),
                        pc.party().name() + ": " + ActivityChart.events(pc.entries()));
            }
            canvas.endGroup();
            keys.add(new MapCanvas.Key(shade.cssClass(), shade.label(), null));
        }
        int max = lines.isEmpty() ? 1 : lines.get(0).count();
        for (PairCount pc : lines) {
            canvas.line(
                    of.get(pc.pair().first()).anchor(),
                    of.get(pc.pair().second()).anchor(),
                    THINNEST + (THICKEST - THINNEST) * pc.count() / max,
                    urls.pair(pc.pair()),
                    pc.pair().name() + ": " + ActivityChart.events(pc.count()));
        }
        canvas.endDrawing();
        canvas.legend(keys);
        if (!lines.isEmpty()) {
            var svg = canvas.writer();
            svg.element(
                            "p",
                            "Lines join the "
                                    + (lines.size() == 1 ? "busiest relation" : lines.size() + " busiest relations")
                                    + " between parties on the map, thicker for more events:",
                            "class",
                            "map__note")
                    .newline();
            svg.open("ol", "class", "map__lines").newline();
            for (PairCount pc : lines) {
                svg.open("li")
                        .element("a", pc.pair().name(), "href", urls.pair(pc.pair()))
                        .text(" (" + ActivityChart.events(pc.count()) + ")")
                        .close("li")
                        .newline();
            }
            svg.close("ol").newline();
        }
        return new MapFile(canvas.notes(layers.notes()).end(), canvas.document());
    }

    private static String description(int parties, int lines) {
        return "The " + (parties == 1 ? "party" : parties + " parties")
                + " with recorded events, shaded by their number:"
                + " darker for more."
                + (lines == 0 ? "" : " Lines join the " + lines + " busiest relations between them.")
                + " The caption lists those relations; the list after the map gives every party.";
    }
}
