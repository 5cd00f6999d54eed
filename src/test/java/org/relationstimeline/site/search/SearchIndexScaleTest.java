package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.search.IndexReader.Query;
import org.relationstimeline.testing.GeneratedCorpus;
import org.relationstimeline.testing.Slow;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline;

/**
 * The index of a generated 50,000-entry corpus: every file stays small, and the queries people
 * type download a bounded number of bytes however large the corpus grows.
 */
@Slow // indexes 50,000 generated entries
class SearchIndexScaleTest {
    static final int ENTRIES = 50_000;
    /** "A few hundred kilobytes" per query, uncompressed; GitHub Pages serves these files gzipped. */
    static final long QUERY_BUDGET = 300 * 1024;

    static List<OutputFile> files;
    static IndexReader index;
    static Timeline timeline;

    @BeforeAll
    static void build() {
        List<Entry> entries = GeneratedCorpus.entries(ENTRIES, 2024);
        SiteConfig config = SiteConfig.defaults().withBaseUrl("https://user.github.io/relations-timeline/");
        timeline = Timeline.of(entries);
        files = SearchIndex.build(timeline, config, new UrlScheme(config.baseUrl()));
        index = new IndexReader(files);
    }

    @Test
    void everyGroupStaysUnderItsBoundUnlessItCannotBeSplit() {
        List<String> starts = new ArrayList<>();
        index.manifest.getAsJsonArray("groups").forEach(g -> starts.add(g.getAsString()));
        assertThat(starts).hasSizeGreaterThan(100);
        int over = 0;
        for (int g = 0; g < starts.size(); g++) {
            String path = "search/groups/" + g + ".json";
            String start = starts.get(g);
            if (index.files().get(path).length <= SearchIndex.GROUP_BYTES) continue;
            over++;
            // Too big, and no longer start would part it: its terms' skeletons end at its start.
            var terms = com.google.gson.JsonParser.parseString(index.text(path))
                    .getAsJsonObject()
                    .keySet();
            assertThat(terms)
                    .as(path + " (" + start + ") passes the bound")
                    .allSatisfy(t -> assertThat(start.length() >= SearchIndex.GROUP_DEPTH
                                    || SearchVariants.skeleton(t).equals(start))
                            .isTrue());
        }
        Map<Integer, Long> depths = starts.stream()
                .collect(Collectors.groupingBy(
                        s -> s.codePointCount(0, s.length()), java.util.TreeMap::new, Collectors.counting()));
        long largest = files.stream()
                .filter(f -> f.file().startsWith("search/groups/"))
                .mapToLong(f -> f.content().length)
                .max()
                .orElse(0);
        System.out.println("Groups: " + starts.size() + ", by letters of their start " + depths + "; largest "
                + largest / 1024 + " KB, " + over + " over " + SearchIndex.GROUP_BYTES / 1024
                + " KB (one skeleton's terms alone)");
    }

    /**
     * How often a word needs a second file: when longer words it begins lie in one deeper group (a
     * word's own group holds its exact form, variants and typos). Counted over every indexed word
     * typed whole and typed to its first 3 to 6 letters.
     */
    @Test
    void aWordNeedsOneFileAndRarelyTwo() {
        List<String> starts = new ArrayList<>();
        index.manifest.getAsJsonArray("groups").forEach(g -> starts.add(g.getAsString()));
        Map<String, int[]> counts = new java.util.LinkedHashMap<>();
        java.util.Set<String> typed = new java.util.TreeSet<>();
        for (var f : index.files().keySet()) {
            if (!f.startsWith("search/groups/")) continue;
            for (String t : com.google.gson.JsonParser.parseString(index.text(f))
                    .getAsJsonObject()
                    .keySet()) {
                count(counts, "whole words", t, starts);
                for (int n = 3; n <= 6 && n < t.length(); n++) typed.add(t.substring(0, n));
            }
        }
        for (String t : typed) count(counts, "words half typed (3-6 letters)", t, starts);
        List<String> report = new ArrayList<>();
        counts.forEach((what, c) -> report.add(String.format(
                "%-32s %6d: one file %5.1f %%, two %4.1f %%, whole word only (more deeper groups) %4.1f %%",
                what, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], 100.0 * c[3] / c[0])));
        System.out.println("Files per query word, " + ENTRIES + " entries:\n" + String.join("\n", report));
        int[] whole = counts.get("whole words");
        assertThat(whole[1]).as("whole words found with one file").isGreaterThan(whole[0] * 9 / 10);
    }

    /** Adds a word to its row: [words, one file, two files, prefix given up]. */
    private static void count(Map<String, int[]> counts, String what, String word, List<String> starts) {
        String skeleton = SearchVariants.skeleton(word);
        int own = 0;
        int deeper = 0;
        for (String start : starts) {
            if (skeleton.startsWith(start)) own = 1;
            if (start.length() > skeleton.length() && start.startsWith(skeleton)) deeper++;
        }
        int[] c = counts.computeIfAbsent(what, k -> new int[4]);
        c[0]++;
        if (own + deeper <= 1) c[1]++;
        else if (own + deeper <= SearchIndex.PREFIX_GROUPS) c[2]++;
        else c[3]++;
    }

    @Test
    void theManifestEveryQueryLoadsIsSmall() {
        assertThat(index.text(SearchIndex.MANIFEST).length()).isLessThanOrEqualTo(32 * 1024);
    }

    @Test
    void displayFilesAndFacetListsAreSmall() {
        for (OutputFile f : files) {
            if (f.file().startsWith("search/entries/"))
                assertThat(f.content().length).as(f.file()).isLessThanOrEqualTo(10 * 1024);
            if (f.file().startsWith("search/facets/"))
                assertThat(f.content().length).as(f.file()).isLessThanOrEqualTo(ENTRIES / 6 + 16);
        }
    }

    @Test
    void typicalQueriesDownloadAFewHundredKilobytesAtMost() {
        var pair = timeline.busiestPairs(1).get(0).pair();
        Map<String, Query> queries = new java.util.LinkedHashMap<>();
        queries.put("one common word", Query.words("talks"));
        queries.put("two words", Query.words("gas pipeline"));
        queries.put("three words with a prefix", Query.words("nuclear reactor pla"));
        queries.put("a rare word", Query.words(rareWord()));
        queries.put("two letters typed", Query.words("mi"));
        queries.put("a party name", Query.words("russia"));
        queries.put("country filter only", new Query("", List.of("united-states"), null, null, null));
        queries.put(
                "busiest pair, 2000-2010",
                new Query("", List.of(pair.first().slug(), pair.second().slug()), null, 2000, 2010));
        queries.put("word + topic + years", new Query("agreement", List.of(), "energy", 1990, 2020));
        queries.put("every filter", new Query("trade deal", List.of("china", "russia"), "trade", 1950, 2025));
        List<String> report = new ArrayList<>();
        long worst = 0;
        for (var q : queries.entrySet()) {
            IndexReader.Result r = index.run(q.getValue());
            worst = Math.max(worst, r.bytes());
            report.add(String.format(
                    "%-32s %6d hits %3d files (%d for words) %d waves %7.1f KB (%5.1f KB gzipped)",
                    q.getKey(),
                    r.ids().size(),
                    r.requests(),
                    r.wordRequests(),
                    r.roundTrips(),
                    r.bytes() / 1024.0,
                    index.gzippedBytes(r.fetched()) / 1024.0));
            assertThat(r.bytes()).as(q.getKey()).isLessThanOrEqualTo(QUERY_BUDGET);
            assertThat(r.wordRequests())
                    .as(q.getKey() + ": one file per word")
                    .isLessThanOrEqualTo(
                            SearchTokenizer.queryTerms(q.getValue().words()).size());
            assertThat(r.roundTrips()).as(q.getKey()).isLessThanOrEqualTo(2);
        }
        long total = files.stream().mapToLong(f -> f.content().length).sum();
        System.out.println("Search index of " + ENTRIES + " entries: " + files.size() + " files, "
                + total / 1024 + " KB in all; manifest "
                + index.text(SearchIndex.MANIFEST).length() / 1024
                + " KB; worst query " + worst / 1024
                + " KB (files: requests after the manifest; waves: round trips after it)\n"
                + report.stream().collect(Collectors.joining("\n")));
        assertThat(queries.values().stream()
                        .map(index::run)
                        .filter(r -> !r.ids().isEmpty())
                        .count())
                .as("most queries find something")
                .isGreaterThanOrEqualTo(8);
    }

    /**
     * Exact, one-typo and two-typo queries side by side (bench/search.sh prints this table): a typo
     * query matches the words its exact form names, costs at most the exact budget plus half, finds
     * its entries with one file per word, and shows them in one more wave.
     */
    @Test
    void typosCostOneFilePerWordAndAtMostHalfTheBudgetMore() {
        String rare = rareWord();
        String[][] cases = {
            // exact, one typo, two typos (words of 8 or more letters may be two edits away)
            {"pipeline", "pipelime", "pipelimw"},
            {"cooperation", "cooperqtion", "cooperqtiom"},
            {"partnership", "partnersjip", "partnwrsjip"},
            {"algeria", "algiera", null},
            {"nuclear reactor", "nuclaer reactpr", null},
            {"sanctions treaty", "sanctoins treatu", "sanktoins treatu"},
            {rare, typo(rare, rare.length() - 3), rare.length() >= 8 ? typo(typo(rare, rare.length() - 3), 3) : null},
        };
        List<String> report = new ArrayList<>();
        report.add(String.format(
                "%-26s %8s %5s %5s %5s %9s %9s", "query", "hits", "reqs", "words", "waves", "KB", "KB gzip"));
        for (String[] c : cases) {
            IndexReader.Result exact = index.run(Query.words(c[0]));
            report.add(line(c[0], exact));
            int words = c[0].split(" ").length;
            assertThat(exact.wordRequests()).as(c[0]).isLessThanOrEqualTo(words);
            assertThat(exact.roundTrips()).as(c[0]).isLessThanOrEqualTo(2);
            for (int typos = 1; typos <= 2; typos++) {
                if (c[typos] == null) continue;
                IndexReader.Result r = index.run(Query.words(c[typos]));
                report.add(line(c[typos] + " (" + typos + (typos == 1 ? " typo)" : " typos)"), r));
                List<String> meant = SearchTokenizer.queryTerms(c[0]);
                for (int w = 0; w < meant.size(); w++) {
                    assertThat(r.matched().get(w))
                            .as(c[typos] + " matches " + meant.get(w))
                            .containsKey(meant.get(w));
                }
                assertThat(r.ids()).as(c[typos]).isNotEmpty();
                assertThat(r.bytes()).as(c[typos]).isLessThanOrEqualTo(QUERY_BUDGET * 3 / 2);
                assertThat(r.wordRequests())
                        .as(c[typos] + ": files to find its entries")
                        .isLessThanOrEqualTo(words);
                assertThat(r.roundTrips()).as(c[typos]).isLessThanOrEqualTo(2);
            }
        }
        System.out.println("Search queries with typos, " + ENTRIES + " entries (requests after the manifest):\n"
                + String.join("\n", report));
    }

    private static String line(String query, IndexReader.Result r) {
        return String.format(
                "%-26s %8d %5d %5d %5d %9.1f %9.1f",
                query,
                r.ids().size(),
                r.requests(),
                r.wordRequests(),
                r.roundTrips(),
                r.bytes() / 1024.0,
                index.gzippedBytes(r.fetched()) / 1024.0);
    }

    /**
     * The word with its letters at {@code at} and {@code at + 1} swapped, the commonest typo. (A
     * changed letter would be ambiguous here: the generated vocabulary holds every three-syllable
     * word, so a changed vowel is as often another word as not.)
     */
    static String typo(String word, int at) {
        return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }

    /** A word found in the titles of exactly two entries. */
    static String rareWord() {
        Map<String, Integer> counts = new java.util.TreeMap<>();
        for (Entry e : timeline.entries())
            for (String t : SearchTokenizer.terms(e.title())) counts.merge(t, 1, Integer::sum);
        return counts.entrySet().stream()
                .filter(c -> c.getValue() == 2 && c.getKey().length() > 6)
                .findFirst()
                .orElseThrow()
                .getKey();
    }
}
