package org.relationstimeline.render.maps;

/**
 * How finely outlines are drawn: each level is one shared SVG asset of the whole world, simplified
 * for the widest view that uses it, so a world map does not carry the coastline of a close-up.
 */
enum Detail {
    /** Views of the world or a continent. */
    WORLD("assets/maps/world.svg", 7),
    /** Close-ups of a region, up to about a ninth of the world's width. */
    REGION("assets/maps/region.svg", 1.2);

    /** The asset's path in the site. */
    final String file;
    /** How far, in projected units, a simplified outline may stray from the data. */
    final double tolerance;

    Detail(String file, double tolerance) {
        this.file = file;
        this.tolerance = tolerance;
    }
}
