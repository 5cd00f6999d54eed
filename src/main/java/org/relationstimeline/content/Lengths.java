package org.relationstimeline.content;

/** Bounds on the length of text fields, counted in characters as readers see them (code points). */
final class Lengths {
    private Lengths() {}

    /** An error at the field's value when its text is longer than {@code max} characters. */
    static void check(YamlFields f, String key, String text, int max, String hint) {
        int length = text.codePointCount(0, text.length());
        if (length <= max || f.field(key).isEmpty()) return;
        f.error(
                f.field(key).get().value().position(),
                "too-long",
                "'" + key + "' is " + length + " characters, more than the limit of " + max,
                hint);
    }
}
