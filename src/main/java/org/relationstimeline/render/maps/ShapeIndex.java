package org.relationstimeline.render.maps;

import java.util.Optional;
import org.relationstimeline.countries.Party;

/**
 * Which outline of the map data is a registry party's: matched by ISO 3166 alpha-3, the code the
 * registry and the data both carry (the data's ISO numeric codes stay on each {@link Shape}).
 * Only countries have outlines of their own; former states and organisations are drawn through
 * {@link Territories}.
 */
final class ShapeIndex {
    private final World world;

    ShapeIndex(World world) {
        this.world = world;
    }

    Optional<Shape> of(Party party) {
        if (party.kind() != Party.Kind.COUNTRY || party.alpha3().isEmpty()) return Optional.empty();
        return Optional.ofNullable(world.shapes().get(party.alpha3()));
    }
}
