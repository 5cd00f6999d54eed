package org.relationstimeline.content;

/**
 * Splits a content file into its YAML front matter and its Markdown body. We split ourselves
 * (rather than through Flexmark's front matter extension) so the full YAML language reaches
 * SnakeYAML and line numbers stay exact.
 */
public final class FrontMatterSplitter {
    private FrontMatterSplitter() {}

    /**
     * The parts of a file.
     *
     * @param yaml the front matter text, without the fences
     * @param yamlFirstLine the file line on which the front matter's first line stands
     * @param body the Markdown after the closing fence
     * @param bodyFirstLine the file line on which the body starts
     */
    public record Parts(String yaml, int yamlFirstLine, String body, int bodyFirstLine) {}

    /** Thrown when the fences are missing; the message says how to fix the file. */
    public static final class MissingFrontMatterException extends Exception {
        private final int line;

        MissingFrontMatterException(int line, String message) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    /** Splits normalised text (LF line ends, no BOM), as produced by {@link org.relationstimeline.text.TextDecoder}. */
    public static Parts split(String text) throws MissingFrontMatterException {
        if (!isFence(text, 0, "---")) {
            throw new MissingFrontMatterException(
                    1, "file does not start with front matter; the first line must be '---'");
        }
        int start = text.indexOf('\n');
        if (start < 0) throw new MissingFrontMatterException(1, "front matter is not closed by a '---' line");
        start++;
        int line = 2;
        int pos = start;
        while (pos <= text.length()) {
            if (isFence(text, pos, "---") || isFence(text, pos, "...")) {
                int end = text.indexOf('\n', pos);
                String body = end < 0 ? "" : text.substring(end + 1);
                return new Parts(text.substring(start, pos), 2, body, line + 1);
            }
            int next = text.indexOf('\n', pos);
            if (next < 0) break;
            pos = next + 1;
            line++;
        }
        throw new MissingFrontMatterException(
                1, "front matter opened on line 1 is never closed; add a line '---' after the last field");
    }

    /** A fence is the marker alone on its line, trailing blanks allowed. */
    private static boolean isFence(String text, int pos, String marker) {
        if (!text.startsWith(marker, pos)) return false;
        int i = pos + marker.length();
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) i++;
        return i == text.length() || text.charAt(i) == '\n';
    }
}
