package org.relationstimeline.render.maps;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.render.charts.ChartMarkup;
import org.relationstimeline.render.charts.SvgWriter;
import org.relationstimeline.site.UrlScheme;

/**
 * Draws one map into a figure: the muted world and the borders from the shared asset of the view's
 * detail, the territories a page shows as links over it, small territories as points on top, then
 * the caption. Every map kind draws through this, so they look and read alike.
 *
 * <p>A map {@linkplain #inFile drawn into a file} of its own (the shaded maps, whose links would
 * weigh on their page) is a standalone SVG document linking the site's stylesheets, which the
 * figure shows in an {@code <object>}; its links open in the page around it ({@code target="_top"}).
 * Only the figure with its caption is in the page.
 *
 * <p>The SVG is an image to assistive technology (its title and description say what it shows)
 * and its links are left out of the tab order: the caption and the page's lists carry the same
 * links for keyboards and screen readers, while a pointer can click the map itself.
 */
final class MapCanvas {
    /** A territory whose outline covers less than this many square pixels is also drawn as a point. */
    static final double MIN_VISIBLE_PIXELS = 12;

    static final double POINT_PIXELS = 4;

    /** A coloured key of the legend: a party's colour or a shade, with its label and, maybe, a link. */
    record Key(String cssClass, String label, String href) {}

    private record PendingPoint(Point at, String cssClass, String href, String tooltip) {}

    /** The drawing; the same writer as {@link #figure} for a map drawn in its page. */
    private final SvgWriter svg = new SvgWriter();

    private final SvgWriter figure;
    private final Viewport view;
    private final Outlines outlines;
    private final String asset;
    private final UrlScheme urls;
    /** Where the drawing's file is published, or null for a map drawn in its page. */
    private final String file;
    /** For links in a drawing shown by an {@code <object>}: they open in the page, not in the object. */
    private final String target;

    private final List<PendingPoint> points = new ArrayList<>();

    /** A map drawn in its page. */
    MapCanvas(Viewport view, World world, UrlScheme urls) {
        this(view, world, urls, null);
    }

    private MapCanvas(Viewport view, World world, UrlScheme urls, String file) {
        this.view = view;
        this.outlines = world.outlines(view.detail());
        this.asset = urls.asset(view.detail().file);
        this.urls = urls;
        this.file = file;
        this.target = file == null ? null : "_top";
        this.figure = file == null ? svg : new SvgWriter();
    }

    /** A map drawn into the file at {@code fileUrl}, which its figure shows. */
    static MapCanvas inFile(Viewport view, World world, UrlScheme urls, String fileUrl) {
        return new MapCanvas(view, world, urls, fileUrl);
    }

    Viewport view() {
        return view;
    }

    /**
     * Opens the figure and the SVG, and draws the sea and the world in their muted colours. A
     * drawing in a file of its own links the site's stylesheet (for its colour tokens and scheme)
     * and the maps'; the figure shows it in an {@code <object>} as tall as the drawing for its
     * width, so the page does not move when it arrives, and out of the tab order like its links.
     */
    MapCanvas begin(String kind, String id, String title, String description) {
        figure.open("figure", "class", "map map--" + kind).newline();
        if (file != null) {
            svg.prolog(urls.asset("assets/style.css"), urls.asset("assets/maps.css"));
            figure.open(
                            "object",
                            "class",
                            "map__object",
                            "type",
                            "image/svg+xml",
                            "data",
                            file,
                            "style",
                            "aspect-ratio: " + view.aspectRatio(),
                            "aria-label",
                            title,
                            "tabindex",
                            "-1")
                    .element("a", title + " (SVG)", "href", file)
                    .close("object")
                    .newline();
        }
        svg.open(
                        "svg",
                        "xmlns",
                        "http://www.w3.org/2000/svg",
                        "class",
                        "map__svg",
                        "viewBox",
                        view.viewBox(),
                        "role",
                        "img",
                        "aria-labelledby",
                        id + "_title " + id + "_desc")
                .newline();
        svg.element("title", title, "id", id + "_title").newline();
        svg.element("desc", description, "id", id + "_desc").newline();
        svg.empty("use", "href", asset + "#sphere", "class", "map__sphere").newline();
        svg.empty("use", "href", asset + "#land", "class", "map__land").newline();
        return this;
    }

    /** Starts territories drawn alike (one shade), so each need not repeat its class. */
    MapCanvas group(String cssClass) {
        svg.open("g", "class", cssClass).newline();
        return this;
    }

    MapCanvas endGroup() {
        svg.close("g").newline();
        return this;
    }

    /**
     * A territory in {@code cssClass}, linked to {@code href} (not linked when null), named by
     * {@code tooltip} when a pointer rests on it. {@code grouped} says the class comes from the
     * enclosing {@link #group}.
     */
    MapCanvas territory(Territory t, String cssClass, boolean grouped, String href, String tooltip) {
        String own = grouped ? null : cssClass;
        if (href != null) svg.open("a", "href", href, "target", target, "tabindex", "-1", "class", own);
        else svg.open("g", "class", own);
        svg.element("title", tooltip);
        for (Shape shape : t.shapes()) {
            if (outlines.hasOutline(shape.a3())) svg.empty("use", "href", asset + "#" + shape.a3());
            if (needsPoint(shape)) points.add(new PendingPoint(shape.anchor(), cssClass, href, tooltip));
        }
        svg.close(href != null ? "a" : "g").newline();
        return this;
    }

    /** A curved line from one place to another, {@code pixels} wide, linked. */
    MapCanvas line(Point from, Point to, double pixels, String href, String tooltip) {
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        // Bow the line northwards by a fifth of its length, so lines from one place fan out.
        double nx = -dy;
        double ny = dx;
        if (ny > 0) {
            nx = -nx;
            ny = -ny;
        }
        double cx = (from.x() + to.x()) / 2 + nx / 5;
        double cy = (from.y() + to.y()) / 2 + ny / 5;
        String d = "M" + round(from.x()) + " " + round(from.y()) + "Q" + round(cx) + " " + round(cy) + " "
                + round(to.x()) + " " + round(to.y());
        svg.open("a", "href", href, "target", target, "tabindex", "-1", "class", "map__arc")
                .element("title", tooltip)
                .empty("path", "d", d, "stroke-width", Math.round(pixels * 10) / 10.0)
                .close("a")
                .newline();
        return this;
    }

    /** Draws the borders over the territories and the points over the borders, and ends the SVG. */
    MapCanvas endDrawing() {
        svg.empty("use", "href", asset + "#borders", "class", "map__borders").newline();
        double r = POINT_PIXELS * view.unitsPerPixel();
        for (PendingPoint p : points) {
            if (p.href() != null)
                svg.open("a", "href", p.href(), "target", target, "tabindex", "-1", "class", p.cssClass());
            else svg.open("g", "class", p.cssClass());
            svg.element("title", p.tooltip())
                    .empty(
                            "circle",
                            "class",
                            "map__point",
                            "cx",
                            (double) round(p.at().x()),
                            "cy",
                            (double) round(p.at().y()),
                            "r",
                            Math.round(r * 10) / 10.0);
            svg.close(p.href() != null ? "a" : "g").newline();
        }
        svg.close("svg").newline();
        return this;
    }

    /** Opens the caption with the legend: one key per colour, each a link when it has one. */
    MapCanvas legend(List<Key> keys) {
        figure.open("figcaption", "class", "map__caption").newline();
        figure.open("ul", "class", "map__legend").newline();
        for (Key k : keys) {
            figure.open("li")
                    .open("span", "class", "map__key " + k.cssClass(), "aria-hidden", "true")
                    .close("span");
            if (k.href() != null) figure.element("a", k.label(), "href", k.href());
            else figure.text(k.label());
            figure.close("li").newline();
        }
        figure.close("ul").newline();
        return this;
    }

    /** The caption's sentences on how territories are drawn, or why some are not. */
    MapCanvas notes(List<String> notes) {
        for (String note : notes)
            if (!note.isEmpty()) figure.element("p", note, "class", "map__note").newline();
        return this;
    }

    /** For what a map kind adds to its caption beside the legend and notes. */
    SvgWriter writer() {
        return figure;
    }

    /** The figure, drawing included for a map drawn in its page. */
    ChartMarkup end() {
        figure.close("figcaption").newline().close("figure").newline();
        return figure.done();
    }

    /** The drawing of a map {@linkplain #inFile drawn into a file}, as that file's text. */
    String document() {
        if (file == null) throw new IllegalStateException("the map is drawn in its page");
        return svg.done().html();
    }

    /** True when the territory is too small to see, or to click, as an outline at this view. */
    boolean needsPoint(Shape shape) {
        if (shape.isPoint() || !outlines.hasOutline(shape.a3())) return true;
        double upp = view.unitsPerPixel();
        return shape.area() / (upp * upp) < MIN_VISIBLE_PIXELS;
    }

    private static long round(double v) {
        return Math.round(v);
    }
}
