package org.relationstimeline.site.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.UrlScheme;
import org.relationstimeline.site.search.IndexReader.Query;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;
import org.relationstimeline.timeline.EventType;
import org.relationstimeline.timeline.Timeline;

/** The index of a handful of entries, read back the way the browser reads it. */
class SearchIndexTest {
    static final CountryRegistry REGISTRY = CountryRegistry.loadDefault();
    static final Party DZ = REGISTRY.byCode("DZ").orElseThrow();
    static final Party RU = REGISTRY.byCode("RU").orElseThrow();
    static final Party FR = REGISTRY.byCode("FR").orElseThrow();
    static final Party CI = REGISTRY.byCode("CI").orElseThrow();
    static final Party GH = REGISTRY.byCode("GH").orElseThrow();
    static final Party HOSTILE = Party.organization("XS", "<script>alert(1)</script> Union", List.of());
    static final SiteConfig CONFIG = new SiteConfig(
            "T",
            "D",
            "https://user.github.io/repo/",
            "en",
            Map.of("energy", "Energy & <b>power</b>", "defense", "Defence"),
            List.of(HOSTILE),
            Map.of(),
            false,
            "",
            SiteConfig.defaults().limits(),
            false,
            java.util.Optional.empty(),
            true);
    static final UrlScheme URLS = new UrlScheme(CONFIG.baseUrl());

    static final List<Entry> ENTRIES = List.of(
            entry(
                    "defence-talks",
                    "Shoigu and Algeria's army chief discuss military cooperation",
                    "2023-08-01",
                    List.of(DZ, RU),
                    List.of("defense"),
                    "Talks in Moscow on combat readiness."),
            entry(
                    "gas-deal",
                    "Gas pipeline memorandum",
                    "2021-05-02",
                    List.of(DZ, FR),
                    List.of("energy"),
                    "A memorandum on a Trans-Mediterranean pipeline, signed in Algiers."),
            entry(
                    "pipeline-old",
                    "Pipelines, politics and combat",
                    "1999-01-01",
                    List.of(FR, RU),
                    List.of("energy"),
                    ""),
            entry(
                    "cocoa",
                    "Côte d’Ivoire and Ghana sign a cocoa pact",
                    "2019-03-07",
                    List.of(CI, GH),
                    List.of(),
                    "A common floor price."),
            entry(
                    "hostile",
                    "<script>alert('x')</script> Strategic partnership",
                    "2001-04-04",
                    List.of(HOSTILE, RU),
                    List.of("energy"),
                    "</script><img src=x onerror=alert(1)>"));

    static Entry entry(
            String slug, String title, String date, List<Party> parties, List<String> topics, String summary) {
        EventDate d = EventDate.parse(date).date().orElseThrow();
        List<Party> sorted =
                parties.stream().sorted((a, b) -> a.slug().compareTo(b.slug())).toList();
        return new Entry(
                "entries/" + slug + ".md", slug, title, d, sorted, topics, summary, List.of(), "", false, slug);
    }

    static Entry entry(
            String slug,
            String title,
            String date,
            List<Party> parties,
            List<String> topics,
            String summary,
            String body) {
        Entry e = entry(slug, title, date, parties, topics, summary);
        return new Entry(e.path(), slug, title, e.date(), e.parties(), topics, summary, List.of(), body, false, slug);
    }

    static IndexReader index(List<Entry> entries) {
        return new IndexReader(SearchIndex.build(Timeline.of(entries), CONFIG, URLS));
    }

    @Test
    void aWordOfATitleFindsItsEntry() {
        assertThat(index(ENTRIES).run(Query.words("shoigu")).titles())
                .containsExactly("Shoigu and Algeria's army chief discuss military cooperation");
    }

    @Test
    void summariesPartiesAndTopicsAreSearchedToo() {
        IndexReader index = index(ENTRIES);
        assertThat(index.run(Query.words("algiers")).titles())
                .as("the exact match first; \"Algeria's\" has the same skeleton, so it follows as a variant")
                .containsExactly(
                        "Gas pipeline memorandum", "Shoigu and Algeria's army chief discuss military cooperation");
        assertThat(index.run(Query.words("ghana")).titles())
                .containsExactly("Côte d’Ivoire and Ghana sign a cocoa pact");
        assertThat(index.run(Query.words("russian")).ids())
                .as("a demonym finds the party's entries")
                .hasSize(3);
        assertThat(index.run(Query.words("power")).ids())
                .as("topic labels are searched")
                .hasSize(3);
    }

    @Test
    void bodiesAreSearchedByTheirTextNotTheirMarkup() {
        List<Entry> entries = new ArrayList<>(ENTRIES);
        entries.add(
                entry(
                        "field-visit",
                        "A delegation visits a gas field",
                        "2022-06-01",
                        List.of(DZ, RU),
                        List.of("energy"),
                        "The visit.",
                        "## Programme\n\nThe delegation inspected the **Hassi R'Mel** field, as the"
                                + " [ministry's notice](https://example.org/secretword) said.\n\n<span title=hiddenattr>raw</span>\n"));
        IndexReader index = index(entries);
        IndexReader.Result r = index.run(Query.words("inspected hassi"));
        assertThat(r.titles()).containsExactly("A delegation visits a gas field");
        assertThat(index.run(Query.words("programme ministry")).ids()).hasSize(1);
        assertThat(index.run(Query.words("secretword")).ids())
                .as("a link's address is not text")
                .isEmpty();
        assertThat(index.run(Query.words("hiddenattr")).ids()).isEmpty();
        assertThat(index.run(Query.words("span")).ids()).isEmpty();
        int id = r.ids().get(0);
        assertThat(index.body(id))
                .as("the text inside raw HTML stays, its tags go")
                .isEqualTo(
                        "Programme The delegation inspected the Hassi R'Mel field, as the ministry's notice said. raw");
        assertThat(r.fetched())
                .as("the body comes in the display file of its entry, with what the result shows")
                .contains("search/entries/" + id / SearchIndex.CHUNK + ".json")
                .noneMatch(f -> f.startsWith("search/bodies/"));
    }

    @Test
    void aWordsEntriesComeFromOneFileAndItsResultsFromOneMoreWave() {
        IndexReader index = index(ENTRIES);
        // exact, prefix, variant and typo matches alike
        for (String q : List.of("pipeline", "pipe", "algiera", "shoygu", "memorandun")) {
            IndexReader.Result r = index.run(Query.words(q));
            assertThat(r.ids()).as(q).isNotEmpty();
            assertThat(r.wordRequests()).as(q).isEqualTo(1);
            assertThat(r.requests())
                    .as(q + ": its group and the display files of its results")
                    .isEqualTo(1
                            + r.fetched().stream()
                                    .filter(f -> f.startsWith("search/entries/"))
                                    .count());
            assertThat(r.roundTrips()).as(q).isEqualTo(2);
        }
        assertThat(index.run(Query.words("gas pipeline")).wordRequests()).isEqualTo(2);
    }

    @Test
    void accentsAndCaseDoNotMatter() {
        IndexReader index = index(ENTRIES);
        assertThat(index.run(Query.words("COTE divoire")).titles())
                .containsExactly("Côte d’Ivoire and Ghana sign a cocoa pact");
        assertThat(index.run(Query.words("côte d'ivoire")).titles())
                .containsExactly("Côte d’Ivoire and Ghana sign a cocoa pact");
    }

    @Test
    void theLastWordTypedMatchesTheStartOfLongerWords() {
        assertThat(index(ENTRIES).run(Query.words("pipe")).titles())
                .containsExactly("Gas pipeline memorandum", "Pipelines, politics and combat");
    }

    @Test
    void allWordsMustMatchAndTitleMatchesComeFirst() {
        IndexReader index = index(ENTRIES);
        assertThat(index.run(Query.words("pipeline memorandum")).titles()).containsExactly("Gas pipeline memorandum");
        assertThat(index.run(Query.words("pipeline shoigu")).ids()).isEmpty();
        assertThat(index.run(Query.words("combat")).titles())
                .as("a title match outranks a newer summary match")
                .containsExactly(
                        "Pipelines, politics and combat",
                        "Shoigu and Algeria's army chief discuss military cooperation");
    }

    @Test
    void filtersNarrowByCountryPairTopicAndYears() {
        IndexReader index = index(ENTRIES);
        assertThat(index.run(new Query("", List.of("russia"), null, null, null)).ids())
                .hasSize(3);
        assertThat(index.run(new Query("", List.of("france", "russia"), null, null, null))
                        .titles())
                .containsExactly("Pipelines, politics and combat");
        assertThat(index.run(new Query("pipeline", List.of(), "energy", 2000, 2025))
                        .titles())
                .containsExactly("Gas pipeline memorandum");
        assertThat(index.run(new Query("", List.of(), null, 2019, 2021)).titles())
                .containsExactly("Gas pipeline memorandum", "Côte d’Ivoire and Ghana sign a cocoa pact");
        assertThat(index.run(new Query("", List.of(), null, 2021, 2019)).ids())
                .as("years given backwards")
                .hasSize(2);
    }

    static Entry typed(Entry e, EventType type) {
        return new Entry(
                        e.path(),
                        e.slug(),
                        e.title(),
                        e.date(),
                        e.parties(),
                        e.topics(),
                        e.summary(),
                        e.sources(),
                        List.of(),
                        e.body(),
                        1,
                        false,
                        e.fingerprint())
                .withType(type);
    }

    @Test
    void eventTypesAndTheirClassesAreFacets() {
        List<Entry> entries = new ArrayList<>(ENTRIES);
        entries.set(0, typed(entries.get(0), EventType.CONSULT));
        entries.set(1, typed(entries.get(1), EventType.AGREE));
        entries.set(2, typed(entries.get(2), EventType.SANCTION));
        IndexReader index = index(entries);
        assertThat(index.manifest.getAsJsonArray("types").toString())
                .as("the types used, in the vocabulary's order, with their class")
                .isEqualTo("[[\"agree\",\"Agree\",\"cooperation\"],[\"consult\",\"Consult\",\"cooperation\"],"
                        + "[\"sanction\",\"Sanction\",\"conflict\"]]");
        assertThat(index.run(new Query("", List.of(), null, null, null, "agree", null))
                        .titles())
                .containsExactly("Gas pipeline memorandum");
        assertThat(index.run(new Query("", List.of(), null, null, null, null, "cooperation"))
                        .titles())
                .containsExactly(
                        "Shoigu and Algeria's army chief discuss military cooperation", "Gas pipeline memorandum");
        assertThat(index.run(new Query("pipelines", List.of(), null, null, null, null, "conflict"))
                        .titles())
                .containsExactly("Pipelines, politics and combat");
        assertThat(index.run(new Query("", List.of("russia"), null, null, null, null, "conflict"))
                        .titles())
                .containsExactly("Pipelines, politics and combat");
        assertThat(index.run(new Query("", List.of(), null, null, null, "agree", "conflict"))
                        .ids())
                .as("a type of the other class")
                .isEmpty();
        assertThat(index(ENTRIES).manifest.getAsJsonArray("types"))
                .as("no entry has a type")
                .isEmpty();
    }

    @Test
    void yearsAreRangesOfIdsNewestFirst() {
        JsonArray years = index(ENTRIES).manifest.getAsJsonArray("years");
        assertThat(years.toString()).isEqualTo("[[2023,0],[2021,1],[2019,2],[2001,3],[1999,4]]");
    }

    @Test
    void everyUrlInTheIndexIsBuiltUnderTheBasePath() {
        IndexReader index = index(ENTRIES);
        for (int id = 0; id < ENTRIES.size(); id++)
            assertThat(index.row(id).get(1).getAsString()).startsWith("/repo/entries/");
        assertThat(index.row(0).get(1).getAsString()).isEqualTo("/repo/entries/2023/defence-talks/");
        index.manifest
                .getAsJsonArray("parties")
                .forEach(
                        p -> assertThat(p.getAsJsonArray().get(2).getAsString()).startsWith("/repo/countries/"));
        index.manifest
                .getAsJsonArray("topics")
                .forEach(
                        t -> assertThat(t.getAsJsonArray().get(2).getAsString()).startsWith("/repo/topics/"));
    }

    @Test
    void markupInTitlesPartiesAndLabelsStaysInertText() {
        IndexReader index = index(ENTRIES);
        for (var f : index.files().entrySet()) {
            assertThat(new String(f.getValue(), StandardCharsets.UTF_8))
                    .as(f.getKey())
                    .doesNotContain("<", ">");
        }
        JsonArray hostile = index.run(Query.words("strategic")).firstPage().get(0);
        assertThat(hostile.get(0).getAsString()).isEqualTo("<script>alert('x')</script> Strategic partnership");
        assertThat(hostile.get(6).getAsString()).isEqualTo("</script><img src=x onerror=alert(1)>");
        assertThat(index.manifest.toString()).contains("\"<script>alert(1)</script> Union\"", "Energy & <b>power</b>");
    }

    @Test
    void theSameEntriesInAnyOrderGiveTheSameBytes() {
        List<Entry> shuffled = new ArrayList<>(ENTRIES);
        Collections.reverse(shuffled);
        List<OutputFile> a = SearchIndex.build(Timeline.of(ENTRIES), CONFIG, URLS);
        List<OutputFile> b = SearchIndex.build(Timeline.of(shuffled), CONFIG, URLS);
        assertThat(b).hasSameSizeAs(a);
        for (int i = 0; i < a.size(); i++) {
            assertThat(b.get(i).file()).isEqualTo(a.get(i).file());
            assertThat(b.get(i).content())
                    .as(a.get(i).file())
                    .isEqualTo(a.get(i).content());
        }
    }

    @Test
    void theVersionChangesWithAnyFileAndOnlyThen() {
        String version = index(ENTRIES).manifest.get("version").getAsString();
        assertThat(version).matches("[0-9a-f]{16}");
        assertThat(index(new ArrayList<>(ENTRIES)).manifest.get("version").getAsString())
                .isEqualTo(version);
        // One summary (one display file) or one body word (one term group and one display file) changes it
        List<Entry> summary = new ArrayList<>(ENTRIES);
        Entry e = summary.get(0);
        summary.set(0, entry(e.slug(), e.title(), e.date().iso(), e.parties(), e.topics(), e.summary() + "!"));
        List<Entry> body = new ArrayList<>(ENTRIES);
        body.set(0, entry(e.slug(), e.title(), e.date().iso(), e.parties(), e.topics(), e.summary(), "Zebra."));
        assertThat(index(summary).manifest.get("version").getAsString()).isNotEqualTo(version);
        assertThat(index(body).manifest.get("version").getAsString())
                .isNotEqualTo(version)
                .isNotEqualTo(index(summary).manifest.get("version").getAsString());
    }

    @Test
    void anEmptyTimelineGivesAnIndexThatFindsNothing() {
        IndexReader index = index(List.of());
        assertThat(index.run(Query.words("anything")).ids()).isEmpty();
        assertThat(index.manifest.getAsJsonArray("groups")).isEmpty();
    }

    @Test
    void longSummariesAreShortenedAtAWordInResults() {
        String summary = "word ".repeat(100).strip();
        String shown = SearchIndex.shorten(summary);
        assertThat(shown).endsWith("word\u2026").hasSizeLessThanOrEqualTo(SearchIndex.SUMMARY_CHARS + 1);
        assertThat(SearchIndex.shorten("Short.")).isEqualTo("Short.");
        assertThat(Optional.of(SearchIndex.shorten(" two\n lines ")).get()).isEqualTo("two lines");
    }

    /** The cut reads only the start of a text; it must give what collapsing all of it first gives. */
    @Test
    void cuttingReadsTheStartOfATextAsCollapsingAllOfItWould() {
        char[] alphabet = {
            'a', 'b', ' ', ' ', '\t', '\n', '\r', '\u000b', '\f', '\u2003', '\u00a0', 'é', '\ud83d', '\ude00'
        };
        java.util.Random random = new java.util.Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(60);
            for (int i = 0; i < length; i++) text.append(alphabet[random.nextInt(alphabet.length)]);
            int chars = 2 + random.nextInt(30);
            String t = text.toString();
            String s = t.strip().replaceAll("\\s+", " ");
            String expected;
            if (s.length() <= chars) expected = s;
            else {
                int cut = s.lastIndexOf(' ', chars);
                if (cut < chars / 2) cut = chars;
                if (Character.isHighSurrogate(s.charAt(cut - 1))) cut--;
                expected = s.substring(0, cut).stripTrailing() + "\u2026";
            }
            assertThat(SearchIndex.cut(t, chars)).as("cut(%s, %d)", t, chars).isEqualTo(expected);
        }
    }
}
