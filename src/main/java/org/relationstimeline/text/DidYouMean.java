package org.relationstimeline.text;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Suggests the closest known words for a misspelt one ("countires" -> "countries"). */
public final class DidYouMean {
    private DidYouMean() {}

    /** Candidates within a small edit distance of the word, closest first, at most {@code max}. */
    public static List<String> suggest(String word, Collection<String> candidates, int max) {
        String w = word.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, w.length() / 3);
        record Scored(String candidate, int distance) {}
        List<Scored> scored = new ArrayList<>();
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(c.length() - w.length()) > limit) continue;
            int d = distance(w, c);
            if (d <= limit) scored.add(new Scored(candidate, d));
        }
        scored.sort(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate));
        return scored.stream().map(Scored::candidate).distinct().limit(max).toList();
    }

    /** The best suggestion formatted as a hint, or an empty string when nothing is close. */
    public static String hint(String word, Collection<String> candidates) {
        List<String> best = suggest(word, candidates, 1);
        return best.isEmpty() ? "" : "did you mean '" + best.get(0) + "'?";
    }

    /** Optimal string alignment distance: Levenshtein plus adjacent transpositions, which are common typos. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
