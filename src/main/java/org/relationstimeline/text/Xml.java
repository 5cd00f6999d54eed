package org.relationstimeline.text;

/**
 * The one XML escaper (feeds, sitemaps, SVG charts): its output is safe as element content and
 * inside single- or double-quoted attributes, and is always well-formed, whatever the text holds.
 */
public final class Xml {
    /** Stands in for a character no produced file may carry, so that its place stays visible. */
    public static final char REPLACEMENT = '\uFFFD';

    private Xml() {}

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        appendEscaped(out, s);
        return out.toString();
    }

    /**
     * Appends {@code s} with {@code & < > " '} escaped and every {@link ForbiddenCharacters
     * forbidden character} (controls, lone surrogates, noncharacters) replaced by
     * {@link #REPLACEMENT}: XML 1.0 cannot carry most of them at all, one would make the whole
     * feed unreadable, and a lone surrogate cannot even be written as UTF-8.
     */
    public static void appendEscaped(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                    if (ForbiddenCharacters.isForbidden(cp)) out.append(REPLACEMENT);
                    else out.appendCodePoint(cp);
                }
            }
        }
    }
}
