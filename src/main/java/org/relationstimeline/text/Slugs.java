package org.relationstimeline.text;

import java.text.Normalizer;
import java.util.Locale;

/** Turns names and titles into URL slugs: lowercase ASCII words joined by hyphens. */
public final class Slugs {
    private Slugs() {}

    /**
     * "Côte d'Ivoire" becomes "cote-divoire": accents are stripped, apostrophes join words
     * (so possessives do not split), every other run of non-alphanumerics becomes one hyphen.
     */
    public static String slugify(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = new StringBuilder(decomposed.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK) continue;
            if (c == '\'' || c == '\u2019') continue;
            char lower = Character.toLowerCase(c);
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (pendingHyphen && out.length() > 0) out.append('-');
                pendingHyphen = false;
                out.append(lower);
            } else {
                pendingHyphen = true;
            }
        }
        return out.toString();
    }

    /**
     * A slug from text in any script: "Россия и Алжир" becomes "rossiya-i-alzhir", "中国" "zhong-guo".
     * Text that is already Latin is slugified as it is; other scripts are romanised first with
     * ICU's transliterator (Cyrillic by the BGN/PCGN rules English-language sources use, so
     * "Алжир" is "alzhir", not ISO 9's "alzir"), made per call since its instances are not safe to
     * share between threads (only new and import call this, once per file).
     */
    public static String slugifyAnyScript(String text) {
        boolean latinOnly = text.codePoints()
                .noneMatch(c -> Character.isLetterOrDigit(c)
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.LATIN
                        && Character.UnicodeScript.of(c) != Character.UnicodeScript.COMMON);
        if (latinOnly) return slugify(text);
        return slugify(com.ibm.icu.text.Transliterator.getInstance("Russian-Latin/BGN; Any-Latin; Latin-ASCII")
                .transliterate(text));
    }

    /** True when the text is already a slug this class would produce (safe as one path segment). */
    public static boolean isSlug(String text) {
        return !text.isEmpty()
                && text.length() <= 120
                && text.equals(slugify(text))
                && text.equals(text.toLowerCase(Locale.ROOT));
    }
}
