package org.relationstimeline.render.charts;

/** Round numbers for axes and label spacing. */
final class Scale {
    private Scale() {}

    /** The smallest of 1, 2, 5, 10, 20, 50... at or above {@code n} (at least 1). */
    static int niceCeiling(int n) {
        int magnitude = 1;
        while (true) {
            for (int f : new int[] {1, 2, 5}) {
                if (f * magnitude >= n) return f * magnitude;
            }
            magnitude *= 10;
        }
    }

    /**
     * The least top of a chart's scale: a timeline of one or two events draws short bars, not bars as tall (or
     * as long) as the chart, which would say "a lot" of what is little.
     */
    static final int MIN_TOP = 5;

    /** The top of a scale for counts up to {@code max}: a round number, at least {@link #MIN_TOP}. */
    static int top(int max) {
        return Math.max(MIN_TOP, niceCeiling(max));
    }

    /** Label every k-th bar so that about {@code labels} labels fit; k is 1, 2, 5, 10, 20... */
    static int labelStep(int bars, int labels) {
        return niceCeiling(Math.max(1, (bars + labels - 1) / labels));
    }

    /** A rough width of text in the charts' 12-unit sans-serif: enough to lay out labels without a font. */
    static double textWidth(String s, double fontSize) {
        return s.codePointCount(0, s.length()) * fontSize * 0.58;
    }

    /** Cuts a label to {@code max} characters, marking the cut with an ellipsis. */
    static String fit(String s, int max) {
        if (s.codePointCount(0, s.length()) <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, max - 1)).stripTrailing() + "\u2026";
    }
}
