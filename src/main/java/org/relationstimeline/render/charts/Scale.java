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

    /** Label every k-th year (or decade) so that about eight labels fit; k is 1, 2, 5, 10, 20... */
    static int labelStep(int bars, boolean decades) {
        int step = niceCeiling(Math.max(1, (bars + 7) / 8));
        return decades ? step : Math.max(step, 1);
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
