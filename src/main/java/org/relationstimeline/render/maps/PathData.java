package org.relationstimeline.render.maps;

/**
 * SVG path data in whole projected units, each position written relative to the one before, so an
 * outline costs a few bytes a position. Positions are rounded before the differences are taken:
 * two outlines through the same position still meet there exactly.
 */
final class PathData {
    private final StringBuilder out = new StringBuilder(1024);
    /** The current point as the path's commands leave it, for the next relative move. */
    private long x;

    private long y;
    private boolean started;

    /** A closed ring; one that rounds to fewer than three positions is left out. */
    PathData ring(double[] xy) {
        long[] points = rounded(xy, true);
        if (points.length < 6) return this;
        subpath(points);
        out.append('z');
        // After "z" the current point is the start of the ring.
        x = points[0];
        y = points[1];
        return this;
    }

    /** An open line, such as a border. */
    PathData line(double[] xy) {
        long[] points = rounded(xy, false);
        if (points.length < 4) return this;
        subpath(points);
        x = points[points.length - 2];
        y = points[points.length - 1];
        return this;
    }

    boolean isEmpty() {
        return out.length() == 0;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    private void subpath(long[] p) {
        if (started) {
            out.append('m');
            number(p[0] - x, true);
            number(p[1] - y, false);
        } else {
            out.append('M');
            number(p[0], true);
            number(p[1], false);
            started = true;
        }
        out.append('l');
        for (int i = 2; i < p.length; i += 2) {
            number(p[i] - p[i - 2], i == 2);
            number(p[i + 1] - p[i - 1], false);
        }
    }

    /** A number after a command letter needs no separator, nor does a negative one. */
    private void number(long n, boolean afterCommand) {
        if (!afterCommand && n >= 0) out.append(' ');
        out.append(n);
    }

    /** Whole-unit positions without repeats; a closed ring also without its closing repeat of the start. */
    private static long[] rounded(double[] xy, boolean closed) {
        long[] p = new long[xy.length];
        int n = 0;
        for (int i = 0; i < xy.length; i += 2) {
            long px = Math.round(xy[i]);
            long py = Math.round(xy[i + 1]);
            if (n > 0 && p[n - 2] == px && p[n - 1] == py) continue;
            p[n++] = px;
            p[n++] = py;
        }
        if (closed && n >= 4 && p[0] == p[n - 2] && p[1] == p[n - 1]) n -= 2;
        return java.util.Arrays.copyOf(p, n);
    }
}
