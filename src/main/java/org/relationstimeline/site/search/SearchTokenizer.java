package org.relationstimeline.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into search terms. The browser script ({@code templates/assets/search.js}) applies the
 * same steps to a query, so both sides must change together: Unicode compatibility decomposition
 * (NFKD, so "ﬁ" and full-width digits become plain letters), accents dropped, lower case, a few
 * letters that do not decompose folded by hand ("ß" to "ss", "ø" to "o"), then words of letters
 * and digits. Words of one character are left out; words are cut at {@link #MAX_LENGTH}.
 */
public final class SearchTokenizer {
    /** Longer words are cut to this many characters, on both sides. */
    public static final int MAX_LENGTH = 32;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'\u2019]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]+");
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Me}\\p{Mc}]+");
    /** Letters that keep no base letter under NFKD; the script has the same table. */
    private static final String[][] FOLDS = {
        {"ß", "ss"}, {"æ", "ae"}, {"œ", "oe"}, {"ø", "o"}, {"đ", "d"}, {"ð", "d"}, {"ł", "l"},
        {"ħ", "h"}, {"ı", "i"}, {"þ", "th"}, {"ŋ", "n"}, {"ĸ", "k"}, {"ſ", "s"},
    };

    private SearchTokenizer() {}

    /** "Côte d’Ivoire" becomes "cote d’ivoire": decomposed, unaccented, lower case, folded. */
    public static String fold(String text) {
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        String s = Normalizer.normalize(text, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        for (String[] f : FOLDS) {
            if (s.contains(f[0])) s = s.replace(f[0], f[1]);
        }
        return s;
    }

    /**
     * The distinct terms of a text, in order of first appearance. A word with an apostrophe gives
     * its parts and the joined form, so "d'Ivoire" is found by "ivoire" and by "divoire", and
     * "Russia's" by "russia".
     */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        var m = WORD.matcher(fold(text));
        while (m.find()) {
            String word = m.group();
            String[] parts = APOSTROPHES.split(word);
            for (String part : parts) add(out, part);
            if (parts.length > 1) add(out, String.join("", parts));
        }
        return List.copyOf(out);
    }

    /** The words of a query as the script reads them: apostrophes separate, nothing is joined. */
    public static List<String> queryTerms(String query) {
        List<String> out = new ArrayList<>();
        for (String w : fold(query).split("[^\\p{L}\\p{N}]+")) {
            String t = cut(w);
            if (t.codePointCount(0, t.length()) > 1 && !out.contains(t)) out.add(t);
        }
        return out;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static void add(Set<String> out, String word) {
        String t = cut(word);
        if (t.codePointCount(0, t.length()) > 1) out.add(t);
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= MAX_LENGTH ? word
                : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH));
    }
}
