package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;

/**
 * Counts sorted into at most four shades for a map, each a range of counts the legend names.
 * Counts of events are long-tailed (many partners with one or two, a few with hundreds), so the
 * ranges grow geometrically from the smallest count to the largest; each starts at a count that
 * occurs, so no shade of the legend is empty.
 */
record ShadeScale(List<Shade> shades) {
    static final int STEPS = 4;

    /** Counts from {@code from} to {@code to}; {@code step} 1 (lightest) to 4 names its colour. */
    record Shade(int step, int from, int to) {
        String cssClass() {
            return "map__shade-" + step;
        }

        /** "1 event", "2–4 events". */
        String label() {
            return (from == to ? Integer.toString(from) : from + "\u2013" + to) + (to == 1 ? " event" : " events");
        }
    }

    /** The scale of {@code counts} (each at least 1); one shade when they are all the same. */
    static ShadeScale of(List<Integer> counts) {
        if (counts.isEmpty()) throw new IllegalArgumentException("no counts to shade");
        List<Integer> distinct = counts.stream().distinct().sorted().toList();
        int min = distinct.get(0);
        int max = distinct.get(distinct.size() - 1);
        int steps = Math.min(STEPS, distinct.size());
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < steps; i++) {
            double ideal = min * Math.pow((double) max / min, (double) i / steps);
            int start = distinct.stream()
                    .filter(c -> c >= Math.round(ideal))
                    .findFirst()
                    .orElse(max);
            if (starts.isEmpty() || start > starts.get(starts.size() - 1)) starts.add(start);
        }
        List<Shade> shades = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int to = i + 1 < starts.size() ? starts.get(i + 1) - 1 : max;
            // Fewer shades take the darker steps, so the busiest always look busiest.
            shades.add(new Shade(STEPS - starts.size() + 1 + i, starts.get(i), to));
        }
        return new ShadeScale(List.copyOf(shades));
    }

    Shade of(int count) {
        for (int i = shades.size() - 1; i >= 0; i--) if (count >= shades.get(i).from()) return shades.get(i);
        return shades.get(0);
    }
}
