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
 * records every file the browser would download for it: the manifest, the term shards of each
 * word, the facet lists of the filters, and the metadata chunks and body files of the first page
 * of results.
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
    record Query(String words, List<String> parties, String topic, Integer from, Integer to) {
        static Query words(String words) {
            return new Query(words, List.of(), null, null, null);
        }
    }

    /** What a query found and what it cost. */
    record Result(List<Integer> ids, List<JsonArray> firstPage, Set<String> fetched, long bytes) {
        List<String> titles() {
            return firstPage.stream().map(r -> r.get(0).getAsString()).toList();
        }
    }

    Result run(Query q) {
        Set<String> fetched = new LinkedHashSet<>();
        fetched.add(SearchIndex.MANIFEST);
        int n = manifest.get("entries").getAsInt();
        List<String> words = SearchTokenizer.queryTerms(q.words());
        boolean filtered = !q.parties().isEmpty() || q.topic() != null || q.from() != null || q.to() != null;
        if (words.isEmpty() && !filtered) return new Result(List.of(), List.of(), fetched, bytes(fetched));
        int[] hits = new int[n];
        int[] score = new int[n];
        int needed = 0;
        JsonArray shards = manifest.getAsJsonArray("shards");
        for (String word : words) {
            int first = shardOf(shards, word);
            int last = shardOf(shards, word + '\uffff');
            boolean prefix = last - first + 1 <= manifest.get("prefixShards").getAsInt();
            if (!prefix) last = first;
            boolean[] seen = new boolean[n];
            for (int s = first; s <= last; s++) {
                String path = SearchIndex.FOLDER + "terms/" + s + ".json";
                fetched.add(path);
                JsonObject shard = JsonParser.parseString(text(path)).getAsJsonObject();
                for (var t : shard.entrySet()) {
                    if (prefix ? !t.getKey().startsWith(word) : !t.getKey().equals(word)) continue;
                    JsonArray lists = t.getValue().getAsJsonArray();
                    int[] ids = Postings.decode(lists.get(0).getAsString());
                    for (int id : ids) seen[id] = true;
                    if (lists.size() > 1) {
                        String title = lists.get(1).getAsString();
                        for (int id : title.equals("=") ? ids : Postings.decode(title)) score[id]++;
                    }
                }
            }
            for (int id = 0; id < n; id++) if (seen[id]) hits[id]++;
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
        int[] range = yearRange(q.from(), q.to(), n);
        List<Integer> ids = new ArrayList<>();
        for (int id = range[0]; id < range[1]; id++) if (hits[id] == needed) ids.add(id);
        ids.sort(Comparator.<Integer>comparingInt(id -> -score[id]).thenComparingInt(id -> id));
        int chunk = manifest.get("chunk").getAsInt();
        List<JsonArray> page = new ArrayList<>();
        for (int id : ids.subList(0, Math.min(PAGE, ids.size()))) {
            String path = SearchIndex.FOLDER + "entries/" + id / chunk + ".json";
            fetched.add(path);
            page.add(JsonParser.parseString(text(path))
                    .getAsJsonArray()
                    .get(id % chunk)
                    .getAsJsonArray());
            // The script quotes a snippet of each body on screen, from its body file.
            fetched.add(bodyPath(id));
        }
        return new Result(List.copyOf(ids), page, fetched, bytes(fetched));
    }

    /** The entry with this id, as a result shows it. */
    JsonArray row(int id) {
        int chunk = manifest.get("chunk").getAsInt();
        return JsonParser.parseString(text(SearchIndex.FOLDER + "entries/" + id / chunk + ".json"))
                .getAsJsonArray()
                .get(id % chunk)
                .getAsJsonArray();
    }

    /** The body text of the entry with this id, as the snippet file holds it. */
    String body(int id) {
        return JsonParser.parseString(text(bodyPath(id)))
                .getAsJsonArray()
                .get(id % manifest.get("bodyChunk").getAsInt())
                .getAsString();
    }

    private String bodyPath(int id) {
        return SearchIndex.FOLDER + "bodies/" + id / manifest.get("bodyChunk").getAsInt() + ".json";
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

    private static int shardOf(JsonArray shards, String term) {
        int lo = 0;
        int hi = shards.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (shards.get(mid).getAsString().compareTo(term) <= 0) lo = mid;
            else hi = mid - 1;
        }
        return lo;
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
