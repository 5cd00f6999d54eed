package org.relationstimeline.render.maps;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.render.charts.SvgWriter;

/**
 * The world at one level of detail, as the shared SVG asset pages point into: every territory's
 * outline as a path whose id is its alpha-3 code, all of them in the group {@code land}, the
 * borders between territories as one path, {@code borders}, and the edge of the world, {@code sphere}. The paths carry no colours: a page's
 * {@code <use>} gives them theirs, so one asset serves light, dark and print alike.
 */
final class Outlines {
    /** Rings smaller than this many squared tolerances would be specks: they are left out. */
    private static final double MIN_RING = 6;

    private final Detail detail;
    private final Map<String, String> paths;
    private final byte[] svg;

    private Outlines(Detail detail, Map<String, String> paths, byte[] svg) {
        this.detail = detail;
        this.paths = paths;
        this.svg = svg;
    }

    static Outlines of(World world, Detail detail) {
        List<double[]> arcs = new ArrayList<>(world.arcs().size());
        for (double[] arc : world.arcs()) arcs.add(Simplifier.simplify(arc, detail.tolerance));
        double minArea = MIN_RING * detail.tolerance * detail.tolerance;
        Map<String, String> paths = new LinkedHashMap<>();
        for (Shape shape : world.shapes().values()) {
            PathData d = new PathData();
            for (List<int[]> polygon : shape.polygons()) {
                Ring outer = Ring.of(polygon.get(0), arcs);
                if (outer.area() < minArea) continue;
                d.ring(outer.xy());
                for (int i = 1; i < polygon.size(); i++) {
                    Ring hole = Ring.of(polygon.get(i), arcs);
                    if (hole.area() >= minArea) d.ring(hole.xy());
                }
            }
            if (!d.isEmpty()) paths.put(shape.a3(), d.toString());
        }
        PathData borders = new PathData();
        for (int i = 0; i < arcs.size(); i++) if (world.isBorder(i)) borders.line(arcs.get(i));
        return new Outlines(detail, Collections.unmodifiableMap(paths), asset(world, paths, borders.toString()));
    }

    private static byte[] asset(World world, Map<String, String> paths, String borders) {
        World.Source s = world.source();
        Viewport all = Viewport.whole();
        SvgWriter svg = new SvgWriter();
        svg.open("svg", "xmlns", "http://www.w3.org/2000/svg", "viewBox", all.viewBox())
                .newline();
        svg.element(
                        "desc",
                        "Country outlines for the maps of Relations Timeline: " + s.data() + ", from " + s.name() + " "
                                + s.version() + ". Licence: " + s.licence() + ".")
                .newline();
        svg.empty("path", "id", "sphere", "d", new PathData().ring(sphere()).toString())
                .newline();
        svg.open("g", "id", "land").newline();
        paths.forEach((a3, d) -> svg.empty("path", "id", a3, "d", d).newline());
        svg.close("g").newline();
        svg.empty("path", "id", "borders", "fill", "none", "vector-effect", "non-scaling-stroke", "d", borders)
                .newline();
        svg.close("svg").newline();
        return svg.done().html().getBytes(StandardCharsets.UTF_8);
    }

    /** The edge of the projected world, a degree at a time: the meridians at ±180° are curves. */
    private static double[] sphere() {
        double[] xy = new double[2 * 2 * 181];
        int n = 0;
        for (int lat = 90; lat >= -90; lat--) {
            Point p = EqualEarth.project(180, lat);
            xy[n++] = p.x();
            xy[n++] = p.y();
        }
        for (int lat = -90; lat <= 90; lat++) {
            Point p = EqualEarth.project(-180, lat);
            xy[n++] = p.x();
            xy[n++] = p.y();
        }
        return xy;
    }

    Detail detail() {
        return detail;
    }

    /** False for a territory too small for an outline at this level: maps draw it as a point. */
    boolean hasOutline(String a3) {
        return paths.containsKey(a3);
    }

    /** The asset, as written to {@link Detail#file}. */
    byte[] svg() {
        return svg.clone();
    }

    int size() {
        return svg.length;
    }
}
