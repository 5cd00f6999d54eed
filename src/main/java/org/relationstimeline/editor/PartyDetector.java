package org.relationstimeline.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.countries.PartyMentions;

/**
 * Ranks the parties an article is about, from their mentions ({@link PartyMentions}: names,
 * aliases, demonyms and capitals matched as whole words, longest first).
 *
 * <p>Scoring: {@code score = mentions + 2 × (1 − first / length)}, where {@code first} is the
 * character offset of the first mention and {@code length} the article's length. A party named at
 * the very start gains almost two mentions' worth; one named only at the end gains nothing, so
 * ties in frequency go to the party the article leads with. The two best-scoring parties are the
 * entry's countries; a further party is added when it has at least {@link #MIN_EXTRA_MENTIONS}
 * mentions and at least {@link #EXTRA_SHARE} of the second party's score.
 */
public final class PartyDetector {
    static final int MIN_EXTRA_MENTIONS = 3;
    static final double EXTRA_SHARE = 0.5;
    static final double EARLINESS_WEIGHT = 2.0;

    private final PartyMentions mentions;

    public PartyDetector(CountryRegistry registry) {
        this.mentions = new PartyMentions(registry.all());
    }

    /**
     * One party's mentions in an article.
     *
     * @param phrases how often each phrase was seen, in order of first appearance
     * @param first offset of the first mention in the text
     */
    public record Detection(Party party, int mentions, int first, Map<String, Integer> phrases, double score) {}

    /** Every party mentioned, best score first (ties: earlier first mention). */
    public List<Detection> detect(String text) {
        Map<Party, int[]> counts = new LinkedHashMap<>(); // [mentions, first]
        Map<Party, Map<String, Integer>> byPhrase = new LinkedHashMap<>();
        for (PartyMentions.Mention m : mentions.in(text)) {
            counts.computeIfAbsent(m.party(), k -> new int[] {0, m.start()})[0]++;
            byPhrase.computeIfAbsent(m.party(), k -> new LinkedHashMap<>()).merge(m.phrase(), 1, Integer::sum);
        }
        double length = Math.max(1, text.length());
        List<Detection> out = new ArrayList<>();
        counts.forEach((party, c) -> out.add(new Detection(
                party,
                c[0],
                c[1],
                java.util.Collections.unmodifiableMap(byPhrase.get(party)),
                c[0] + EARLINESS_WEIGHT * (1 - c[1] / length))));
        out.sort(Comparator.comparingDouble(Detection::score).reversed().thenComparingInt(Detection::first));
        return List.copyOf(out);
    }

    /** The entry's parties from a ranking: the top two, and any further party above the threshold. */
    public static List<Detection> select(List<Detection> ranked) {
        if (ranked.size() <= 2) return ranked;
        List<Detection> chosen = new ArrayList<>(ranked.subList(0, 2));
        double bar = EXTRA_SHARE * ranked.get(1).score();
        for (Detection d : ranked.subList(2, ranked.size())) {
            if (d.mentions() >= MIN_EXTRA_MENTIONS && d.score() >= bar) chosen.add(d);
        }
        return List.copyOf(chosen);
    }
}
