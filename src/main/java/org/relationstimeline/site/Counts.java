package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.TypeBalance;
import org.relationstimeline.site.pages.PageViews.TypeYear;
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

    /**
     * Typed entries per year and class, or null when none has a type. {@code where} gives the link
     * for a year from the newest typed entry of it.
     */
    static TypeBalance types(List<Entry> newestFirst, Function<Entry, String> where) {
        Map<Integer, int[]> byYear = new TreeMap<>();
        Map<Integer, String> urls = new HashMap<>();
        int untyped = 0;
        for (Entry e : newestFirst) {
            if (!e.isTyped()) {
                untyped++;
                continue;
            }
            byYear.computeIfAbsent(e.year(), y -> new int[2])[e.type().isCooperation() ? 0 : 1]++;
            urls.computeIfAbsent(e.year(), y -> where.apply(e));
        }
        if (byYear.isEmpty()) return null;
        List<TypeYear> years = new ArrayList<>();
        int cooperation = 0;
        int conflict = 0;
        for (Map.Entry<Integer, int[]> y : byYear.entrySet()) {
            int[] c = y.getValue();
            years.add(new TypeYear(y.getKey(), c[0], c[1], urls.get(y.getKey())));
            cooperation += c[0];
            conflict += c[1];
        }
        return new TypeBalance(years, cooperation, conflict, untyped);
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
