package org.relationstimeline.site.search;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns text into search terms: Unicode compatibility decomposition (NFKD, so "ﬁ" and full-width
 * digits become plain letters), accents dropped, lower case, a few letters that do not decompose
 * folded by hand ("ß" to "ss", "ø" to "o"), then words of letters and digits. Words of one
 * character are left out; words are cut at {@link #MAX_LENGTH}.
 *
 * <p>This class is the one definition of these rules. The browser reads a query with the same
 * rules, which the build writes into the search manifest ({@link #queryRules}) rather than the
 * script keeping a copy; {@code ReaderBrowserTest} checks that both read tricky text alike.
 */
public final class SearchTokenizer {
    /** Longer words are cut to this many characters, on both sides. */
    public static final int MAX_LENGTH = 32;
    /** Shorter words are left out: a single letter matches too much to help. */
    public static final int MIN_LENGTH = 2;
    /** A query is read as at most this many words, which bounds what it downloads. */
    public static final int MAX_QUERY_WORDS = 6;

    private static final Normalizer.Form NORMALIZATION = Normalizer.Form.NFKD;
    // MARKS and QUERY_SEPARATOR go to the browser as they are: they keep to the syntax that Java
    // and JavaScript (with the "u" flag) read alike.
    private static final Pattern MARKS = Pattern.compile("[\\p{Mn}\\p{Me}\\p{Mc}]+");
    private static final Pattern QUERY_SEPARATOR = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019]+");
    /** Letters that keep no base letter under NFKD, in lower case (they are applied after lower-casing). */
    private static final String[][] FOLDS = {
        {"ß", "ss"},
        {"æ", "ae"},
        {"œ", "oe"},
        {"ø", "o"},
        {"đ", "d"},
        {"ð", "d"},
        {"ł", "l"},
        {"ħ", "h"},
        {"ı", "i"},
        {"þ", "th"},
        {"ŋ", "n"},
        {"ĸ", "k"},
        {"ſ", "s"},
    };

    private SearchTokenizer() {}

    /** "Côte d’Ivoire" becomes "cote d’ivoire": decomposed, unaccented, lower case, folded. */
    public static String fold(String text) {
        if (isAscii(text)) return text.toLowerCase(Locale.ROOT);
        // Greek capital sigma lower-cases by what surrounds it, so it is folded with all its text.
        if (text.indexOf('\u03a3') >= 0) return foldRun(text);
        // Mostly ASCII (a body with a dash or a name with an accent): only the runs of other characters
        // need the slow steps. Every ASCII character is its own decomposition and a starter, so
        // decomposing run by run gives what decomposing the whole text gives.
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            int end = i;
            if (text.charAt(i) < 0x80) {
                while (end < text.length() && text.charAt(end) < 0x80) out.append(asciiLower(text.charAt(end++)));
            } else {
                while (end < text.length() && text.charAt(end) >= 0x80) end++;
                out.append(foldRun(text.substring(i, end)));
            }
            i = end;
        }
        return out.toString();
    }

    private static String foldRun(String text) {
        String s = Normalizer.normalize(text, NORMALIZATION);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        for (String[] f : FOLDS) {
            if (s.contains(f[0])) s = s.replace(f[0], f[1]);
        }
        return s;
    }

    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /**
     * The distinct terms of a text, in order of first appearance. A word with an apostrophe gives
     * its parts and the joined form, so "d'Ivoire" is found by "ivoire" and by "divoire", and
     * "Russia's" by "russia".
     */
    public static List<String> terms(String text) {
        Set<String> out = new LinkedHashSet<>();
        // A char array: a body's folded text is UTF-16 as soon as it holds one dash, and reading a
        // code point from such a string checks its bounds twice a character.
        char[] folded = fold(text).toCharArray();
        int n = folded.length;
        int i = 0;
        while (i < n) {
            int start = i;
            while (start < n && !isWordChar(Character.codePointAt(folded, start)))
                start += Character.charCount(Character.codePointAt(folded, start));
            int end = start;
            while (end < n && isWordChar(Character.codePointAt(folded, end)))
                end += Character.charCount(Character.codePointAt(folded, end));
            i = end;
            if (end == start) break;
            String word = new String(folded, start, end - start);
            // Most words have no apostrophe: splitting them with the pattern would only copy them.
            if (word.indexOf('\'') < 0 && word.indexOf('\u2019') < 0) {
                add(out, word);
                continue;
            }
            String[] parts = APOSTROPHES.split(word);
            for (String part : parts) add(out, part);
            if (parts.length > 1) add(out, String.join("", parts));
        }
        return List.copyOf(out);
    }

    /**
     * The words of a query, as the browser reads them: apostrophes separate, nothing is joined,
     * and words past the first {@link #MAX_QUERY_WORDS} distinct ones are dropped.
     */
    public static List<String> queryTerms(String query) {
        List<String> out = new ArrayList<>();
        for (String w : QUERY_SEPARATOR.split(fold(query))) {
            if (out.size() == MAX_QUERY_WORDS) break;
            String t = cut(w);
            if (isLongEnough(t) && !out.contains(t)) out.add(t);
        }
        return out;
    }

    /**
     * Everything the browser needs to do what {@link #queryTerms} does, for the search manifest:
     * the normalization form, the marks dropped, the folds (applied in order after lower-casing),
     * the pattern between words, and the word lengths and count.
     */
    public static Map<String, Object> queryRules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("normalization", NORMALIZATION.name());
        rules.put("marks", MARKS.pattern());
        rules.put("folds", Arrays.stream(FOLDS).map(List::of).toList());
        rules.put("separator", QUERY_SEPARATOR.pattern());
        rules.put("minLength", MIN_LENGTH);
        rules.put("maxLength", MAX_LENGTH);
        rules.put("maxWords", MAX_QUERY_WORDS);
        return rules;
    }

    /**
     * A character of a word: a letter, a number or an apostrophe, as {@code [\\p{L}\\p{N}'’]}
     * reads them, without a regular expression (the index reads every word of every body with it).
     */
    private static boolean isWordChar(int c) {
        if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '\'';
        if (c == '\u2019') return true;
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) if (s.charAt(i) >= 0x80) return false;
        return true;
    }

    private static void add(Set<String> out, String word) {
        String t = cut(word);
        if (isLongEnough(t)) out.add(t);
    }

    private static boolean isLongEnough(String word) {
        return word.codePointCount(0, word.length()) >= MIN_LENGTH;
    }

    private static String cut(String word) {
        return word.codePointCount(0, word.length()) <= MAX_LENGTH
                ? word
                : word.substring(0, word.offsetByCodePoints(0, MAX_LENGTH));
    }
}
