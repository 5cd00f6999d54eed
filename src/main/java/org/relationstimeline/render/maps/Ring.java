package org.relationstimeline.render.maps;

import java.util.List;

/** A closed ring of positions, x and y interleaved, assembled from arcs of the map data. */
record Ring(double[] xy) {
    /** The ring of {@code refs} (arc {@code -(i+1)} is arc i walked backwards) over {@code arcs}. */
    static Ring of(int[] refs, List<double[]> arcs) {
        int length = 0;
        for (int ref : refs) length += arcs.get(index(ref)).length;
        double[] out = new double[length];
        int n = 0;
        for (int ref : refs) {
            double[] arc = arcs.get(index(ref));
            int points = arc.length / 2;
            // Each arc starts where the one before ended: that shared position is written once.
            for (int i = n == 0 ? 0 : 1; i < points; i++) {
                int p = ref < 0 ? points - 1 - i : i;
                out[n++] = arc[2 * p];
                out[n++] = arc[2 * p + 1];
            }
        }
        return new Ring(java.util.Arrays.copyOf(out, n));
    }

    static int index(int ref) {
        return ref < 0 ? -ref - 1 : ref;
    }

    int size() {
        return xy.length / 2;
    }

    /** The area enclosed, whichever way the ring turns (shoelace formula). */
    double area() {
        return Math.abs(twiceSignedArea()) / 2;
    }

    /** The centre of the enclosed area; the mean of the positions for a ring too small to have one. */
    Point centroid() {
        double a = twiceSignedArea();
        int n = size();
        if (Math.abs(a) < 1e-9) {
            double sx = 0;
            double sy = 0;
            for (int i = 0; i < n; i++) {
                sx += xy[2 * i];
                sy += xy[2 * i + 1];
            }
            return new Point(sx / n, sy / n);
        }
        double cx = 0;
        double cy = 0;
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            double cross = xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
            cx += (xy[2 * i] + xy[2 * j]) * cross;
            cy += (xy[2 * i + 1] + xy[2 * j + 1]) * cross;
        }
        return new Point(cx / (3 * a), cy / (3 * a));
    }

    Box box() {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < xy.length; i += 2) {
            minX = Math.min(minX, xy[i]);
            maxX = Math.max(maxX, xy[i]);
            minY = Math.min(minY, xy[i + 1]);
            maxY = Math.max(maxY, xy[i + 1]);
        }
        return minX > maxX ? Box.EMPTY : new Box(minX, minY, maxX, maxY);
    }

    private double twiceSignedArea() {
        double sum = 0;
        int n = size();
        for (int i = 0; i < n; i++) {
            int j = (i + 1) % n;
            sum += xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1];
        }
        return sum;
    }
}
