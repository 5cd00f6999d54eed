package org.relationstimeline.site.search;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.SiteModel;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.text.Hashes;
import org.relationstimeline.text.Json;
import org.relationstimeline.timeline.Entry;
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
 * <li>{@code facets/pN.txt}, {@code facets/tN.txt}: the ids of each party's and each topic's entries;</li>
 * <li>{@code entries/N.json}: what a result shows of entries {@code N*CHUNK} onwards, fetched only for
 *     hits on screen.</li>
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
    /** 2: the query rules came into the manifest, in place of "maxTermLength". */
    static final int FORMAT = 2;

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

        List<OutputFile> files = new ArrayList<>();
        List<String> shardStarts = termShards(entries, config, files);
        for (int i = 0; i < parties.size(); i++) {
            files.add(OutputFile.text(FOLDER + "facets/p" + i + ".txt", facet(timeline.byParty().get(parties.get(i)), ids)));
        }
        for (int i = 0; i < topics.size(); i++) {
            files.add(OutputFile.text(FOLDER + "facets/t" + i + ".txt", facet(timeline.byTopic().get(topics.get(i)), ids)));
        }
        for (int start = 0; start < entries.size(); start += CHUNK) {
            List<Entry> chunk = entries.subList(start, Math.min(start + CHUNK, entries.size()));
            files.add(OutputFile.text(FOLDER + "entries/" + start / CHUNK + ".json", metadata(chunk, urls, partyIds, topicIds)));
        }
        var digest = Hashes.digest();
        for (OutputFile f : files) {
            digest.update(f.file().getBytes(StandardCharsets.UTF_8));
            digest.update(f.content());
        }
        String version = Hashes.hex(digest);
        files.add(0, OutputFile.text(MANIFEST, manifest(version, timeline, ids, parties, topics, config, urls, shardStarts)));
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
        private final Map<Party, List<String>> partyNames = new HashMap<>();
        private final Map<Party, List<String>> partyOtherNames = new HashMap<>();
        private final Map<String, List<String>> topicTerms = new HashMap<>();

        FieldReader(SiteConfig config) {
            this.config = config;
        }

        Fields read(Entry e) {
            Set<String> title = new LinkedHashSet<>(SearchTokenizer.terms(e.title()));
            for (Party p : e.parties()) title.addAll(partyNames.computeIfAbsent(p, k -> SearchTokenizer.terms(k.name())));
            Set<String> all = new LinkedHashSet<>(title);
            all.addAll(SearchTokenizer.terms(e.summary() == null ? "" : e.summary()));
            for (Party p : e.parties()) all.addAll(partyOtherNames.computeIfAbsent(p, FieldReader::otherNames));
            for (String topic : e.topics()) {
                all.addAll(topicTerms.computeIfAbsent(topic,
                        k -> SearchTokenizer.terms(k.replace('-', ' ') + " " + config.topicLabel(k))));
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
    private static List<String> termShards(List<Entry> entries, SiteConfig config, List<OutputFile> files) {
        // A hash map while collecting (1.5 million additions at 50,000 entries), sorted once at the end.
        Map<String, IdList[]> terms = new HashMap<>();
        FieldReader reader = new FieldReader(config);
        for (int id = 0; id < entries.size(); id++) {
            Fields f = reader.read(entries.get(id));
            for (String term : f.all()) {
                IdList[] lists = terms.computeIfAbsent(term, k -> new IdList[] {new IdList(), new IdList()});
                lists[0].add(id);
                if (f.title().contains(term)) lists[1].add(id);
            }
        }
        List<String> starts = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        int shardBytes = 0;
        for (var t : new TreeMap<>(terms).entrySet()) {
            String all = Postings.encode(t.getValue()[0].toArray());
            int[] titleIds = t.getValue()[1].toArray();
            String value = titleIds.length == 0 ? "[" + Json.quote(all) + "]"
                    : titleIds.length == t.getValue()[0].size() ? "[" + Json.quote(all) + ",\"=\"]"
                    : "[" + Json.quote(all) + "," + Json.quote(Postings.encode(titleIds)) + "]";
            String piece = Json.quote(t.getKey()) + ":" + value;
            int bytes = piece.getBytes(StandardCharsets.UTF_8).length + 1;
            if (shard.length() > 0 && shardBytes + bytes + 1 > SHARD_BYTES) {
                files.add(shardFile(starts.size() - 1, shard));
                shard.setLength(0);
                shardBytes = 0;
            }
            if (shard.length() == 0) starts.add(starts.isEmpty() ? "" : t.getKey());
            shard.append(shard.length() == 0 ? "{" : ",").append(piece);
            shardBytes += bytes;
        }
        if (shard.length() > 0) files.add(shardFile(starts.size() - 1, shard));
        if (starts.isEmpty()) {
            starts.add("");
            files.add(OutputFile.text(FOLDER + "terms/0.json", "{}"));
        }
        return starts;
    }

    private static OutputFile shardFile(int n, StringBuilder shard) {
        return OutputFile.text(FOLDER + "terms/" + n + ".json", shard + "}");
    }

    private static String facet(List<Entry> list, Map<Entry, Integer> ids) {
        return Postings.encode(list.stream().mapToInt(ids::get).sorted().toArray());
    }

    private static String metadata(List<Entry> chunk, UrlScheme urls, Map<Party, Integer> partyIds,
                                   Map<String, Integer> topicIds) {
        StringBuilder s = new StringBuilder(chunk.size() * 400).append('[');
        for (int i = 0; i < chunk.size(); i++) {
            Entry e = chunk.get(i);
            if (i > 0) s.append(",\n");
            s.append('[').append(Json.quote(e.title())).append(',').append(Json.quote(urls.entry(e)))
                    .append(',').append(Json.quote(e.date().iso())).append(',').append(Json.quote(e.date().display()))
                    .append(",[");
            for (int p = 0; p < e.parties().size(); p++) s.append(p > 0 ? "," : "").append(partyIds.get(e.parties().get(p)));
            s.append("],[");
            for (int t = 0; t < e.topics().size(); t++) s.append(t > 0 ? "," : "").append(topicIds.get(e.topics().get(t)));
            s.append("],").append(Json.quote(shorten(e.summary() == null ? "" : e.summary()))).append(']');
        }
        return s.append("]\n").toString();
    }

    private static String manifest(String version, Timeline timeline, Map<Entry, Integer> ids, List<Party> parties,
                                   List<String> topics, SiteConfig config, UrlScheme urls, List<String> shardStarts) {
        StringBuilder s = new StringBuilder(4096);
        s.append("{\"format\":").append(FORMAT)
                .append(",\n\"version\":").append(Json.quote(version))
                .append(",\n\"entries\":").append(timeline.entries().size())
                .append(",\n\"chunk\":").append(CHUNK)
                .append(",\n\"prefixShards\":").append(PREFIX_SHARDS)
                .append(",\n\"query\":").append(Json.compact(SearchTokenizer.queryRules()))
                .append(",\n\"years\":[");
        boolean first = true;
        for (var y : timeline.byYear().entrySet()) {
            s.append(first ? "" : ",").append('[').append(y.getKey()).append(',').append(ids.get(y.getValue().get(0))).append(']');
            first = false;
        }
        s.append("],\n\"parties\":[");
        for (int i = 0; i < parties.size(); i++) {
            s.append(i > 0 ? ",\n" : "").append('[').append(Json.quote(parties.get(i).slug())).append(',')
                    .append(Json.quote(parties.get(i).name())).append(',')
                    .append(Json.quote(urls.country(parties.get(i)))).append(']');
        }
        s.append("],\n\"topics\":[");
        for (int i = 0; i < topics.size(); i++) {
            s.append(i > 0 ? ",\n" : "").append('[').append(Json.quote(topics.get(i))).append(',')
                    .append(Json.quote(config.topicLabel(topics.get(i)))).append(',')
                    .append(Json.quote(urls.topic(topics.get(i)))).append(']');
        }
        s.append("],\n\"shards\":[");
        for (int i = 0; i < shardStarts.size(); i++) s.append(i > 0 ? "," : "").append(Json.quote(shardStarts.get(i)));
        return s.append("]}\n").toString();
    }

    /** Cuts a summary at a word boundary near {@link #SUMMARY_CHARS}, marking the cut with an ellipsis. */
    static String shorten(String summary) {
        String s = summary.strip().replaceAll("\\s+", " ");
        if (s.length() <= SUMMARY_CHARS) return s;
        int cut = s.lastIndexOf(' ', SUMMARY_CHARS);
        if (cut < SUMMARY_CHARS / 2) cut = SUMMARY_CHARS;
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
