package org.relationstimeline.render.maps;

import java.util.Locale;

/**
 * The part of the projected world a map shows, and the level of detail it is drawn at. Every
 * view has the proportions of the world map, so maps take the same room on every page.
 */
record Viewport(double x, double y, double width, double height, Detail detail) {
    private static final double HALF = EqualEarth.WORLD_WIDTH / 2;
    private static final Point NORTH_POLE = EqualEarth.project(0, 90);
    private static final Point SOUTH_POLE = EqualEarth.project(0, -90);
    /** The world map shows from north of Greenland down to Tierra del Fuego, unless Antarctica is on it. */
    private static final double NORTH = EqualEarth.project(0, 84).y();

    private static final double SOUTH = EqualEarth.project(0, -58).y();
    static final double ASPECT = EqualEarth.WORLD_WIDTH / (SOUTH - NORTH);
    /** The width a map is drawn at on a wide screen, in CSS pixels: what points and lines are sized for. */
    static final double NOMINAL_PIXELS = 720;
    /** A close-up shows at least this much of the world's width (about 40° of longitude)... */
    private static final double MIN_WIDTH = EqualEarth.WORLD_WIDTH / 9;
    /** ...and a frame wider than this share of the world is shown as the whole world instead. */
    private static final double WORLD_SHARE = 0.5;
    /** Frames up to this share of the world's width are drawn from the detailed outlines. */
    private static final double REGION_SHARE = 0.25;
    /** Room left around what a frame is on, as a share of its larger side. */
    private static final double MARGIN = 0.15;

    /** The whole projected world, poles included. */
    static Viewport whole() {
        return new Viewport(
                -HALF, NORTH_POLE.y(), EqualEarth.WORLD_WIDTH, SOUTH_POLE.y() - NORTH_POLE.y(), Detail.WORLD);
    }

    /** The world map, from Greenland to Tierra del Fuego; down to the South Pole when {@code antarctica}. */
    static Viewport world(boolean antarctica) {
        double bottom = antarctica ? SOUTH_POLE.y() : SOUTH;
        double height = bottom - NORTH;
        return new Viewport(
                -HALF + (EqualEarth.WORLD_WIDTH - height * ASPECT) / 2, NORTH, height * ASPECT, height, Detail.WORLD);
    }

    /** The world map, reaching down to the South Pole when {@code focus} does. */
    static Viewport worldAround(Box focus) {
        return world(!focus.isEmpty() && focus.maxY() > SOUTH);
    }

    /**
     * A view framed on {@code focus} with some room around it; the world map when the focus is empty
     * or too wide for a close-up to help, so far-apart places are seen in the world they are in.
     */
    static Viewport around(Box focus) {
        if (focus.isEmpty()) return world(false);
        double margin = Math.max(focus.width(), focus.height()) * MARGIN;
        double w = Math.max(focus.width() + 2 * margin, MIN_WIDTH);
        double h = Math.max(focus.height() + 2 * margin, MIN_WIDTH / ASPECT);
        if (w / h < ASPECT) w = h * ASPECT;
        else h = w / ASPECT;
        if (w > WORLD_SHARE * EqualEarth.WORLD_WIDTH) return worldAround(focus);
        double cx = (focus.minX() + focus.maxX()) / 2;
        double cy = (focus.minY() + focus.maxY()) / 2;
        double left = clamp(cx - w / 2, -HALF, HALF - w);
        double top = clamp(cy - h / 2, NORTH_POLE.y(), SOUTH_POLE.y() - h);
        Detail detail = w <= REGION_SHARE * EqualEarth.WORLD_WIDTH ? Detail.REGION : Detail.WORLD;
        return new Viewport(left, top, w, h, detail);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** True for a view of the whole world rather than a close-up. */
    boolean isWorld() {
        return width >= WORLD_SHARE * EqualEarth.WORLD_WIDTH;
    }

    /** Projected units to one CSS pixel when the map is drawn at {@link #NOMINAL_PIXELS}. */
    double unitsPerPixel() {
        return width / NOMINAL_PIXELS;
    }

    /** Its width to its height as CSS {@code aspect-ratio} takes it, in the viewBox's whole units. */
    String aspectRatio() {
        return Math.round(width) + " / " + Math.round(height);
    }

    /** The SVG viewBox, in whole units. */
    String viewBox() {
        return String.format(
                Locale.ROOT, "%d %d %d %d", Math.round(x), Math.round(y), Math.round(width), Math.round(height));
    }
}
