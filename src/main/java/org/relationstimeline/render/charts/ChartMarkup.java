package org.relationstimeline.render.charts;

/**
 * A chart rendered to markup by this package, with every piece of data escaped on the way in. It
 * is the only kind of value templates print with {@code | raw} besides the sanitised body.
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
