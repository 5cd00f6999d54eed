package org.relationstimeline.render.charts;

import java.util.Locale;
import org.relationstimeline.text.Xml;

/**
 * Writes SVG (and the little HTML around it) so that data can only ever be text: element and
 * attribute names are constants of the chart and map classes, every value and every text goes
 * through {@link Xml}, which also replaces characters no file may carry (controls, lone surrogates).
 */
public final class SvgWriter {
    private final StringBuilder out = new StringBuilder(4096);

    /**
     * The start of an SVG file of its own: the XML declaration and one {@code xml-stylesheet}
     * instruction per stylesheet, whose address is escaped like an attribute value.
     */
    public SvgWriter prolog(String... stylesheets) {
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        for (String href : stylesheets) {
            out.append("<?xml-stylesheet type=\"text/css\" href=\"");
            Xml.appendEscaped(out, href);
            out.append("\"?>\n");
        }
        return this;
    }

    /** Opens an element; {@code attributes} alternate name and value. */
    public SvgWriter open(String name, Object... attributes) {
        tag(name, attributes);
        out.append('>');
        return this;
    }

    /** An element with no content. */
    public SvgWriter empty(String name, Object... attributes) {
        tag(name, attributes);
        out.append("/>");
        return this;
    }

    /** An element holding only text. */
    public SvgWriter element(String name, String text, Object... attributes) {
        return open(name, attributes).text(text).close(name);
    }

    /** A chart's horizontal axis line from {@code x1} to {@code x2} at {@code y}. */
    public SvgWriter axis(double x1, double x2, double y) {
        return empty("line", "class", "chart__axis", "x1", x1, "x2", x2, "y1", y, "y2", y);
    }

    /** An axis label centred on {@code x}. */
    public SvgWriter centredLabel(String label, double x, double y) {
        return element("text", label, "class", "chart__label", "x", x, "y", y, "text-anchor", "middle");
    }

    public SvgWriter close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    public SvgWriter text(String text) {
        Xml.appendEscaped(out, text);
        return this;
    }

    public SvgWriter newline() {
        out.append('\n');
        return this;
    }

    /** The end of a chart: its figure's caption (what the counts are; a caption is a figure's last child), the figure closed. */
    public ChartMarkup endFigure(String caption) {
        element("figcaption", caption, "class", "chart__caption").newline();
        return close("figure").newline().done();
    }

    public ChartMarkup done() {
        return new ChartMarkup(out.toString());
    }

    private void tag(String name, Object... attributes) {
        if (attributes.length % 2 != 0) throw new IllegalArgumentException("attributes come in name/value pairs");
        out.append('<').append(name);
        for (int i = 0; i < attributes.length; i += 2) {
            Object value = attributes[i + 1];
            if (value == null) continue;
            out.append(' ').append((String) attributes[i]).append("=\"");
            Xml.appendEscaped(out, value instanceof Double d ? number(d) : String.valueOf(value));
            out.append('"');
        }
    }

    /** A coordinate with at most one decimal, as short as it can be written. */
    public static String number(double d) {
        long tenths = Math.round(d * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
