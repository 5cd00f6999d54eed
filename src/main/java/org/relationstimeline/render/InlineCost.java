package org.relationstimeline.render;

/**
 * A linear pre-scan that refuses Markdown bodies Flexmark would parse in quadratic time.
 *
 * <p>Flexmark's inline parser is quadratic in several constructs: each unmatched backtick run
 * searches the rest of its paragraph for a closer, each unclosed {@code [a](} scans for a link
 * end, each {@code []} / {@code [a]} looks for a reference, entities ({@code &amp;}) and
 * backslash escapes are merged into text again and again, runs of {@code ~~} look for their
 * partner, and the autolink extension rescans long words full of {@code www.}, {@code :} or
 * {@code @}. Tens of kilobytes of any of them take seconds, a megabyte takes minutes.
 *
 * <p>Inline markup is parsed per paragraph (or heading, or table cell), and none of those holds a
 * blank line. So the scan splits the body at blank lines into chunks (a superset of every
 * inline-parsed span) and counts, per chunk, the characters that start inline constructs: runs of
 * {@code `} and {@code ~}, {@code [}, {@code ]}, {@code &}, {@code \}, {@code <}, runs of
 * {@code *} and {@code _}, {@code :}, {@code @}, and each {@code www.}. The work Flexmark can do
 * on a chunk is at most about (markup in it) x (its length); the body is refused when the sum of
 * that over its chunks exceeds {@link #MAX_COST}, or when it holds more than {@link #MAX_MARKUP}
 * such characters in all. Real prose is orders of magnitude below both: a 5 KB paragraph with 200
 * links, codes and entities costs 10^6.
 */
final class InlineCost {
    /** Sum over blank-line separated chunks of (markup characters) x (chunk length). */
    static final long MAX_COST = 200_000_000L;
    /** Markup characters in the whole body. */
    static final int MAX_MARKUP = 100_000;
    /** How many markup characters one {@code www.} counts as. */
    static final int WWW_WEIGHT = 8;

    private InlineCost() {}

    /** The figures of the scan: total cost and markup, and the costliest chunk. */
    record Result(long cost, int markup, int worstLine, int worstMarkup, int worstLength) {
        boolean refused() {
            return cost > MAX_COST || markup > MAX_MARKUP;
        }
    }

    /** Throws {@link MarkdownRenderer.TooCostlyException} saying what to change when the body is refused. */
    static void check(String markdown) {
        Result r = scan(markdown);
        if (!r.refused()) return;
        String where = r.worstLength == 0
                ? ""
                : " (the paragraph at body line " + r.worstLine + " has " + r.worstMarkup + " of them in "
                        + r.worstLength + " characters)";
        throw new MarkdownRenderer.TooCostlyException(
                "the Markdown body has too much inline markup to render in bounded time: "
                        + r.markup
                        + " brackets, backtick or tilde runs, entities, backslashes, '<', emphasis runs, ':', '@' or 'www.'"
                        + where + "; split long paragraphs with blank lines, and remove repeated or unclosed markup"
                        + " (a run of '[]', '`', '&amp;', '\\\\', '~~' or bare 'www.' addresses)");
    }

    static Result scan(String s) {
        int n = s.length();
        Tally tally = new Tally();
        int total = 0;
        int chunkStart = -1;
        int chunkLine = 0;
        int chunkMarkup = 0;
        int line = 1;
        int i = 0;
        while (i <= n) {
            // one line: [i, end)
            int end = s.indexOf('\n', i);
            if (end < 0) end = n;
            boolean blank = true;
            int lineMarkup = 0;
            char previous = '\n';
            for (int k = i; k < end; k++) {
                char c = s.charAt(k);
                if (c != ' ' && c != '\t' && c != '\r') blank = false;
                switch (c) {
                    case '`', '~', '*', '_' -> {
                        if (previous != c) lineMarkup++;
                    }
                    case '[', ']', '&', '\\', '<', ':', '@' -> lineMarkup++;
                    case 'w', 'W' -> {
                        if (k + 3 < end
                                && (s.charAt(k + 1) | 0x20) == 'w'
                                && (s.charAt(k + 2) | 0x20) == 'w'
                                && s.charAt(k + 3) == '.') {
                            // The autolinker rescans the whole word at each candidate: measured several
                            // times the cost of other markup (a 31 KB word of them took 2 s at weight 1).
                            lineMarkup += WWW_WEIGHT;
                        }
                    }
                    default -> {}
                }
                previous = c;
            }
            if (blank) {
                if (chunkStart >= 0) {
                    tally.chunk(chunkLine, chunkMarkup, i - chunkStart);
                    chunkStart = -1;
                }
            } else {
                if (chunkStart < 0) {
                    chunkStart = i;
                    chunkLine = line;
                    chunkMarkup = 0;
                }
                chunkMarkup += lineMarkup;
                total += lineMarkup;
            }
            if (end == n) {
                if (chunkStart >= 0) tally.chunk(chunkLine, chunkMarkup, n - chunkStart);
                break;
            }
            i = end + 1;
            line++;
        }
        return new Result(tally.cost, total, tally.worstLine, tally.worstMarkup, tally.worstLength);
    }

    /** The estimated work so far, and the chunk (paragraph) that costs most, for the message. */
    private static final class Tally {
        long cost;
        long worstCost = -1;
        int worstLine;
        int worstMarkup;
        int worstLength;

        void chunk(int line, int markup, int length) {
            long chunkCost = (long) markup * length;
            cost += chunkCost;
            if (chunkCost > worstCost) {
                worstCost = chunkCost;
                worstLine = line;
                worstMarkup = markup;
                worstLength = length;
            }
        }
    }
}
