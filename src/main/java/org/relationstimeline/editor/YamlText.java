package org.relationstimeline.editor;

/** Writes values into front matter so that they read back exactly as given. */
final class YamlText {
    private YamlText() {}

    /** A double-quoted YAML scalar on one line: the loader reads back the same text, whatever it holds. */
    static String quote(String text) {
        StringBuilder s = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> s.append("\\\"");
                case '\\' -> s.append("\\\\");
                case '\n', '\r', '\t' -> s.append(' ');
                default -> {
                    if (c < 0x20 || c == 0x7f) s.append(' ');
                    else s.append(c);
                }
            }
        }
        return s.append('"').toString();
    }

    /** Text for a {@code #} comment: one line. */
    static String comment(String text) {
        return text.replaceAll("[\\r\\n]+", " ");
    }
}
