package org.relationstimeline.timeline;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.relationstimeline.text.Slugs;
import org.relationstimeline.timeline.Profile.Era;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A timeline told in the eras of its profile: each entry goes under the era whose span covers its
 * date, and the entries outside every era under "Before …", "Between … and …" or "After …".
 *
 * <p>An entry is placed by the first day its date may mean, which is also how timelines sort (a less
 * precise date sorts before the precise dates it contains), so on a sorted list each chapter is one
 * run of entries, in either order. When two eras share a boundary day (one ends on the day the next
 * begins), the entries of that day open the later era.
 */
public final class Chapters {
    private final List<Era> eras;
    /** The heading id of each chapter key (see {@link #keyOf}). */
    private final List<String> ids;

    /** {@code eras} oldest first and not overlapping, as a profile holds them. */
    public Chapters(List<Era> eras) {
        this.eras = List.copyOf(eras);
        List<String> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int key = 0; key <= 2 * this.eras.size(); key++) out.add(unique(baseId(key), used));
        this.ids = List.copyOf(out);
    }

    public boolean isEmpty() {
        return eras.isEmpty();
    }

    /**
     * The chapters of the slice {@code from} (inclusive) to {@code to} (exclusive) of a whole timeline sorted in
     * either order. A chapter that began on an earlier page is marked continued.
     */
    public List<Chapter> page(List<Entry> ordered, int from, int to) {
        int[] counts = counts(ordered);
        List<Chapter> chapters = new ArrayList<>();
        Set<Integer> yearsShown = new HashSet<>();
        int start = from;
        while (start < to) {
            int key = keyOf(ordered.get(start).date());
            int end = start;
            while (end < to && keyOf(ordered.get(end).date()) == key) end++;
            boolean continued = start > 0 && keyOf(ordered.get(start - 1).date()) == key;
            List<YearGroup> groups = Timeline.groupByYear(ordered.subList(start, end));
            Set<Integer> repeated = new LinkedHashSet<>();
            for (YearGroup g : groups) {
                if (!yearsShown.add(g.year())) repeated.add(g.year());
            }
            chapters.add(new Chapter(heading(key, counts[key]), continued, groups, List.copyOf(repeated)));
            start = end;
        }
        return List.copyOf(chapters);
    }

    /**
     * The table of contents of the whole timeline in its order: every era of the profile, those without entries
     * too (the story has them), and the time outside the eras where it has entries, each with the index of its
     * first entry on {@code ordered} (-1 for an era without entries).
     */
    public List<Start> contents(List<Entry> ordered, boolean oldestFirst) {
        int[] counts = counts(ordered);
        int[] first = new int[ids.size()];
        java.util.Arrays.fill(first, -1);
        for (int i = ordered.size() - 1; i >= 0; i--) first[keyOf(ordered.get(i).date())] = i;
        List<Start> out = new ArrayList<>();
        for (int key = 0; key < ids.size(); key++) {
            if (key % 2 == 1 || counts[key] > 0) out.add(new Start(heading(key, counts[key]), first[key]));
        }
        if (!oldestFirst) java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /** A chapter in the table of contents: its heading and the index of its first entry on the list, or -1. */
    public record Start(Heading heading, int index) {}

    /**
     * The chapter of a date: 0 before the first era, 2i+1 within era i (0-based), 2i+2 after era i ended and
     * before the next began (or after the last, when it has ended). The key grows with the date.
     */
    int keyOf(EventDate date) {
        var day = date.firstDay();
        int latest = -1;
        for (int i = 0; i < eras.size(); i++) {
            if (!eras.get(i).from().firstDay().isAfter(day)) latest = i;
        }
        if (latest < 0) return 0;
        Era era = eras.get(latest);
        boolean within = era.isOngoing() || !day.isAfter(era.to().lastDay());
        return within ? 2 * latest + 1 : 2 * latest + 2;
    }

    /** Entries per chapter key on the whole list. */
    private int[] counts(List<Entry> ordered) {
        int[] n = new int[ids.size()];
        for (Entry e : ordered) n[keyOf(e.date())]++;
        return n;
    }

    private Heading heading(int key, int count) {
        String id = ids.get(key);
        if (key % 2 == 1) {
            Era era = eras.get(key / 2);
            return new Heading(id, era.title(), era.from(), era.to(), era.summary(), true, count);
        }
        if (key == 0) {
            EventDate start = eras.get(0).from();
            return new Heading(id, "Before " + start.display(), null, start, "", false, count);
        }
        Era ended = eras.get(key / 2 - 1);
        if (key / 2 == eras.size()) {
            return new Heading(id, "After " + ended.to().display(), ended.to(), null, "", false, count);
        }
        EventDate next = eras.get(key / 2).from();
        return new Heading(
                id, "Between " + ended.to().display() + " and " + next.display(), ended.to(), next, "", false, count);
    }

    private String baseId(int key) {
        if (key == 0) return "era-before";
        if (key % 2 == 1) {
            String slug = Slugs.slugify(eras.get(key / 2).title());
            return "era-" + (slug.isEmpty() ? Integer.toString(key / 2 + 1) : slug);
        }
        return key / 2 == eras.size() ? "era-after" : "era-between-" + (key / 2);
    }

    private static String unique(String id, Set<String> used) {
        String candidate = id;
        for (int n = 2; !used.add(candidate); n++) candidate = id + "-" + n;
        return candidate;
    }

    /**
     * One chapter's part of a page: its heading, whether it began on an earlier page, and its entries by year.
     *
     * @param repeatedYears the years of {@code groups} that an earlier chapter of the same page also has (a year
     *     an era boundary splits): their headings carry no id, so the year's id stays unique on the page
     */
    public record Chapter(Heading heading, boolean continued, List<YearGroup> groups, List<Integer> repeatedYears) {
        public Chapter {
            groups = List.copyOf(groups);
            repeatedYears = List.copyOf(repeatedYears);
        }
    }

    /**
     * A chapter's heading.
     *
     * @param id the heading's id ("era-the-soviet-years", "era-before"), unique on the page; an era's id is made
     *     from its title, so it survives the addition of other eras
     * @param from where the chapter starts, or null for the time before the first era
     * @param to where it ends, or null while it lasts
     * @param summary the era's summary, or empty
     * @param era true for an era of the profile, false for the time outside every era
     * @param count entries of the chapter on the whole timeline
     */
    public record Heading(
            String id, String title, EventDate from, EventDate to, String summary, boolean era, int count) {}
}
