package org.relationstimeline.text;

/** Escapes text for XML 1.0 element content and double-quoted attributes (feeds, sitemaps). */
public final class Xml {
    private Xml() {}

    /**
     * Escapes {@code & < > "} and drops characters XML 1.0 cannot carry at all (most C0 controls,
     * U+FFFE, U+FFFF and unpaired surrogates), which would otherwise make the whole file unreadable.
     */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (allowed(cp)) out.appendCodePoint(cp);
                }
            }
        }
        return out.toString();
    }

    private static boolean allowed(int cp) {
        return cp == 0x9 || cp == 0xA || cp == 0xD
                || cp >= 0x20 && cp <= 0xD7FF
                || cp >= 0xE000 && cp <= 0xFFFD
                || cp >= 0x10000 && cp <= 0x10FFFF;
    }
}
