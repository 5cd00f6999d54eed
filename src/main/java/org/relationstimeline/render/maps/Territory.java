package org.relationstimeline.render.maps;

import java.util.List;
import org.relationstimeline.countries.Party;

/**
 * Where a party is on the map and why there.
 *
 * @param shapes the outlines and points drawn for it; empty when it is not on the map
 * @param through the parties whose territory it is drawn as: a former state's successors, an
 *     organisation's members; empty otherwise
 */
record Territory(Party party, List<Shape> shapes, Basis basis, List<Party> through) {
    /** How the party's territory was found. */
    enum Basis {
        /** A country, by its own outline. */
        OWN,
        /** A former state, as the territory of the states that succeeded it. */
        SUCCESSORS,
        /** A former state that was only a part of the state it is drawn as (East Germany, as Germany). */
        PART_OF_SUCCESSOR,
        /** An organisation, as its members listed in site.yaml. */
        MEMBERS,
        /** An organisation whose members site.yaml does not list: not on the map. */
        NO_MEMBERS,
        /** A country the map data has no outline or point for: not on the map. */
        NO_OUTLINE
    }

    Territory {
        shapes = List.copyOf(shapes);
        through = List.copyOf(through);
    }

    boolean isDrawn() {
        return !shapes.isEmpty();
    }

    /** The box a map frames the territory on: its shapes' main polygons. */
    Box frame() {
        Box box = Box.EMPTY;
        for (Shape s : shapes) box = box.union(s.frame());
        return box;
    }

    /** Where a line to the territory ends: the anchor of its largest shape. */
    Point anchor() {
        Shape largest = shapes.get(0);
        for (Shape s : shapes) if (s.area() > largest.area()) largest = s;
        return largest.anchor();
    }

    /** True when the two share a shape, so drawing both would paint one over the other. */
    boolean overlaps(Territory other) {
        for (Shape s : shapes) if (other.shapes.contains(s)) return true;
        return false;
    }

    /**
     * What a caption says about how the territory is drawn, or why it is not; empty for a country
     * drawn by its own outline, which needs no words.
     */
    String note() {
        String name = party.name();
        return switch (basis) {
            case OWN -> "";
            case SUCCESSORS ->
                "Drawn as the territory of the " + through.size() + " states that succeeded " + name + ": "
                        + names(through) + ".";
            case PART_OF_SUCCESSOR ->
                "Drawn as the whole territory of " + names(through) + ", of which " + name + " became a part.";
            case MEMBERS ->
                "Drawn as " + (through.size() == 1 ? "the member" : "the " + through.size() + " members") + " of "
                        + name + " that the site\u2019s configuration lists.";
            case NO_MEMBERS ->
                "Not on the map: " + name + ", for which the site\u2019s configuration lists no members.";
            case NO_OUTLINE -> "Not on the map: " + name + ", for which the map data has no outline or place.";
        };
    }

    /** "A", "A and B", "A, B and C". */
    static String names(List<Party> parties) {
        List<String> names = parties.stream().map(Party::name).toList();
        if (names.size() <= 1) return String.join("", names);
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }
}
