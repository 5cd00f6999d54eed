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
import org.relationstimeline.text.Hashes;
import org.relationstimeline.text.JsonWriter;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Timeline;

/**
 * The search index, split so that a query downloads only what it needs (the idea of Pagefind,
 * in plain JSON). Entries are numbered newest first, so a year range is a range of ids. Files,
 * all under {@code search/}:
 * <ul>
 * <li>{@code manifest.json}: counts, the rules for reading a query ({@link SearchTokenizer#queryRules}),
 *     the first id of each year, parties and topics with their pages' URLs (for filters and for
 *     showing results), and the first term of each term shard;</li>
 * <li>{@code terms/N.json}: a sorted range of terms, each with the ids of the entries that contain
 *     it and of those whose title (or party names) contain it, in the {@link Postings} form;</li>
 * <li>{@code facets/pN.txt}, {@code facets/tN.txt}: the ids of each party's and each topic's entries;
 *     {@code facets/yN.txt}, {@code facets/cN.txt}: of each event type's and each class's (cooperation,
 *     conflict);</li>
 * <li>{@code entries/N.json}: what a result shows of entries {@code N*CHUNK} onwards, fetched only for
 *     hits on screen;</li>
 * <li>{@code words/N.json}: the indexed words whose {@link SearchVariants#skeleton skeleton} begins
 *     with the manifest's {@code words[N]} (one or more letters, as many as keep the file under
 *     {@link #WORDS_BYTES}), where the script looks for variants and typos of a query word;</li>
 * <li>{@code bodies/N.json}: the text of the bodies of entries {@code N*BODY_CHUNK} onwards (as the page
 *     shows it, no Markdown), cut at {@link #BODY_CHARS}, fetched for the hits on screen to quote a
 *     snippet around the words found.</li>
 * </ul>
 * Output is a pure function of the timeline, the config and the base URL: the same input gives the
 * same bytes.
 */
public final class SearchIndex implements ExtraOutput {
    public static final String FOLDER = "search/";
    public static final String MANIFEST = FOLDER + "manifest.json";
    /** Entries per metadata file; the script shows ten results at a time. */
    public static final int CHUNK = 16;
    /** A term shard is closed before it grows past this many bytes (a single term can exceed it). */
    public static final int SHARD_BYTES = 24 * 1024;
    /** A query word is matched as a prefix only when its terms lie within this many shards. */
    public static final int PREFIX_SHARDS = 2;
    /** Summaries are shortened to about this many characters in results (the index has them whole). */
    public static final int SUMMARY_CHARS = 160;
    /** Entries per body file: a body is about a kilobyte, and each result on screen fetches its file. */
    public static final int BODY_CHUNK = 4;
    /** Body text kept for snippets (the terms come from the whole body). */
    public static final int BODY_CHARS = 1500;
    /** A word list is split by a longer skeleton start once it would pass this many bytes. */
    public static final int WORDS_BYTES = 16 * 1024;
    /** Word lists are split by at most this many letters of the skeleton. */
    static final int WORDS_DEPTH = 3;
    /** Words shorter than this are in no word list: no query word that may have a typo reaches them. */
    static final int WORDS_MIN_LENGTH = SearchVariants.TYPO_MIN_LETTERS - 1;
    /**
     * 2: the query rules came into the manifest; 3: body words, body files, shortened shard starts,
     * word lists and the variant rules, type and class facets.
     */
    static final int FORMAT = 3;

    @Override
    public List<OutputFile> files(SiteModel site) {
        return build(site.timeline(), site.config(), site.urls());
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

        List<String> bodies = new ArrayList<>(entries.size());
        // Worked out when the file was parsed and kept in the entry cache; only entries made otherwise lack it.
        for (Entry e : entries) bodies.add(e.bodyText() != null ? e.bodyText() : MarkdownText.of(e.body()));
        List<OutputFile> files = new ArrayList<>();
        List<String> vocabulary = new ArrayList<>();
        List<String> shardStarts = termShards(entries, bodies, config, files, vocabulary);
        List<String> wordLists = wordLists(vocabulary, files);
        for (int i = 0; i < parties.size(); i++) {
            files.add(OutputFile.text(
                    FOLDER + "facets/p" + i + ".txt", facet(timeline.byParty().get(parties.get(i)), ids)));
        }
        for (int i = 0; i < topics.size(); i++) {
            files.add(OutputFile.text(
                    FOLDER + "facets/t" + i + ".txt", facet(timeline.byTopic().get(topics.get(i)), ids)));
        }
        List<EventType> types = types(timeline);
        for (int i = 0; i < types.size(); i++) {
            EventType type = types.get(i);
            files.add(OutputFile.text(FOLDER + "facets/y" + i + ".txt", facet(entries, e -> e.type() == type, ids)));
        }
        EventType.Kind[] classes = EventType.Kind.values();
        for (int i = 0; i < classes.length; i++) {
            EventType.Kind kind = classes[i];
            files.add(OutputFile.text(
                    FOLDER + "facets/c" + i + ".txt",
                    facet(entries, e -> e.type() != null && e.type().kind() == kind, ids)));
        }
        for (int start = 0; start < entries.size(); start += CHUNK) {
            List<Entry> chunk = entries.subList(start, Math.min(start + CHUNK, entries.size()));
            files.add(OutputFile.text(
                    FOLDER + "entries/" + start / CHUNK + ".json", metadata(chunk, urls, partyIds, topicIds)));
        }
        for (int start = 0; start < entries.size(); start += BODY_CHUNK) {
            JsonWriter w = new JsonWriter().beginArray(JsonWriter.Layout.LINE_PER_ITEM);
            for (String body : bodies.subList(start, Math.min(start + BODY_CHUNK, entries.size())))
                w.value(cut(body, BODY_CHARS));
            files.add(OutputFile.text(FOLDER + "bodies/" + start / BODY_CHUNK + ".json", w.end() + "\n"));
        }
        var digest = Hashes.digest();
        for (OutputFile f : files) {
            digest.update(f.file().getBytes(StandardCharsets.UTF_8));
            digest.update(f.content());
        }
        String version = Hashes.hex(digest);
        files.add(
                0,
                OutputFile.text(
                        MANIFEST,
                        manifest(
                                version, timeline, ids, parties, topics, types, config, urls, shardStarts, wordLists)));
        return List.copyOf(files);
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

        Fields read(Entry e, String body) {
            Set<String> title = new LinkedHashSet<>(SearchTokenizer.terms(e.title()));
            for (Party p : e.parties())
                title.addAll(partyNames.computeIfAbsent(p, k -> SearchTokenizer.terms(k.name())));
            Set<String> all = new LinkedHashSet<>(title);
            all.addAll(SearchTokenizer.terms(e.summary() == null ? "" : e.summary()));
            all.addAll(SearchTokenizer.terms(body));
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

    /** Writes the term shards; returns the first term of each (the first is always ""). */
    private static List<String> termShards(
            List<Entry> entries,
            List<String> bodies,
            SiteConfig config,
            List<OutputFile> files,
            List<String> vocabulary) {
        // A hash map while collecting (1.5 million additions at 50,000 entries), sorted once at the end.
        Map<String, IdList[]> terms = new HashMap<>();
        FieldReader reader = new FieldReader(config);
        // Entries are tokenized side by side; the postings are then filled in id order, as before.
        List<Fields> fields = IntStream.range(0, entries.size())
                .parallel()
                .mapToObj(id -> reader.read(entries.get(id), bodies.get(id)))
                .toList();
        for (int id = 0; id < entries.size(); id++) {
            Fields f = fields.get(id);
            for (String term : f.all()) {
                IdList[] lists = terms.computeIfAbsent(term, k -> new IdList[] {new IdList(), new IdList()});
                lists[0].add(id);
                if (f.title().contains(term)) lists[1].add(id);
            }
        }
        List<String> starts = new ArrayList<>();
        JsonWriter shard = null;
        int shardBytes = 0;
        String previous = "";
        for (var t : new TreeMap<>(terms).entrySet()) {
            vocabulary.add(t.getKey());
            if (shard != null) {
                JsonWriter.Mark before = shard.mark();
                writeTerm(shard, t.getKey(), t.getValue());
                int grown = shardBytes + shard.utf8BytesSince(before);
                // Room is kept for the closing brace; a term that does not fit opens the next shard.
                if (grown + 1 <= SHARD_BYTES) {
                    shardBytes = grown;
                    previous = t.getKey();
                    continue;
                }
                files.add(shardFile(starts.size() - 1, shard.rewind(before)));
            }
            shard = new JsonWriter();
            JsonWriter.Mark empty = shard.mark();
            writeTerm(shard.beginObject(), t.getKey(), t.getValue());
            shardBytes = shard.utf8BytesSince(empty);
            starts.add(starts.isEmpty() ? "" : separator(previous, t.getKey()));
            previous = t.getKey();
        }
        if (shard != null) files.add(shardFile(starts.size() - 1, shard));
        if (starts.isEmpty()) {
            starts.add("");
            files.add(shardFile(0, new JsonWriter().beginObject()));
        }
        return starts;
    }

    /**
     * Writes the word lists: the words of the vocabulary that variant and typo matching may reach,
     * grouped by the start of their skeleton. Returns the start of each list, in file order.
     */
    private static List<String> wordLists(List<String> vocabulary, List<OutputFile> files) {
        Map<String, List<String[]>> byFirst = new TreeMap<>();
        for (String term : vocabulary) {
            if (term.codePointCount(0, term.length()) < WORDS_MIN_LENGTH || !SearchVariants.isWord(term)) continue;
            String skeleton = SearchVariants.skeleton(term);
            byFirst.computeIfAbsent(SearchVariants.prefix(skeleton, 1), k -> new ArrayList<>())
                    .add(new String[] {term, skeleton});
        }
        Map<String, List<String>> lists = new TreeMap<>();
        byFirst.forEach((start, words) -> group(words, 1, start, lists));
        List<String> starts = new ArrayList<>();
        for (var list : lists.entrySet()) {
            JsonWriter w = new JsonWriter().beginArray();
            for (String term : list.getValue()) w.value(term);
            files.add(OutputFile.text(FOLDER + "words/" + starts.size() + ".json", w.end() + "\n"));
            starts.add(list.getKey());
        }
        return starts;
    }

    /** One list for the words under {@code start}, or, when too big, one per longer start. */
    private static void group(List<String[]> words, int depth, String start, Map<String, List<String>> lists) {
        long bytes = 2;
        for (String[] w : words) bytes += w[0].getBytes(StandardCharsets.UTF_8).length + 3;
        if (bytes <= WORDS_BYTES || depth >= WORDS_DEPTH) {
            lists.put(start, words.stream().map(w -> w[0]).sorted().toList());
            return;
        }
        List<String[]> here = new ArrayList<>();
        Map<String, List<String[]>> longer = new TreeMap<>();
        for (String[] w : words) {
            if (w[1].codePointCount(0, w[1].length()) <= depth) here.add(w);
            else
                longer.computeIfAbsent(SearchVariants.prefix(w[1], depth + 1), k -> new ArrayList<>())
                        .add(w);
        }
        if (!here.isEmpty())
            lists.put(start, here.stream().map(w -> w[0]).sorted().toList());
        longer.forEach((s, list) -> group(list, depth + 1, s, lists));
    }

    /**
     * The shortest start of {@code next} that sorts after {@code last}: a shard's start need only
     * part it from the shard before, and the manifest every query loads lists them all.
     */
    static String separator(String last, String next) {
        int i = 0;
        while (i < next.length()) {
            i += Character.charCount(next.codePointAt(i));
            if (next.substring(0, i).compareTo(last) > 0) return next.substring(0, i);
        }
        return next;
    }

    /**
     * A term and its postings: {@code [all]} when no title holds it, {@code [all, "="]} when
     * every entry's title does, else {@code [all, title]}.
     */
    private static void writeTerm(JsonWriter shard, String term, IdList[] lists) {
        int[] titleIds = lists[1].toArray();
        shard.name(term).beginArray().value(Postings.encode(lists[0].toArray()));
        if (titleIds.length > 0 && titleIds.length == lists[0].size()) shard.value("=");
        else if (titleIds.length > 0) shard.value(Postings.encode(titleIds));
        shard.end();
    }

    private static OutputFile shardFile(int n, JsonWriter shard) {
        return OutputFile.text(FOLDER + "terms/" + n + ".json", shard.end().toString());
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
            List<Entry> chunk, UrlScheme urls, Map<Party, Integer> partyIds, Map<String, Integer> topicIds) {
        JsonWriter w =
                new JsonWriter(new StringBuilder(chunk.size() * 400)).beginArray(JsonWriter.Layout.LINE_PER_ITEM);
        for (Entry e : chunk) {
            w.beginArray()
                    .value(e.title())
                    .value(urls.entry(e))
                    .value(e.date().iso())
                    .value(e.when().displayAtStart());
            w.beginArray();
            for (Party p : e.parties()) w.value(partyIds.get(p));
            w.end().beginArray();
            for (String t : e.topics()) w.value(topicIds.get(t));
            w.end().value(shorten(e.summary() == null ? "" : e.summary())).end();
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
            List<String> shardStarts,
            List<String> wordLists) {
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
                .name("bodyChunk")
                .value(BODY_CHUNK)
                .name("prefixShards")
                .value(PREFIX_SHARDS)
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
        w.end().name("shards").beginArray();
        for (String start : shardStarts) w.value(start);
        w.end().name("words").beginArray();
        for (String start : wordLists) w.value(start);
        return w.end().end() + "\n";
    }

    /** Cuts a summary at a word boundary near {@link #SUMMARY_CHARS}, marking the cut with an ellipsis. */
    static String shorten(String summary) {
        return cut(summary, SUMMARY_CHARS);
    }

    /** Cuts text at a word boundary near {@code chars}, marking the cut with an ellipsis. */
    static String cut(String text, int chars) {
        String s = text.strip().replaceAll("\\s+", " ");
        if (s.length() <= chars) return s;
        int cut = s.lastIndexOf(' ', chars);
        if (cut < chars / 2) cut = chars;
        if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
        return s.substring(0, cut).stripTrailing() + "\u2026";
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
