package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;

/**
 * One territory of the map data: an outline made of arcs shared with its neighbours, or a point.
 *
 * @param a3 its ISO 3166 alpha-3 code, what registry parties are matched by
 * @param numeric its ISO 3166 numeric code as the data gives it (negative where it has none)
 * @param polygons each a list of rings (the outer one first), a ring a list of arc references;
 *     empty for a territory known only as a point
 * @param area its projected area, which tells the territories too small to see as outlines
 * @param frame the box of its main polygons, which a map frames it on: France without French
 *     Guiana, Russia without the tip of Chukotka beyond 180°
 * @param anchor where its point or the end of a line goes: the centre of its largest polygon
 */
record Shape(String a3, String numeric, String name, List<List<int[]>> polygons, double area, Box frame, Point anchor) {
    /** Polygons smaller than this share of the largest do not count for the frame. */
    private static final double MAIN_POLYGON_SHARE = 0.25;

    static Shape point(String a3, String numeric, String name, Point at) {
        return new Shape(a3, numeric, name, List.of(), 0, new Box(at.x(), at.y(), at.x(), at.y()), at);
    }

    /** A shape of polygons, with its area, frame and anchor measured on {@code arcs}. */
    static Shape outline(String a3, String numeric, String name, List<List<int[]>> polygons, List<double[]> arcs) {
        List<Ring> outers = new ArrayList<>();
        List<Double> areas = new ArrayList<>();
        double total = 0;
        for (List<int[]> polygon : polygons) {
            Ring outer = Ring.of(polygon.get(0), arcs);
            double area = outer.area();
            for (int i = 1; i < polygon.size(); i++)
                area -= Ring.of(polygon.get(i), arcs).area();
            outers.add(outer);
            areas.add(area);
            total += area;
        }
        int largest = 0;
        for (int i = 1; i < areas.size(); i++) if (areas.get(i) > areas.get(largest)) largest = i;
        Box frame = Box.EMPTY;
        for (int i = 0; i < outers.size(); i++) {
            if (areas.get(i) >= areas.get(largest) * MAIN_POLYGON_SHARE)
                frame = frame.union(outers.get(i).box());
        }
        return new Shape(
                a3,
                numeric,
                name,
                List.copyOf(polygons),
                total,
                frame,
                outers.get(largest).centroid());
    }

    boolean isPoint() {
        return polygons.isEmpty();
    }
}
