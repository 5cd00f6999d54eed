package org.relationstimeline.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Suggests topics for an article from keywords. Only the site's own topic keys are suggested;
 * each key's words are the key itself, the words of its label, and a built-in list for the usual
 * keys. A topic is suggested when its words occur at least {@link #MIN_HITS} times; at most
 * {@link #MAX_TOPICS} topics, most hits first.
 */
public final class TopicSuggester {
    static final int MIN_HITS = 2;
    static final int MAX_TOPICS = 3;

    /** Words that point to a topic, for the topic keys sites commonly use. */
    static final Map<String, List<String>> KEYWORDS = Map.ofEntries(
            Map.entry(
                    "defense",
                    List.of(
                            "defense",
                            "defence",
                            "military",
                            "army",
                            "armed forces",
                            "weapons",
                            "arms",
                            "combat",
                            "troops",
                            "navy",
                            "air force",
                            "exercises",
                            "missile",
                            "missiles",
                            "warship")),
            Map.entry(
                    "diplomacy",
                    List.of(
                            "diplomatic",
                            "diplomacy",
                            "talks",
                            "summit",
                            "visit",
                            "ambassador",
                            "embassy",
                            "foreign minister",
                            "declaration",
                            "relations",
                            "partnership")),
            Map.entry("security", List.of("security", "terrorism", "terrorist", "intelligence", "stability")),
            Map.entry(
                    "trade",
                    List.of(
                            "trade", "exports", "imports", "export", "import", "tariff", "tariffs", "goods", "grain",
                            "wheat")),
            Map.entry(
                    "energy",
                    List.of(
                            "energy",
                            "gas",
                            "oil",
                            "pipeline",
                            "LNG",
                            "nuclear power",
                            "electricity",
                            "hydrogen",
                            "renewable")),
            Map.entry(
                    "economy",
                    List.of("economy", "economic", "finance", "financial", "bank", "currency", "debt", "loan")),
            Map.entry("investment", List.of("investment", "investments", "investors", "invest")),
            Map.entry(
                    "infrastructure",
                    List.of("infrastructure", "railway", "railways", "port", "road", "bridge", "construction")),
            Map.entry(
                    "conflict",
                    List.of("war", "conflict", "clashes", "fighting", "invasion", "ceasefire", "offensive")),
            Map.entry("treaties", List.of("treaty", "agreement", "agreements", "accord", "memorandum", "signed")),
            Map.entry("borders", List.of("border", "borders", "territory", "territorial", "frontier")),
            Map.entry("migration", List.of("migration", "migrants", "refugees", "visa", "visas")),
            Map.entry("culture", List.of("culture", "cultural", "education", "students", "university", "scholarships")),
            Map.entry("science", List.of("science", "scientific", "technology", "research")),
            Map.entry("space", List.of("space", "satellite", "cosmonaut", "astronaut", "launch")),
            Map.entry("health", List.of("health", "vaccine", "vaccines", "medical", "hospital", "pandemic")),
            Map.entry("environment", List.of("climate", "environment", "environmental", "emissions")),
            Map.entry("humanitarian", List.of("humanitarian", "aid", "relief")),
            Map.entry("sanctions", List.of("sanctions", "embargo")),
            Map.entry("sport", List.of("sport", "sports", "football", "olympic", "olympics")));

    private final Map<String, Pattern> patterns = new LinkedHashMap<>();

    /** @param siteTopics the site's topic keys and labels; no topics, no suggestions */
    public TopicSuggester(Map<String, String> siteTopics) {
        siteTopics.forEach((key, label) -> {
            Set<String> words = new LinkedHashSet<>();
            words.add(key.replace('-', ' '));
            for (String w : label.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) if (w.length() >= 4) words.add(w);
            words.addAll(KEYWORDS.getOrDefault(key, List.of()));
            StringBuilder alt = new StringBuilder();
            for (String w : words) alt.append(alt.length() == 0 ? "" : "|").append(Pattern.quote(w));
            patterns.put(
                    key,
                    Pattern.compile(
                            "(?<![\\p{L}\\p{N}])(?:" + alt + ")(?![\\p{L}\\p{N}])",
                            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        });
    }

    /** One suggested topic with the words that led to it. */
    public record Suggestion(String key, int hits, Map<String, Integer> words) {}

    public List<Suggestion> suggest(String text) {
        List<Suggestion> out = new ArrayList<>();
        patterns.forEach((key, p) -> {
            Map<String, Integer> words = new LinkedHashMap<>();
            Matcher m = p.matcher(text);
            int hits = 0;
            while (m.find()) {
                hits++;
                words.merge(m.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
            if (hits >= MIN_HITS) out.add(new Suggestion(key, hits, java.util.Collections.unmodifiableMap(words)));
        });
        out.sort(Comparator.comparingInt(Suggestion::hits).reversed().thenComparing(Suggestion::key));
        return List.copyOf(out.subList(0, Math.min(MAX_TOPICS, out.size())));
    }
}
