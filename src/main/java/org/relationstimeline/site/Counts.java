package org.relationstimeline.site;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Entry;

/** Entries counted per year and per topic, the tallies several pages show. */
final class Counts {
    private Counts() {}

    /** Oldest year first. */
    static List<YearCount> years(List<Entry> entries) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Entry e : entries) counts.merge(e.year(), 1, Integer::sum);
        return counts.entrySet().stream()
                .map(e -> new YearCount(e.getKey(), e.getValue()))
                .toList();
    }

    /** By topic key. */
    static List<TopicCount> topics(List<Entry> entries, SiteConfig config) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) for (String topic : e.topics()) counts.merge(topic, 1, Integer::sum);
        return counts.entrySet().stream()
                .map(e -> new TopicCount(e.getKey(), config.topicLabel(e.getKey()), e.getValue()))
                .toList();
    }
}
