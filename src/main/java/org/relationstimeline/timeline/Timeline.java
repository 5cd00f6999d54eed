package org.relationstimeline.timeline;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relationstimeline.countries.Party;

/**
 * The whole model: entries grouped by pair, party, topic and year, each list newest first.
 * Built by a pure function of the entries, so the same entries always give the same timeline.
 */
public final class Timeline {
    private final List<Entry> entries;
    private final Map<Pair, List<Entry>> byPair;
    private final Map<Party, List<Entry>> byParty;
    private final Map<String, List<Entry>> byTopic;
    private final Map<Integer, List<Entry>> byYear;
    /** Each entry's index on each of its pair timelines, so neighbours are found without a search. */
    private final Map<Pair, Map<Entry, Integer>> positions;

    private Timeline(
            List<Entry> entries,
            Map<Pair, List<Entry>> byPair,
            Map<Party, List<Entry>> byParty,
            Map<String, List<Entry>> byTopic,
            Map<Integer, List<Entry>> byYear) {
        this.entries = entries;
        this.byPair = byPair;
        this.byParty = byParty;
        this.byTopic = byTopic;
        this.byYear = byYear;
        Map<Pair, Map<Entry, Integer>> index = new HashMap<>();
        byPair.forEach((pair, list) -> {
            Map<Entry, Integer> at = new HashMap<>();
            for (int i = 0; i < list.size(); i++) at.put(list.get(i), i);
            index.put(pair, at);
        });
        this.positions = index;
    }

    /** Groups entries; the input order does not matter. */
    public static Timeline of(List<Entry> input) {
        List<Entry> sorted = new ArrayList<>(input);
        sorted.sort(Entry.NEWEST_FIRST);
        Map<Pair, List<Entry>> byPair = new TreeMap<>();
        Map<Party, List<Entry>> byParty = new TreeMap<>(Comparator.comparing(Party::slug));
        Map<String, List<Entry>> byTopic = new TreeMap<>();
        Map<Integer, List<Entry>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Entry e : sorted) {
            for (Pair p : e.pairs())
                byPair.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            for (Party p : e.parties())
                byParty.computeIfAbsent(p, k -> new ArrayList<>()).add(e);
            for (String t : e.topics())
                byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(e);
            byYear.computeIfAbsent(e.year(), k -> new ArrayList<>()).add(e);
        }
        return new Timeline(List.copyOf(sorted), freeze(byPair), freeze(byParty), freeze(byTopic), freeze(byYear));
    }

    private static <K> Map<K, List<Entry>> freeze(Map<K, List<Entry>> map) {
        Map<K, List<Entry>> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(out);
    }

    /** All entries, newest first. */
    public List<Entry> entries() {
        return entries;
    }

    /** Pairs sorted by slug, each with its entries newest first. */
    public Map<Pair, List<Entry>> byPair() {
        return byPair;
    }

    /** Parties sorted by slug, each with its entries newest first. */
    public Map<Party, List<Entry>> byParty() {
        return byParty;
    }

    /** Topic keys sorted, each with its entries newest first. */
    public Map<String, List<Entry>> byTopic() {
        return byTopic;
    }

    /** Years newest first, each with its entries newest first. */
    public Map<Integer, List<Entry>> byYear() {
        return byYear;
    }

    /** Pairs with the most entries first (ties by slug). */
    public List<PairCount> busiestPairs(int max) {
        return byPair.entrySet().stream()
                .map(e -> new PairCount(e.getKey(), e.getValue().size()))
                .sorted(Comparator.comparingInt(PairCount::count).reversed().thenComparing(PairCount::pair))
                .limit(max)
                .toList();
    }

    /**
     * Every relation with its bilateral entries (the two parties alone) and all its entries, those
     * with bilateral entries first, most first; then by all entries and by slug.
     */
    public List<RelationCount> relationCounts() {
        return byPair.entrySet().stream()
                .map(e -> new RelationCount(
                        e.getKey(),
                        (int) e.getValue().stream().filter(Entry::isBilateral).count(),
                        e.getValue().size()))
                .sorted(Comparator.comparingInt(RelationCount::bilateral)
                        .reversed()
                        .thenComparing(
                                Comparator.comparingInt(RelationCount::count).reversed())
                        .thenComparing(RelationCount::pair))
                .toList();
    }

    /** Entries of three or more parties, newest first. */
    public List<Entry> multilateral() {
        return entries.stream().filter(e -> !e.isBilateral()).toList();
    }

    /** A party's partners with the number of shared entries, most first (ties by name). */
    public List<PartnerCount> partnersOf(Party party) {
        Map<Party, Integer> counts = new HashMap<>();
        for (Entry e : byParty.getOrDefault(party, List.of())) {
            for (Party other : e.parties()) {
                if (!other.equals(party)) counts.merge(other, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .map(e -> new PartnerCount(e.getKey(), Pair.of(party, e.getKey()), e.getValue()))
                .sorted(Comparator.comparingInt(PartnerCount::count)
                        .reversed()
                        .thenComparing(pc -> pc.partner().name()))
                .toList();
    }

    /** Entries grouped under year headings, keeping their order. */
    public static List<YearGroup> groupByYear(List<Entry> newestFirst) {
        List<YearGroup> groups = new ArrayList<>();
        List<Entry> current = null;
        int year = Integer.MIN_VALUE;
        for (Entry e : newestFirst) {
            if (current == null || e.year() != year) {
                if (current != null) groups.add(new YearGroup(year, List.copyOf(current)));
                current = new ArrayList<>();
                year = e.year();
            }
            current.add(e);
        }
        if (current != null) groups.add(new YearGroup(year, List.copyOf(current)));
        return groups;
    }

    /** Where an entry stands on a pair's timeline (0 = newest), or -1 when it is not on it. */
    public int positionOn(Pair pair, Entry entry) {
        return positions.getOrDefault(pair, Map.of()).getOrDefault(entry, -1);
    }

    /** The neighbours of an entry on one pair's timeline: older and newer. */
    public Neighbours neighbours(Entry entry, Pair pair) {
        int i = positionOn(pair, entry);
        if (i < 0) return new Neighbours(pair, null, null);
        List<Entry> list = byPair.get(pair);
        Entry newer = i > 0 ? list.get(i - 1) : null;
        Entry older = i + 1 < list.size() ? list.get(i + 1) : null;
        return new Neighbours(pair, older, newer);
    }

    public record PairCount(Pair pair, int count) {}

    /**
     * A relation's entries: {@code bilateral} of the two parties alone, {@code count} in all.
     * A relation with no bilateral entry exists on the site only through multilateral events.
     */
    public record RelationCount(Pair pair, int bilateral, int count) {
        public int multilateral() {
            return count - bilateral;
        }
    }

    public record PartnerCount(Party partner, Pair pair, int count) {}

    public record YearGroup(int year, List<Entry> entries) {}

    /** Previous (older) and next (newer) entries on a pair; either may be null. */
    public record Neighbours(Pair pair, Entry older, Entry newer) {}
}
