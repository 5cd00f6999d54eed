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
            int d = EditDistance.within(w, c, limit);
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
}
