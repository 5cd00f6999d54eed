package org.relationstimeline.content;

import java.util.Optional;
import org.relationstimeline.problems.Position;

/**
 * What {@code import} leaves for the editor to replace: the pasted article between two marker
 * comments in the body, a title cut from its first sentence with an ellipsis, an empty summary.
 * A draft may keep them; an entry that is not a draft, and so would be published, may not.
 */
public final class ImportPlaceholders {
    /** The line before the pasted article. */
    public static final String START = "<!-- imported article: write the entry in your own words above this line,"
            + " then delete from here to the end marker -->";
    /** The line after it. */
    public static final String END = "<!-- end of imported article -->";
    /** How import ends a title it had to cut. */
    public static final String CUT = "\u2026";

    private ImportPlaceholders() {}

    /** Adds an error for each placeholder a published entry still holds. */
    static void check(YamlFields f, String title, String summary, String body, int bodyLine) {
        f.field("title")
                .filter(t -> title.endsWith(CUT))
                .ifPresent(t -> f.error(
                        t.value().position(),
                        "import-title",
                        "the title ends with '" + CUT
                                + "', as import cuts the article's first sentence, and the entry is not a draft",
                        "write the whole headline, or put back 'draft: true'"));
        Optional<int[]> article = articleLines(body);
        if (article.isEmpty()) return;
        int from = bodyLine + article.get()[0];
        int to = bodyLine + article.get()[1];
        String alsoSummary = summary.isBlank() ? " and the summary is empty" : "";
        f.error(
                new Position(from, 1),
                "import-article",
                "the article pasted by import is still in the body (lines " + from + "\u2013" + to + ")" + alsoSummary
                        + "; the entry is not a draft, so it would be published",
                "write the entry and its summary in your own words and delete the imported text with its markers,"
                        + " or put back 'draft: true'");
    }

    /** The body lines (0-based) of the start marker and of the end marker, or the last line when it is gone. */
    private static Optional<int[]> articleLines(String body) {
        int start = body.indexOf("<!-- imported article:");
        if (start < 0) return Optional.empty();
        int startLine = lineOf(body, start);
        int end = body.indexOf(END, start);
        int endLine = end < 0 ? lineOf(body, body.stripTrailing().length()) : lineOf(body, end);
        return Optional.of(new int[] {startLine, endLine});
    }

    private static int lineOf(String text, int offset) {
        int line = 0;
        for (int i = 0; i < offset; i++) if (text.charAt(i) == '\n') line++;
        return line;
    }
}
