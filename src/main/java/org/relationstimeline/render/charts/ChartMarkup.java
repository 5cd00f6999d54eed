package org.relationstimeline.render.charts;

/**
 * A chart or map rendered to markup through {@link SvgWriter}, with every piece of data escaped on
 * the way in. It is the only kind of value templates print with {@code | raw} besides the
 * sanitised body.
 */
public final class ChartMarkup {
    private final String html;

    ChartMarkup(String html) {
        this.html = html;
    }

    public String html() {
        return html;
    }

    @Override
    public String toString() {
        return html;
    }
}
