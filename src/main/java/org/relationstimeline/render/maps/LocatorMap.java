package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.timeline.Pair;

/**
 * A pair page's locator map: both parties in their own colours over the muted world, each linked
 * to its page, framed on the two with their neighbours around, or the whole world when they are
 * far apart.
 */
final class LocatorMap {
    /** Said in the description, so it matches the colours of {@code map__first} and {@code map__second}. */
    static final String FIRST_COLOUR = "orange";

    static final String SECOND_COLOUR = "blue";

    private LocatorMap() {}

    /** The map of the pair, or null when neither party is on the map. */
    static ChartMarkup render(Pair pair, Territories territories, World world, UrlScheme urls) {
        Territory first = territories.of(pair.first());
        Territory second = territories.of(pair.second());
        if (!first.isDrawn() && !second.isDrawn()) return null;
        MapCanvas canvas = new MapCanvas(Viewport.around(first.frame().union(second.frame())), world, urls);
        canvas.begin(
                "locator",
                "map_locator",
                pair.first().name() + " and " + pair.second().name() + " on the map",
                description(first, second, canvas.view()));
        List<Territory> drawn = new ArrayList<>(List.of(first, second));
        drawn.removeIf(t -> !t.isDrawn());
        // The larger underneath, so an organisation does not hide its member, nor a former state its successor.
        drawn.sort(Comparator.comparingDouble(LocatorMap::area).reversed());
        for (Territory t : drawn) {
            canvas.territory(
                    t,
                    cssClass(t, first),
                    false,
                    urls.country(t.party()),
                    t.party().name());
        }
        canvas.endDrawing();
        List<MapCanvas.Key> keys = new ArrayList<>();
        for (Territory t : List.of(first, second)) {
            keys.add(new MapCanvas.Key(
                    t.isDrawn() ? cssClass(t, first) : "map__none", t.party().name(), urls.country(t.party())));
        }
        return canvas.legend(keys).notes(List.of(first.note(), second.note())).end();
    }

    private static String cssClass(Territory t, Territory first) {
        return t == first ? "map__first" : "map__second";
    }

    private static double area(Territory t) {
        return t.shapes().stream().mapToDouble(Shape::area).sum();
    }

    private static String description(Territory first, Territory second, Viewport view) {
        String a = first.party().name();
        String b = second.party().name();
        String where = view.isWorld() ? " on a map of the world." : ", with the countries around them in grey.";
        if (first.isDrawn() && second.isDrawn())
            return a + " is shaded " + FIRST_COLOUR + " and " + b + " " + SECOND_COLOUR + where;
        Territory shown = first.isDrawn() ? first : second;
        Territory missing = first.isDrawn() ? second : first;
        String colour = shown == first ? FIRST_COLOUR : SECOND_COLOUR;
        return shown.party().name() + " is shaded " + colour + (view.isWorld() ? " on a map of the world" : "") + "; "
                + missing.party().name() + " is not on the map.";
    }
}
