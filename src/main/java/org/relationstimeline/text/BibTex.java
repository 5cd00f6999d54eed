package org.relationstimeline.text;

/**
 * Escapes text for a braced BibTeX field. BibTeX counts every brace, escaped or not, so braces
 * are written as commands ({@code \textbraceleft{}}) that keep the field balanced whatever the
 * text holds; the other characters TeX treats specially are escaped, and non-ASCII text is kept as
 * UTF-8, which biber and BibTeX 8-bit read.
 */
public final class BibTex {
    private BibTex() {}

    public static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        boolean space = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            // A field is one line: line breaks, tabs and controls become single spaces.
            if (Character.isWhitespace(cp) || Character.isISOControl(cp) || ForbiddenCharacters.isForbidden(cp)) {
                space = out.length() > 0;
                continue;
            }
            if (space) out.append(' ');
            space = false;
            switch (cp) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append("\\textbraceleft{}");
                case '}' -> out.append("\\textbraceright{}");
                case '%', '&', '$', '#', '_' -> out.append('\\').appendCodePoint(cp);
                case '^' -> out.append("\\textasciicircum{}");
                case '~' -> out.append("\\textasciitilde{}");
                default -> out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }
}
