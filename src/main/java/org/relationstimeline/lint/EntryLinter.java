package org.relationstimeline.lint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.relationstimeline.content.ContentFinder;
import org.relationstimeline.problems.Position;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.text.EditDistance;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.Source;

/**
 * The editor's lints, run by {@code check} over valid entries: warnings, never errors, about what
 * a reader would notice. An entry with no sources, a source without a URL or a date; a summary
 * too long for a timeline list; a date in the future; an entry that repeats another (same date,
 * same parties, near-identical title).
 * Unknown topics and non-http(s) source URLs are already reported by the loader.
 */
public final class EntryLinter {
    /** Summaries are shown in timeline lists; longer ones crowd them. */
    public static final int MAX_SUMMARY = 300;
    /** Titles at least this similar (0..1, by edit distance) on the same date and parties count as duplicates. */
    static final double DUPLICATE_SIMILARITY = 0.85;

    private final Clock clock;

    public EntryLinter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Lints entries loaded from {@code contentDir}.
     *
     * @param displayPrefix how the content folder is named in messages, as for the loader
     */
    public List<Problem> lint(List<Entry> entries, Path contentDir, String displayPrefix) {
        List<Problem> out = new ArrayList<>();
        Map<String, FrontMatterPositions> positions = new LinkedHashMap<>();
        Function<Entry, FrontMatterPositions> at =
                e -> positions.computeIfAbsent(e.path(), p -> FrontMatterPositions.read(contentDir.resolve(p)));
        for (Entry e : entries) {
            String file = display(displayPrefix, e);
            if (e.sources().isEmpty()) {
                out.add(warning(
                        file,
                        at.apply(e).of("sources"),
                        "no-sources",
                        "entry has no sources",
                        "add at least one under 'sources:', a https:// URL or title, publisher, date and url"));
            }
            for (int i = 0; i < e.sources().size(); i++) {
                Source source = e.sources().get(i);
                if (source.url().isEmpty()) {
                    out.add(warning(
                            file,
                            at.apply(e).ofSource(i),
                            "source-without-url",
                            "source '" + source.title() + "' has no URL",
                            "add 'url:' with the https:// address, so readers can check it"));
                }
                if (source.date().isEmpty()) {
                    out.add(warning(
                            file,
                            at.apply(e).ofSource(i),
                            "source-without-date",
                            "source '" + source.title() + "' has no date",
                            "write it as title, publisher, date and url, with the date it was published"));
                }
            }
            if (e.summary().length() > MAX_SUMMARY) {
                out.add(warning(
                        file,
                        at.apply(e).of("summary"),
                        "long-summary",
                        "summary is " + e.summary().length() + " characters, more than " + MAX_SUMMARY,
                        "keep it to one or two sentences; move details to the text"));
            }
        }
        out.addAll(futureDates(entries, contentDir, displayPrefix));
        out.addAll(duplicates(entries, displayPrefix, at));
        out.sort(Problem.ORDER);
        return List.copyOf(out);
    }

    /**
     * A warning for each entry dated after today; {@code build} prints these too, since a future
     * date is most often a mistyped year.
     */
    public List<Problem> futureDates(List<Entry> entries, Path contentDir, String displayPrefix) {
        LocalDate today = LocalDate.now(clock);
        List<Problem> out = new ArrayList<>();
        for (Entry e : entries) {
            EventDate end = e.end().date();
            if (end != null
                    && end.firstDay().isAfter(today)
                    && !e.date().firstDay().isAfter(today)) {
                // A span that has begun but not ended is written START/.. until its end is known.
                out.add(warning(
                        display(displayPrefix, e),
                        FrontMatterPositions.read(contentDir.resolve(e.path())).of("date"),
                        "future-date",
                        "the span ends on " + end.iso() + ", in the future (today is " + today + ")",
                        "write '" + e.date().iso() + "/..' while it lasts, and its end once it has ended"));
                continue;
            }
            if (!e.date().firstDay().isAfter(today)) continue;
            out.add(warning(
                    display(displayPrefix, e),
                    FrontMatterPositions.read(contentDir.resolve(e.path())).of("date"),
                    "future-date",
                    "date " + e.date().iso() + " is in the future (today is " + today + ")",
                    "check the year; an entry records an event that has happened"));
        }
        return out;
    }

    /**
     * Titles are compared on their first this many characters (after normalising). Real titles are
     * far shorter; the cap keeps one comparison cheap however long a title is.
     */
    static final int COMPARED_TITLE_CHARS = 200;
    /**
     * Near-duplicate comparisons one entry makes with earlier entries of its group (same date and
     * parties), after the exact-title check; with the cap the lint is linear in the entry count.
     */
    static final int MAX_COMPARISONS_PER_ENTRY = 64;

    /** Same date and parties, near-identical title: the later file (in path order) is flagged. */
    private static List<Problem> duplicates(
            List<Entry> entries, String prefix, Function<Entry, FrontMatterPositions> at) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path));
        for (Entry e : sorted) {
            String key = e.date().iso() + "|"
                    + e.parties().stream().map(p -> p.code()).sorted().toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            List<String> titles = group.stream().map(e -> comparable(e.title())).toList();
            Map<String, Integer> firstWithTitle = new HashMap<>();
            for (int i = 0; i < group.size(); i++) {
                Entry later = group.get(i);
                String title = titles.get(i);
                Integer same = firstWithTitle.putIfAbsent(title, i);
                int match = -1;
                double similarity = 0;
                int comparisons = 0;
                for (int j = 0; j < i && comparisons < MAX_COMPARISONS_PER_ENTRY; j++) {
                    if (same != null && j == same) {
                        match = j;
                        similarity = 1;
                        break;
                    }
                    String other = titles.get(j);
                    if (!lengthsAllow(title, other)) continue;
                    comparisons++;
                    similarity = similarityOfNormalised(title, other);
                    if (similarity >= DUPLICATE_SIMILARITY) {
                        match = j;
                        break;
                    }
                }
                if (match < 0 && same != null) {
                    match = same;
                    similarity = 1;
                }
                if (match >= 0) {
                    Entry earlier = group.get(match);
                    out.add(warning(
                            display(prefix, later),
                            at.apply(later).of("title"),
                            "duplicate",
                            "looks like a duplicate of " + display(prefix, earlier)
                                    + " (same date, same parties, titles " + Math.round(similarity * 100) + "% alike)",
                            "merge the two entries, or make the titles say what differs"));
                }
            }
        }
        return out;
    }

    /** 1 for equal titles (ignoring case, punctuation and spacing), falling towards 0 with edit distance. */
    static double similarity(String a, String b) {
        return similarityOfNormalised(comparable(a), comparable(b));
    }

    /** The normalised title, cut to {@link #COMPARED_TITLE_CHARS}. */
    private static String comparable(String title) {
        String n = normalise(title);
        return n.length() <= COMPARED_TITLE_CHARS ? n : n.substring(0, COMPARED_TITLE_CHARS);
    }

    /** The largest edit distance that still counts as a duplicate for titles this long. */
    private static int allowedDistance(int longest) {
        return (int) Math.floor((1 - DUPLICATE_SIMILARITY) * longest + 1e-9);
    }

    private static boolean lengthsAllow(String x, String y) {
        return Math.abs(x.length() - y.length()) <= allowedDistance(Math.max(x.length(), y.length()));
    }

    /**
     * The similarity, exact when the titles are duplicates; below the threshold (not necessarily
     * exact) otherwise, since the edit distance is only computed within the band that could pass.
     */
    private static double similarityOfNormalised(String x, String y) {
        int longest = Math.max(x.length(), y.length());
        if (longest == 0) return 1;
        int bound = allowedDistance(longest);
        int distance = Math.abs(x.length() - y.length()) > bound ? bound + 1 : EditDistance.within(x, y, bound);
        return 1 - (double) Math.min(distance, longest) / longest;
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .strip();
    }

    private static String display(String prefix, Entry e) {
        return ContentFinder.display(prefix, e.path());
    }

    private static Problem warning(String file, Position at, String code, String message, String hint) {
        return Problem.warning(file, at.line(), at.column(), code, message, hint);
    }
}
