package org.relationstimeline.render.maps;

/**
 * The Equal Earth projection (Šavrič, Patterson and Jenny, 2018). It is equal-area, so Russia and
 * Greenland keep their true size beside Africa, and its curved sides keep the polar regions from
 * stretching. Projected units put the world between x = -10000 and x = 10000, north up.
 */
final class EqualEarth {
    /** Projected units across the world at the equator: whole units are then about 2 km. */
    static final double WORLD_WIDTH = 20000;

    private static final double A1 = 1.340264;
    private static final double A2 = -0.081106;
    private static final double A3 = 0.000893;
    private static final double A4 = 0.003796;
    private static final double M = Math.sqrt(3) / 2;
    /** Units per radius, chosen so that longitude 180 at the equator lands on x = WORLD_WIDTH / 2. */
    private static final double RADIUS = WORLD_WIDTH / 2 / (2 * Math.sqrt(3) * Math.PI / (3 * A1));

    private EqualEarth() {}

    /** Longitude and latitude in degrees to projected units; y grows southwards, as in SVG. */
    static Point project(double longitude, double latitude) {
        double lambda = Math.toRadians(longitude);
        double theta = Math.asin(M * Math.sin(Math.toRadians(latitude)));
        double t2 = theta * theta;
        double t6 = t2 * t2 * t2;
        double x = 2 * Math.sqrt(3) * lambda * Math.cos(theta) / (3 * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
        double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
        return new Point(RADIUS * x, -RADIUS * y);
    }
}
