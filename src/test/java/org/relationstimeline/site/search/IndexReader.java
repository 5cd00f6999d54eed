package org.relationstimeline.site.search;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.relationstimeline.site.OutputFile;

/**
 * Runs a query over built index files the way {@code templates/assets/search.js} does, and
 * records every file the browser would download for it, wave by wave: the manifest; the groups of
 * each word and the facet lists of the filters (side by side); the display files of the first page
 * of results (side by side).
 */
final class IndexReader {
    static final int PAGE = 10;

    private final Map<String, byte[]> files = new TreeMap<>();
    final JsonObject manifest;

    IndexReader(List<OutputFile> output) {
        for (OutputFile f : output) files.put(f.file(), f.content());
        manifest = JsonParser.parseString(text(SearchIndex.MANIFEST)).getAsJsonObject();
    }

    /** A query as the form gives it: words, party slugs (country and "together with"), a topic key and years. */
    record Query(String words, List<String> parties, String topic, Integer from, Integer to, String type, String kind) {
        Query(String words, List<String> parties, String topic, Integer from, Integer to) {
            this(words, parties, topic, from, to, null, null);
        }

        static Query words(String words) {
            return new Query(words, List.of(), null, null, null);
        }
    }

    /** What a query found and what it cost. */
    record Result(
            List<Integer> ids,
            List<JsonArray> firstPage,
            Set<String> fetched,
            long bytes,
            List<Map<String, Integer>> matched,
            List<Integer> tiers) {
        Result(List<Integer> ids, List<JsonArray> firstPage, Set<String> fetched, long bytes) {
            this(ids, firstPage, fetched, bytes, List.of(), List.of());
        }

        /** How far below exact the entry matched: the sum over the words of each word's tier. */
        int tier(int id) {
            return tiers.get(ids.indexOf(id));
        }

        List<String> titles() {
            return firstPage.stream().map(r -> r.get(0).getAsString()).toList();
        }

        /** Files fetched after the manifest (which the page loads once). */
        int requests() {
            return fetched.size() - 1;
        }

        /** Files fetched to find the entries of the query's words: the groups. */
        long wordRequests() {
            return fetched.stream()
                    .filter(f -> f.startsWith(SearchIndex.FOLDER + "groups/"))
                    .count();
        }

        /**
         * Waves of requests after the manifest, each waiting for the one before: the groups and facet
         * lists (all named by the manifest, so fetched side by side), then the display files of the
         * results on screen (named by the ids found).
         */
        int roundTrips() {
            boolean finding = fetched.stream()
                    .anyMatch(f -> f.startsWith(SearchIndex.FOLDER + "groups/")
                            || f.startsWith(SearchIndex.FOLDER + "facets/"));
            boolean showing = fetched.stream().anyMatch(f -> f.startsWith(SearchIndex.FOLDER + "entries/"));
            return (finding ? 1 : 0) + (showing ? 1 : 0);
        }
    }

    Result run(Query q) {
        Set<String> fetched = new LinkedHashSet<>();
        fetched.add(SearchIndex.MANIFEST);
        int n = manifest.get("entries").getAsInt();
        List<String> words = SearchTokenizer.queryTerms(q.words());
        boolean filtered = !q.parties().isEmpty()
                || q.topic() != null
                || q.type() != null
                || q.kind() != null
                || q.from() != null
                || q.to() != null;
        if (words.isEmpty() && !filtered) return new Result(List.of(), List.of(), fetched, bytes(fetched));
        int[] hits = new int[n];
        int[] score = new int[n];
        int[] penalty = new int[n];
        int needed = 0;
        List<Map<String, Integer>> matched = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (JsonElement g : manifest.getAsJsonArray("groups")) groups.add(g.getAsString());
        for (String word : words) {
            Map<String, Integer> terms = new java.util.LinkedHashMap<>();
            matched.add(terms);
            int[] tier = new int[n];
            boolean[] seen = new boolean[n];
            String skeleton = SearchVariants.skeleton(word);
            // The group of the word's skeleton, and the deeper ones holding longer words it begins.
            int own = -1;
            List<Integer> deeper = new ArrayList<>();
            for (int g = 0; g < groups.size(); g++) {
                String start = groups.get(g);
                if (skeleton.startsWith(start)
                        && (own < 0 || start.length() > groups.get(own).length())) own = g;
                if (start.startsWith(skeleton) && start.length() > skeleton.length()) deeper.add(g);
            }
            boolean prefix = (own < 0 ? 0 : 1) + deeper.size()
                    <= manifest.get("prefixGroups").getAsInt();
            List<Integer> load = new ArrayList<>();
            if (own >= 0) load.add(own);
            if (prefix) load.addAll(deeper);
            List<JsonObject> loaded = new ArrayList<>();
            for (int g : load) {
                String path = SearchIndex.FOLDER + "groups/" + g + ".json";
                fetched.add(path);
                loaded.add(JsonParser.parseString(text(path)).getAsJsonObject());
            }
            for (JsonObject group : loaded) {
                for (var t : group.entrySet()) {
                    if (prefix ? !t.getKey().startsWith(word) : !t.getKey().equals(word)) continue;
                    terms.put(t.getKey(), 0);
                    post(t.getValue().getAsJsonArray(), seen, tier, 0, score);
                }
            }
            variants(word, skeleton, loaded, terms, seen, tier, score);
            for (int id = 0; id < n; id++) {
                if (!seen[id]) continue;
                hits[id]++;
                penalty[id] += tier[id];
            }
            needed++;
        }
        for (String slug : new LinkedHashSet<>(q.parties())) {
            int i = indexOf(manifest.getAsJsonArray("parties"), slug);
            needed += facet(SearchIndex.FOLDER + "facets/p" + i + ".txt", hits, fetched);
        }
        if (q.topic() != null) {
            int i = indexOf(manifest.getAsJsonArray("topics"), q.topic());
            needed += facet(SearchIndex.FOLDER + "facets/t" + i + ".txt", hits, fetched);
        }
        if (q.type() != null) {
            int i = indexOf(manifest.getAsJsonArray("types"), q.type());
            needed += facet(SearchIndex.FOLDER + "facets/y" + i + ".txt", hits, fetched);
        }
        if (q.kind() != null) {
            int i = -1;
            JsonArray classes = manifest.getAsJsonArray("classes");
            for (int c = 0; c < classes.size(); c++)
                if (classes.get(c).getAsString().equals(q.kind())) i = c;
            needed += facet(SearchIndex.FOLDER + "facets/c" + i + ".txt", hits, fetched);
        }
        int[] range = yearRange(q.from(), q.to(), n);
        List<Integer> ids = new ArrayList<>();
        for (int id = range[0]; id < range[1]; id++) if (hits[id] == needed) ids.add(id);
        ids.sort(Comparator.<Integer>comparingInt(id -> penalty[id])
                .thenComparingInt(id -> -score[id])
                .thenComparingInt(id -> id));
        int chunk = manifest.get("chunk").getAsInt();
        List<JsonArray> page = new ArrayList<>();
        for (int id : ids.subList(0, Math.min(PAGE, ids.size()))) {
            String path = SearchIndex.FOLDER + "entries/" + id / chunk + ".json";
            fetched.add(path);
            page.add(JsonParser.parseString(text(path))
                    .getAsJsonArray()
                    .get(id % chunk)
                    .getAsJsonArray());
        }
        return new Result(
                List.copyOf(ids),
                page,
                fetched,
                bytes(fetched),
                matched,
                ids.stream().map(id -> penalty[id]).toList());
    }

    /** Marks the entries of one term's postings as matched at {@code t}, unless matched better already. */
    private static void post(JsonArray lists, boolean[] seen, int[] tier, int t, int[] score) {
        int[] ids = Postings.decode(lists.get(0).getAsString());
        for (int id : ids) {
            if (!seen[id] || tier[id] > t) tier[id] = t;
            seen[id] = true;
        }
        if (t == 0 && lists.size() > 1) {
            String title = lists.get(1).getAsString();
            for (int id : title.equals("=") ? ids : Postings.decode(title)) score[id]++;
        }
    }

    /** Variants and typos of a word, as search.js finds them: every candidate in the groups loaded for it. */
    private static void variants(
            String word,
            String skeleton,
            List<JsonObject> loaded,
            Map<String, Integer> terms,
            boolean[] seen,
            int[] tier,
            int[] score) {
        if (SearchVariants.allowedEdits(word) == 0) return;
        for (JsonObject group : loaded) {
            for (var t : group.entrySet()) {
                if (terms.containsKey(t.getKey())) continue;
                int[] rank = SearchVariants.rank(word, skeleton, t.getKey());
                if (rank == null) continue;
                terms.put(t.getKey(), rank[0]);
                post(t.getValue().getAsJsonArray(), seen, tier, rank[0], score);
            }
        }
    }

    /** The entry with this id, as a result shows it. */
    JsonArray row(int id) {
        int chunk = manifest.get("chunk").getAsInt();
        return JsonParser.parseString(text(SearchIndex.FOLDER + "entries/" + id / chunk + ".json"))
                .getAsJsonArray()
                .get(id % chunk)
                .getAsJsonArray();
    }

    /** The body text of the entry with this id, as its display file holds it for the snippet. */
    String body(int id) {
        return row(id).get(7).getAsString();
    }

    private int facet(String path, int[] hits, Set<String> fetched) {
        fetched.add(path);
        for (int id : Postings.decode(text(path))) hits[id]++;
        return 1;
    }

    private int[] yearRange(Integer from, Integer to, int n) {
        int lo = 0;
        int hi = n;
        if (from != null && to != null && from > to) {
            Integer t = from;
            from = to;
            to = t;
        }
        JsonArray years = manifest.getAsJsonArray("years");
        for (int i = 0; i < years.size(); i++) {
            int year = years.get(i).getAsJsonArray().get(0).getAsInt();
            int next = i + 1 < years.size()
                    ? years.get(i + 1).getAsJsonArray().get(1).getAsInt()
                    : n;
            if (to != null && year > to) lo = next;
            if (from != null && year < from && hi == n)
                hi = years.get(i).getAsJsonArray().get(1).getAsInt();
        }
        return new int[] {lo, Math.max(lo, hi)};
    }

    private static int indexOf(JsonArray rows, String key) {
        for (int i = 0; i < rows.size(); i++) {
            JsonElement first = rows.get(i).getAsJsonArray().get(0);
            if (first.getAsString().equals(key)) return i;
        }
        throw new IllegalArgumentException("not in the manifest: " + key);
    }

    /** What the files weigh gzipped, as GitHub Pages serves JSON and text. */
    long gzippedBytes(Set<String> paths) {
        long total = 0;
        for (String p : paths) {
            var buffer = new java.io.ByteArrayOutputStream();
            try (var gzip = new java.util.zip.GZIPOutputStream(buffer)) {
                gzip.write(files.get(p));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            total += buffer.size();
        }
        return total;
    }

    long bytes(Set<String> paths) {
        return paths.stream().mapToLong(p -> files.get(p).length).sum();
    }

    String text(String path) {
        byte[] b = files.get(path);
        if (b == null) throw new IllegalArgumentException("no index file " + path);
        return new String(b, StandardCharsets.UTF_8);
    }

    Map<String, byte[]> files() {
        return files;
    }
}
