package org.relationstimeline.text;

/**
 * The characters no text the generator reads or writes may hold: C0 controls other than tab and
 * line breaks, DEL, the C1 controls U+0080 to U+009F, lone surrogates and noncharacters (U+FDD0 to
 * U+FDEF, U+FFFE, U+FFFF and their counterparts in every plane). Content refuses them with a
 * position; output escapers replace any that arrive by another way, so no produced file carries one.
 */
public final class ForbiddenCharacters {
    private ForbiddenCharacters() {}

    /** True for a code point (or a lone surrogate unit, as {@link String#codePointAt} gives it). */
    public static boolean isForbidden(int cp) {
        if (cp == '\t' || cp == '\n' || cp == '\r') return false;
        if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return true;
        if (cp >= 0xd800 && cp <= 0xdfff) return true;
        return (cp >= 0xfdd0 && cp <= 0xfdef) || (cp & 0xfffe) == 0xfffe;
    }
}
