package org.relationstimeline.render.maps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class EqualEarthTest {
    @Test
    void theEquatorSpansTheWorldWidthAndNorthIsUp() {
        assertThat(EqualEarth.project(0, 0).x()).isCloseTo(0, within(1e-9));
        assertThat(EqualEarth.project(180, 0).x()).isCloseTo(EqualEarth.WORLD_WIDTH / 2, within(1e-6));
        assertThat(EqualEarth.project(-180, 0).x()).isCloseTo(-EqualEarth.WORLD_WIDTH / 2, within(1e-6));
        assertThat(EqualEarth.project(0, 60).y()).isNegative();
        assertThat(EqualEarth.project(0, -60).y())
                .isCloseTo(-EqualEarth.project(0, 60).y(), within(1e-9));
    }

    @Test
    void theProjectionMatchesThePublishedFormula() {
        // x = 2√3·λ·cosθ / (3(A1 + 3A2θ² + 7A3θ⁶ + 9A4θ⁸)), y = θ(A1 + A2θ² + A3θ⁶ + A4θ⁸), sinθ = √3/2·sinφ,
        // for a unit sphere; the projection scales both by the same radius.
        double phi = Math.toRadians(45);
        double lambda = Math.toRadians(90);
        double theta = Math.asin(Math.sqrt(3) / 2 * Math.sin(phi));
        double a1 = 1.340264;
        double a2 = -0.081106;
        double a3 = 0.000893;
        double a4 = 0.003796;
        double x = 2
                * Math.sqrt(3)
                * lambda
                * Math.cos(theta)
                / (3 * (a1 + 3 * a2 * Math.pow(theta, 2) + 7 * a3 * Math.pow(theta, 6) + 9 * a4 * Math.pow(theta, 8)));
        double y = theta * (a1 + a2 * Math.pow(theta, 2) + a3 * Math.pow(theta, 6) + a4 * Math.pow(theta, 8));
        double radius = EqualEarth.project(180, 0).x() / (2 * Math.sqrt(3) * Math.PI / (3 * a1));
        Point p = EqualEarth.project(90, 45);
        assertThat(p.x()).isCloseTo(radius * x, within(1e-6));
        assertThat(p.y()).isCloseTo(-radius * y, within(1e-6));
    }

    @Test
    void equalAreasOnTheGlobeStayEqualOnTheMap() {
        // A 10° by 10° cell at the equator and one at 60°N: the globe's areas are in the ratio of the
        // differences of the sines of their latitudes.
        double equator = cellArea(0, 10);
        double north = cellArea(60, 70);
        double globe = (Math.sin(Math.toRadians(70)) - Math.sin(Math.toRadians(60))) / Math.sin(Math.toRadians(10));
        assertThat(north / equator).isCloseTo(globe, within(0.002));
    }

    /** The projected area of the cell from longitude 0 to 10, its sides traced a tenth of a degree at a time. */
    private static double cellArea(double south, double north) {
        int steps = 100;
        double[] xy = new double[4 * steps * 2];
        int n = 0;
        for (int i = 0; i < steps; i++) n = put(xy, n, EqualEarth.project(10.0 * i / steps, south));
        for (int i = 0; i < steps; i++) n = put(xy, n, EqualEarth.project(10, south + (north - south) * i / steps));
        for (int i = 0; i < steps; i++) n = put(xy, n, EqualEarth.project(10 - 10.0 * i / steps, north));
        for (int i = 0; i < steps; i++) n = put(xy, n, EqualEarth.project(0, north - (north - south) * i / steps));
        return new Ring(xy).area();
    }

    private static int put(double[] xy, int n, Point p) {
        xy[n] = p.x();
        xy[n + 1] = p.y();
        return n + 2;
    }
}
