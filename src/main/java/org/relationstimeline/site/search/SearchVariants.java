package org.relationstimeline.site.search;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.text.EditDistance;

/**
 * When a query word matches an indexed word it is not equal to: a <b>variant</b> (the same
 * skeleton, for spellings that romanise a name differently) or a <b>typo</b> (within one edit for
 * words of 4 to 7 letters, two from 8 letters, edits as {@link EditDistance} counts them, a swap of
 * neighbours being one). Both rank below exact and prefix matches.
 *
 * <p>The skeleton of a folded word: the {@link #REPLACE} pairs applied in order ("kh" to "h",
 * "ou" to "u", "y" to "i"), then its first letter and the consonants after it, with each run of
 * a repeated letter written once. So "Chanegriha" and "Chengriha" are both {@code chngrh},
 * "Shoigu" and "Shoygu" {@code shg}, "Algeria" and "Algiera" {@code algr}. Only words of
 * {@link #VARIANT_MIN_LETTERS} letters or more with a skeleton of {@link #SKELETON_MIN} or more
 * match as variants, and only within {@link #VARIANT_MAX_EDITS} edits; shorter skeletons are shared
 * by too many words to mean anything.
 *
 * <p>This class is the one definition of the rules: the build writes them into the search manifest
 * ({@link #rules}) and {@code search.js} reads them from there; the variant table in the tests is
 * run against both.
 */
public final class SearchVariants {
    static final String[][] REPLACE = {{"kh", "h"}, {"ou", "u"}, {"y", "i"}};
    static final String VOWELS = "aeiou";
    /** Shorter query words get no typo tolerance: too many short words are one edit apart. */
    public static final int TYPO_MIN_LETTERS = 4;
    /** Words this long may be two edits away. */
    public static final int TWO_TYPOS_LETTERS = 8;

    public static final int VARIANT_MIN_LETTERS = 5;
    public static final int SKELETON_MIN = 3;
    /** A variant is at most this many edits away, so that "pipelime" is no variant of "pelami". */
    public static final int VARIANT_MAX_EDITS = 3;

    private SearchVariants() {}

    /** The skeleton of a folded word (see the class comment). */
    public static String skeleton(String word) {
        String s = word;
        for (String[] r : REPLACE) s = s.replace(r[0], r[1]);
        StringBuilder out = new StringBuilder(s.length());
        int previous = -1;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            boolean keep = i == 0 || VOWELS.indexOf(c) < 0;
            if (keep && c != previous) out.appendCodePoint(c);
            if (keep) previous = c;
            i += Character.charCount(c);
        }
        return out.toString();
    }

    /** Edits a query word may be from an indexed word it matches: 0, 1 or 2 by its length. */
    public static int allowedEdits(String word) {
        if (!isWord(word)) return 0;
        int n = word.codePointCount(0, word.length());
        return n >= TWO_TYPOS_LETTERS ? 2 : n >= TYPO_MIN_LETTERS ? 1 : 0;
    }

    /** True when a word takes part in variant and typo matching: letters only, no digits. */
    public static boolean isWord(String word) {
        return word.codePoints().allMatch(Character::isLetter);
    }

    /**
     * How far below an exact match {@code term} matches the query word, and how many edits away it
     * is: {@code {1, d}} for a variant (however many edits) or one edit, {@code {2, 2}} for two
     * edits, null for no match
     * (and for the word itself, which matches exactly).
     */
    public static int[] rank(String word, String skeletonOfWord, String term) {
        if (term.equals(word) || !isWord(term)) return null;
        int allowed = allowedEdits(word);
        if (allowed == 0) return null;
        int d = EditDistance.within(word, term, Math.max(allowed, VARIANT_MAX_EDITS));
        boolean variant = d <= VARIANT_MAX_EDITS
                && skeletonOfWord.codePointCount(0, skeletonOfWord.length()) >= SKELETON_MIN
                && word.codePointCount(0, word.length()) >= VARIANT_MIN_LETTERS
                && skeletonOfWord.equals(skeleton(term));
        if (variant) return new int[] {1, d};
        return d <= allowed ? new int[] {d, d} : null;
    }

    /** The group start of a skeleton: its first {@code depth} code points. */
    static String prefix(String skeleton, int depth) {
        int n = skeleton.codePointCount(0, skeleton.length());
        return skeleton.substring(0, skeleton.offsetByCodePoints(0, Math.min(depth, n)));
    }

    /** The rules, for the search manifest's {@code variants} object. */
    static Map<String, Object> rules() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("replace", Arrays.stream(REPLACE).map(List::of).toList());
        rules.put("vowels", VOWELS);
        rules.put("typoMinLetters", TYPO_MIN_LETTERS);
        rules.put("twoTyposLetters", TWO_TYPOS_LETTERS);
        rules.put("variantMinLetters", VARIANT_MIN_LETTERS);
        rules.put("skeletonMin", SKELETON_MIN);
        rules.put("variantMaxEdits", VARIANT_MAX_EDITS);
        return rules;
    }
}
