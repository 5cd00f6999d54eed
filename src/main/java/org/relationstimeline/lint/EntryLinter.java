package org.relationstimeline.lint;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.relationstimeline.content.Position;
import org.relationstimeline.content.Problem;
import org.relationstimeline.timeline.Entry;

/**
 * The editor's lints, run by {@code check} over valid entries: warnings, never errors, about what
 * a reader would notice. An entry with no sources; a summary too long for a timeline list; a date
 * in the future; an entry that repeats another (same date, same parties, near-identical title).
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
        Function<Entry, FrontMatterPositions> at = e -> positions.computeIfAbsent(e.path(),
                p -> FrontMatterPositions.read(contentDir.resolve(p)));
        LocalDate today = LocalDate.now(clock);
        for (Entry e : entries) {
            String file = display(displayPrefix, e);
            if (e.sources().isEmpty()) {
                out.add(warning(file, at.apply(e).of("sources"), "no-sources", "entry has no sources",
                        "add at least one under 'sources:', a https:// URL or title, publisher, date and url"));
            }
            if (e.summary().length() > MAX_SUMMARY) {
                out.add(warning(file, at.apply(e).of("summary"), "long-summary", "summary is " + e.summary().length()
                        + " characters, more than " + MAX_SUMMARY, "keep it to one or two sentences; move details to the text"));
            }
            if (e.date().firstDay().isAfter(today)) {
                out.add(warning(file, at.apply(e).of("date"), "future-date", "date " + e.date().iso() + " is in the future (today is "
                        + today + ")", "check the year; an entry records an event that has happened"));
            }
        }
        out.addAll(duplicates(entries, displayPrefix, at));
        out.sort(Problem.ORDER);
        return List.copyOf(out);
    }

    /** Same date and parties, near-identical title: the later file (in path order) is flagged. */
    private static List<Problem> duplicates(List<Entry> entries, String prefix, Function<Entry, FrontMatterPositions> at) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(Entry::path));
        for (Entry e : sorted) {
            String key = e.date().iso() + "|" + e.parties().stream().map(p -> p.code()).sorted().toList();
            groups.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Problem> out = new ArrayList<>();
        for (List<Entry> group : groups.values()) {
            for (int i = 1; i < group.size(); i++) {
                Entry later = group.get(i);
                for (int j = 0; j < i; j++) {
                    Entry earlier = group.get(j);
                    double similarity = similarity(later.title(), earlier.title());
                    if (similarity >= DUPLICATE_SIMILARITY) {
                        out.add(warning(display(prefix, later), at.apply(later).of("title"), "duplicate",
                                "looks like a duplicate of " + display(prefix, earlier) + " (same date, same parties, titles "
                                        + Math.round(similarity * 100) + "% alike)",
                                "merge the two entries, or make the titles say what differs"));
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** 1 for equal titles (ignoring case, punctuation and spacing), falling towards 0 with edit distance. */
    static double similarity(String a, String b) {
        String x = normalise(a);
        String y = normalise(b);
        int longest = Math.max(x.length(), y.length());
        return longest == 0 ? 1 : 1 - (double) editDistance(x, y) / longest;
    }

    private static String normalise(String title) {
        return title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[b.length()];
    }

    private static String display(String prefix, Entry e) {
        return prefix.isEmpty() ? e.path() : prefix + "/" + e.path();
    }

    private static Problem warning(String file, Position at, String code, String message, String hint) {
        return Problem.warning(file, at.line(), at.column(), code, message, hint);
    }
}
