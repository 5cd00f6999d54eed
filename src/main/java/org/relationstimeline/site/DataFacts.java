package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.countries.Successions;
import org.relationstimeline.site.pages.KeyFacts;
import org.relationstimeline.site.pages.PageViews.Counterpart;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Timeline;

/** Works out what the data says about a relation or a party: the key facts that need no editor. */
final class DataFacts {
    /** Years listed as the busiest, at most. */
    static final int BUSIEST_YEARS = 3;

    private final Timeline timeline;
    private final SiteConfig config;
    private final UrlScheme urls;
    private final Successions successions;
    private final Map<String, Party> partiesByCode;

    DataFacts(
            Timeline timeline,
            SiteConfig config,
            UrlScheme urls,
            Successions successions,
            Map<String, Party> partiesByCode) {
        this.timeline = timeline;
        this.config = config;
        this.urls = urls;
        this.successions = successions;
        this.partiesByCode = partiesByCode;
    }

    /**
     * @param related the relation under former or later states, as the page lists them
     * @param profile the relation's profile, or null
     */
    KeyFacts of(Pair pair, List<Entry> entries, List<Timeline.PairCount> related, Profile profile) {
        List<Counterpart> counterparts = new ArrayList<>();
        List<Entry> earlierEntries = new ArrayList<>(entries);
        for (Timeline.PairCount pc : related) {
            boolean earlier = isEarlier(pc.pair(), pair);
            counterparts.add(new Counterpart(pc.pair().name(), urls.pair(pc.pair()), pc.count(), earlier));
            if (earlier) earlierEntries.addAll(timeline.byPair().get(pc.pair()));
        }
        EventDate established = profile == null ? null : profile.established();
        List<Party> capitals = List.of(pair.first(), pair.second()).stream()
                .filter(p -> !p.capitals().isEmpty())
                .toList();
        return facts(entries, established, eventOn(established, earlierEntries), capitals, counterparts);
    }

    KeyFacts of(Party party, List<Entry> entries) {
        List<Counterpart> counterparts = new ArrayList<>();
        for (String code : successions.relativesOf(party)) {
            Party other = partiesByCode.get(code);
            if (other == null) continue;
            counterparts.add(new Counterpart(
                    other.name(),
                    urls.country(other),
                    timeline.byParty().get(other).size(),
                    successions.isPredecessor(code, party)));
        }
        List<Party> capitals = party.capitals().isEmpty() ? List.of() : List.of(party);
        return facts(entries, null, null, capitals, counterparts);
    }

    private KeyFacts facts(
            List<Entry> newestFirst,
            EventDate established,
            Entry establishedEvent,
            List<Party> capitals,
            List<Counterpart> counterparts) {
        int bilateral = (int) newestFirst.stream().filter(Entry::isBilateral).count();
        int cooperation = (int) newestFirst.stream()
                .filter(e -> e.isTyped() && e.type().isCooperation())
                .count();
        int conflict = (int) newestFirst.stream()
                .filter(e -> e.isTyped() && !e.type().isCooperation())
                .count();
        return new KeyFacts(
                established,
                establishedEvent,
                newestFirst.size(),
                bilateral,
                newestFirst.get(newestFirst.size() - 1),
                newestFirst.get(0),
                topicsMostFirst(newestFirst),
                busiestYears(newestFirst),
                capitals,
                counterparts,
                cooperation,
                conflict);
    }

    /** The pair is the relation under a former state when one of its parties came before one of {@code of}'s. */
    private boolean isEarlier(Pair counterpart, Pair of) {
        for (Party side : List.of(of.first(), of.second())) {
            for (Party then : List.of(counterpart.first(), counterpart.second())) {
                if (successions.isPredecessor(then.code(), side)) return true;
            }
        }
        return false;
    }

    /** The entry that records the establishment of relations: one dated as the profile dates it. */
    private static Entry eventOn(EventDate date, List<Entry> entries) {
        if (date == null) return null;
        return entries.stream()
                .filter(e -> e.date().iso().equals(date.iso()))
                .min(Comparator.comparing(Entry::path))
                .orElse(null);
    }

    private List<TopicCount> topicsMostFirst(List<Entry> entries) {
        return Counts.topics(entries, config).stream()
                .sorted(Comparator.comparingInt(TopicCount::count).reversed().thenComparing(TopicCount::label))
                .toList();
    }

    /** Years with two entries or more, most first, later years first among equals. */
    private static List<YearCount> busiestYears(List<Entry> entries) {
        return Counts.years(entries).stream()
                .filter(c -> c.count() >= 2)
                .sorted(Comparator.comparingInt(YearCount::count)
                        .reversed()
                        .thenComparing(Comparator.comparingInt(YearCount::year).reversed()))
                .limit(BUSIEST_YEARS)
                .toList();
    }
}
