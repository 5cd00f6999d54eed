package org.relationstimeline.site.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.render.MarkdownText;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.text.JsonWriter;
import org.relationstimeline.timeline.BodySearch;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Timeline;

/**
 * The search index, split so that a query downloads only what it needs (the idea of Pagefind,
 * in plain JSON): one file per query word to find its entries, then one display file per few
 * results on screen. Entries are numbered newest first, so a year range is a range of ids. Files,
 * all under {@code search/}:
 * <ul>
 * <li>{@code manifest.json}: counts, the rules for reading a query ({@link SearchTokenizer#queryRules})
 *     and for variants ({@link SearchVariants#rules}), the first id of each year, parties, topics and
 *     types with their pages' URLs (for filters and for showing results), and the start of each group;</li>
 * <li>{@code groups/N.json}: the terms whose {@link SearchVariants#skeleton skeleton} begins with the
 *     manifest's {@code groups[N]} (one letter or more, as many as keep the file under
 *     {@link #GROUP_BYTES}), each with the ids of the entries that contain it and of those whose
 *     title (or party names) contain it, in the {@link Postings} form. A word's exact form, its
 *     variants and typos share its skeleton's start, so the one file holds them all, and the longer
 *     words it begins unless its skeleton is shorter than the group's start;</li>
 * <li>{@code facets/pN.txt}, {@code facets/tN.txt}: the ids of each party's and each topic's entries;
 *     {@code facets/yN.txt}, {@code facets/cN.txt}: of each event type's and each class's (cooperation,
 *     conflict);</li>
 * <li>{@code entries/N.json}: what a result shows of entries {@code N*CHUNK} onwards, the text of the
 *     body (as the page shows it, no Markdown, cut at {@link #BODY_CHARS}) included for the snippet,
 *     fetched only for hits on screen.</li>
 * </ul>
 * Output is a pure function of the timeline, the config and the base URL: the same input gives the
 * same bytes.
 */
public final class SearchIndex implements ExtraOutput {
    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "manifest.json";
    /**
     * Entries per display file: ten results on screen fetch at most ten files, side by side, and
     * the newest results of a common word share them.
     */
    public static final int CHUNK = 4;
    /** A group is split by a longer skeleton start once it would pass this many bytes. */
    public static final int GROUP_BYTES = 96 * 1024;
    /** Groups are split by at most this many letters of the skeleton (a longer group may pass the bound). */
    static final int GROUP_DEPTH = 8;
    /**
     * A query word is matched as a prefix only when the longer words it begins lie in at most this
     * many groups (its own and one more).
     */
    public static final int PREFIX_GROUPS = 2;
    /** Summaries are shortened to about this many characters in results (the index has them whole). */
    public static final int SUMMARY_CHARS = 160;
    /** Body text kept for snippets (the terms come from the whole body). */
    public static final int BODY_CHARS = 1500;
    /**
     * 2: the query rules came into the manifest; 3: body words, body files, shortened shard starts,
     * word lists and the variant rules, type and class facets; 4: term groups by skeleton instead of
     * term shards and word lists, bodies in the display files.
     */
    static final int FORMAT = 4;
    /** Entries tokenized side by side before their terms are posted. */
    private static final int TOKENIZE_BATCH = 512;

    @Override
    public List<OutputFile> files(SiteModel site) {
        return build(site.timeline(), site.config(), site.urls());
    }

    /** What search keeps of a body ({@link Entry#bodySearch}): the terms and snippet of its visible text. */
    public static BodySearch bodySearch(String markdown) {
        String text = MarkdownText.of(markdown);
        // The terms are distinct already
        return new BodySearch(String.join(" ", SearchTokenizer.terms(text)), cut(text, BODY_CHARS));
    }

    public static List<OutputFile> build(Timeline timeline, SiteConfig config, UrlScheme urls) {
        List<Entry> entries = timeline.entries();
        Map<Entry, Integer> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) ids.put(entries.get(i), i);
        List<Party> parties = List.copyOf(timeline.byParty().keySet());
        List<String> topics = List.copyOf(timeline.byTopic().keySet());
        Map<Party, Integer> partyIds = new HashMap<>();
        for (int i = 0; i < parties.size(); i++) partyIds.put(parties.get(i), i);
        Map<String, Integer> topicIds = new HashMap<>();
        for (int i = 0; i < topics.size(); i++) topicIds.put(topics.get(i), i);

        List<BodySearch> bodies = new ArrayList<>(entries.size());
        // Worked out when the file was parsed and kept in the entry cache; only entries made otherwise lack it.
        for (Entry e : entries) bodies.add(e.bodySearch() != null ? e.bodySearch() : bodySearch(e.body()));
        VersionedFiles files = new VersionedFiles();
        List<String> groups = termGroups(entries, bodies, config, files);
        for (int i = 0; i < parties.size(); i++) {
            files.addText(
                    FOLDER + "facets/p" + i + ".txt", facet(timeline.byParty().get(parties.get(i)), ids));
        }
        for (int i = 0; i < topics.size(); i++) {
            files.addText(
                    FOLDER + "facets/t" + i + ".txt", facet(timeline.byTopic().get(topics.get(i)), ids));
        }
        List<EventType> types = types(timeline);
        for (int i = 0; i < types.size(); i++) {
            EventType type = types.get(i);
            files.addText(FOLDER + "facets/y" + i + ".txt", facet(entries, e -> e.type() == type, ids));
        }
        EventType.Kind[] classes = EventType.Kind.values();
        for (int i = 0; i < classes.length; i++) {
            EventType.Kind kind = classes[i];
            files.addText(
                    FOLDER + "facets/c" + i + ".txt",
                    facet(entries, e -> e.type() != null && e.type().kind() == kind, ids));
        }
        // The entries' metadata grows with the timeline: each file is made when it is written.
        for (int start = 0; start < entries.size(); start += CHUNK) {
            List<Entry> chunk = entries.subList(start, Math.min(start + CHUNK, entries.size()));
            List<BodySearch> chunkBodies = bodies.subList(start, start + chunk.size());
            files.add(
                    FOLDER + "entries/" + start / CHUNK + ".json",
                    () -> metadata(chunk, chunkBodies, urls, partyIds, topicIds));
        }
        List<OutputFile> out = new ArrayList<>(files.files());
        // Last, so that its version is worked out from the files as they were made and written.
        out.add(new OutputFile(
                MANIFEST,
                null,
                () -> manifest(files.version(), timeline, ids, parties, topics, types, config, urls, groups)
                        .getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(out);
    }

    /** Text a term is searched in: title and party names weigh more than the rest. */
    private record Fields(Set<String> title, Set<String> all) {}

    /**
     * Terms of the text each entry is found by. Party and topic terms are worked out once per
     * party and topic, not once per entry.
     */
    private static final class FieldReader {
        private final SiteConfig config;
        // Concurrent: entries are read side by side. The terms are the same whichever thread works them out.
        private final Map<Party, List<String>> partyNames = new ConcurrentHashMap<>();
        private final Map<Party, List<String>> partyOtherNames = new ConcurrentHashMap<>();
        private final Map<String, List<String>> topicTerms = new ConcurrentHashMap<>();

        FieldReader(SiteConfig config) {
            this.config = config;
        }

        Fields read(Entry e, BodySearch body) {
            Set<String> title = new LinkedHashSet<>(SearchTokenizer.terms(e.title()));
            for (Party p : e.parties())
                title.addAll(partyNames.computeIfAbsent(p, k -> SearchTokenizer.terms(k.name())));
            Set<String> all = new LinkedHashSet<>(title);
            all.addAll(SearchTokenizer.terms(e.summary() == null ? "" : e.summary()));
            all.addAll(body.termList());
            for (Party p : e.parties()) all.addAll(partyOtherNames.computeIfAbsent(p, FieldReader::otherNames));
            for (String topic : e.topics()) {
                all.addAll(topicTerms.computeIfAbsent(
                        topic, k -> SearchTokenizer.terms(k.replace('-', ' ') + " " + config.topicLabel(k))));
            }
            return new Fields(title, all);
        }

        private static List<String> otherNames(Party p) {
            List<String> terms = new ArrayList<>();
            for (String alias : p.aliases()) terms.addAll(SearchTokenizer.terms(alias));
            for (String demonym : p.demonyms()) terms.addAll(SearchTokenizer.terms(demonym));
            return terms;
        }
    }

    /** A term with its postings, written out once: their length decides where groups split. */
    private record Posted(String term, String skeleton, String all, String title, int bytes) {
        static Posted of(String term, IdList[] lists) {
            int[] titleIds = lists[1].toArray();
            String all = Postings.encode(lists[0].toArray());
            String title =
                    titleIds.length == 0 ? null : titleIds.length == lists[0].size() ? "=" : Postings.encode(titleIds);
            // "term":["all","title"], as JsonWriter writes it (terms and postings need no escapes)
            int bytes = term.getBytes(StandardCharsets.UTF_8).length
                    + all.length()
                    + 8
                    + (title == null ? 0 : title.length() + 3);
            return new Posted(term, SearchVariants.skeleton(term), all, title, bytes);
        }
    }

    /**
     * Writes the term groups: every indexed term, with its postings, in the group of its skeleton's
     * start, so that a word's exact form, its variants, typos and (mostly) the longer words it begins
     * are all in one file. Returns the start of each group, in file order.
     */
    private static List<String> termGroups(
            List<Entry> entries, List<BodySearch> bodies, SiteConfig config, VersionedFiles files) {
        // A hash map while collecting (1.5 million additions at 50,000 entries), sorted once at the end.
        Map<String, IdList[]> terms = new HashMap<>();
        FieldReader reader = new FieldReader(config);
        // Entries are tokenized side by side, a batch at a time so that only one batch's term sets
        // are held (all of them at once were a third of a build's live memory); the postings are
        // then filled in id order.
        for (int start = 0; start < entries.size(); start += TOKENIZE_BATCH) {
            int first = start;
            List<Fields> fields = IntStream.range(first, Math.min(first + TOKENIZE_BATCH, entries.size()))
                    .parallel()
                    .mapToObj(id -> reader.read(entries.get(id), bodies.get(id)))
                    .toList();
            for (int i = 0; i < fields.size(); i++) {
                Fields f = fields.get(i);
                for (String term : f.all()) {
                    IdList[] lists = terms.computeIfAbsent(term, k -> new IdList[] {new IdList(), new IdList()});
                    lists[0].add(first + i);
                    if (f.title().contains(term)) lists[1].add(first + i);
                }
            }
        }
        // Encoded side by side too; an ordered stream keeps the terms sorted.
        List<Posted> posted = new TreeMap<>(terms)
                .entrySet().stream()
                        .parallel()
                        .map(t -> Posted.of(t.getKey(), t.getValue()))
                        .toList();
        Map<String, List<Posted>> byFirst = new TreeMap<>();
        for (Posted p : posted)
            byFirst.computeIfAbsent(SearchVariants.prefix(p.skeleton(), 1), k -> new ArrayList<>())
                    .add(p);
        Map<String, List<Posted>> groups = new TreeMap<>();
        byFirst.forEach((start, list) -> group(list, 1, start, groups));
        List<String> starts = new ArrayList<>();
        for (var g : groups.entrySet()) {
            JsonWriter w = new JsonWriter(new StringBuilder(GROUP_BYTES)).beginObject();
            for (Posted p : g.getValue()) {
                w.name(p.term()).beginArray().value(p.all());
                if (p.title() != null) w.value(p.title());
                w.end();
            }
            files.addText(FOLDER + "groups/" + starts.size() + ".json", w.end() + "\n");
            starts.add(g.getKey());
        }
        return starts;
    }

    /**
     * One group for the terms under {@code start}, or, when too big, the terms whose skeleton ends
     * there and one group per longer start. Terms stay in sorted order.
     */
    private static void group(List<Posted> terms, int depth, String start, Map<String, List<Posted>> groups) {
        long bytes = 3;
        for (Posted p : terms) bytes += p.bytes();
        if (bytes <= GROUP_BYTES || depth >= GROUP_DEPTH) {
            groups.put(start, terms);
            return;
        }
        List<Posted> here = new ArrayList<>();
        Map<String, List<Posted>> longer = new TreeMap<>();
        for (Posted p : terms) {
            if (p.skeleton().codePointCount(0, p.skeleton().length()) <= depth) here.add(p);
            else
                longer.computeIfAbsent(SearchVariants.prefix(p.skeleton(), depth + 1), k -> new ArrayList<>())
                        .add(p);
        }
        if (!here.isEmpty()) groups.put(start, here);
        longer.forEach((s, list) -> group(list, depth + 1, s, groups));
    }

    /** The event types the entries use, in the vocabulary's order: the type facets and filter options. */
    public static List<EventType> types(Timeline timeline) {
        java.util.EnumSet<EventType> used = java.util.EnumSet.noneOf(EventType.class);
        for (Entry e : timeline.entries()) if (e.type() != null) used.add(e.type());
        return List.copyOf(used);
    }

    private static String facet(
            List<Entry> entries, java.util.function.Predicate<Entry> holds, Map<Entry, Integer> ids) {
        return facet(entries.stream().filter(holds).toList(), ids);
    }

    private static String facet(List<Entry> list, Map<Entry, Integer> ids) {
        return Postings.encode(list.stream().mapToInt(ids::get).sorted().toArray());
    }

    private static String metadata(
            List<Entry> chunk,
            List<BodySearch> bodies,
            UrlScheme urls,
            Map<Party, Integer> partyIds,
            Map<String, Integer> topicIds) {
        JsonWriter w =
                new JsonWriter(new StringBuilder(chunk.size() * 2000)).beginArray(JsonWriter.Layout.LINE_PER_ITEM);
        for (int i = 0; i < chunk.size(); i++) {
            Entry e = chunk.get(i);
            w.beginArray()
                    .value(e.title())
                    .value(urls.entry(e))
                    .value(e.date().iso())
                    .value(e.when().displayAtStart());
            w.beginArray();
            for (Party p : e.parties()) w.value(partyIds.get(p));
            w.end().beginArray();
            for (String t : e.topics()) w.value(topicIds.get(t));
            w.end()
                    .value(shorten(e.summary() == null ? "" : e.summary()))
                    .value(bodies.get(i).snippet())
                    .end();
        }
        return w.end() + "\n";
    }

    private static String manifest(
            String version,
            Timeline timeline,
            Map<Entry, Integer> ids,
            List<Party> parties,
            List<String> topics,
            List<EventType> types,
            SiteConfig config,
            UrlScheme urls,
            List<String> groups) {
        JsonWriter w = new JsonWriter()
                .beginObject(JsonWriter.Layout.LINE_PER_ITEM)
                .name("format")
                .value(FORMAT)
                .name("version")
                .value(version)
                .name("entries")
                .value(timeline.entries().size())
                .name("chunk")
                .value(CHUNK)
                .name("prefixGroups")
                .value(PREFIX_GROUPS)
                .name("query")
                .value(SearchTokenizer.queryRules())
                .name("variants")
                .value(SearchVariants.rules())
                .name("years")
                .beginArray();
        for (var y : timeline.byYear().entrySet())
            w.beginArray().value(y.getKey()).value(ids.get(y.getValue().get(0))).end();
        w.end().name("parties").beginArray(JsonWriter.Layout.LINE_PER_ITEM);
        for (Party p : parties)
            w.beginArray()
                    .value(p.slug())
                    .value(p.name())
                    .value(urls.country(p))
                    .end();
        w.end().name("topics").beginArray(JsonWriter.Layout.LINE_PER_ITEM);
        for (String t : topics)
            w.beginArray()
                    .value(t)
                    .value(config.topicLabel(t))
                    .value(urls.topic(t))
                    .end();
        w.end().name("types").beginArray(JsonWriter.Layout.LINE_PER_ITEM);
        for (EventType type : types)
            w.beginArray()
                    .value(type.key())
                    .value(type.label())
                    .value(type.kind().key())
                    .end();
        w.end().name("classes").beginArray();
        for (EventType.Kind kind : EventType.Kind.values()) w.value(kind.key());
        w.end().name("groups").beginArray();
        for (String start : groups) w.value(start);
        return w.end().end() + "\n";
    }

    /** Cuts a summary at a word boundary near {@link #SUMMARY_CHARS}, marking the cut with an ellipsis. */
    static String shorten(String summary) {
        return cut(summary, SUMMARY_CHARS);
    }

    /** Cuts text at a word boundary near {@code chars}, marking the cut with an ellipsis. */
    static String cut(String text, int chars) {
        String s = collapsedStart(text.strip(), chars + 1);
        if (s.length() <= chars) return s;
        int cut = s.lastIndexOf(' ', chars);
        if (cut < chars / 2) cut = chars;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut).stripTrailing() + "\u2026";
    }

    /**
     * The text with each run of ASCII white space made one space (as {@code \\s+} reads it), up
     * to {@code most} characters: a body's text is cut to its first 1,500, so the rest of it is
     * not read.
     */
    private static String collapsedStart(String text, int most) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), most));
        boolean inSpace = false;
        for (int i = 0; i < text.length() && out.length() < most; i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000b' || c == '\f' || c == '\r';
            if (!space) out.append(c);
            else if (!inSpace) out.append(' ');
            inSpace = space;
        }
        return out.toString();
    }

    /** A growable list of ascending ids. */
    private static final class IdList {
        private int[] ids = new int[4];
        private int size;

        void add(int id) {
            if (size == ids.length) ids = java.util.Arrays.copyOf(ids, size * 2);
            ids[size++] = id;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return java.util.Arrays.copyOf(ids, size);
        }
    }
}
