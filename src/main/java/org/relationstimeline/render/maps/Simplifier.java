package org.relationstimeline.render.maps;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Douglas–Peucker line simplification of one arc: keeps the positions that stray more than the
 * tolerance from the line through the kept ones. Arcs are simplified one by one and keep their
 * ends, so two neighbours simplified alike still share their border exactly.
 */
final class Simplifier {
    private Simplifier() {}

    /** The arc (x and y interleaved) with the positions the tolerance allows dropped. */
    static double[] simplify(double[] xy, double tolerance) {
        int n = xy.length / 2;
        if (n <= 2) return xy;
        boolean[] keep = new boolean[n];
        keep[0] = true;
        keep[n - 1] = true;
        Deque<int[]> spans = new ArrayDeque<>();
        spans.push(new int[] {0, n - 1});
        double limit = tolerance * tolerance;
        while (!spans.isEmpty()) {
            int[] span = spans.pop();
            int farthest = -1;
            double max = limit;
            for (int i = span[0] + 1; i < span[1]; i++) {
                double d = squaredDistance(xy, i, span[0], span[1]);
                if (d > max) {
                    max = d;
                    farthest = i;
                }
            }
            if (farthest < 0) continue;
            keep[farthest] = true;
            spans.push(new int[] {span[0], farthest});
            spans.push(new int[] {farthest, span[1]});
        }
        double[] out = new double[xy.length];
        int m = 0;
        for (int i = 0; i < n; i++) {
            if (!keep[i]) continue;
            out[m++] = xy[2 * i];
            out[m++] = xy[2 * i + 1];
        }
        return Arrays.copyOf(out, m);
    }

    /** From position p to the segment a–b; to a itself when a and b coincide (a closed arc). */
    private static double squaredDistance(double[] xy, int p, int a, int b) {
        double px = xy[2 * p];
        double py = xy[2 * p + 1];
        double ax = xy[2 * a];
        double ay = xy[2 * a + 1];
        double dx = xy[2 * b] - ax;
        double dy = xy[2 * b + 1] - ay;
        double length = dx * dx + dy * dy;
        double t = length == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / length));
        double ex = px - (ax + t * dx);
        double ey = py - (ay + t * dy);
        return ex * ex + ey * ey;
    }
}
