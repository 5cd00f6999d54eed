package org.relationstimeline.editor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.SourceFile;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.editor.PartyDetector.Detection;
import org.relationstimeline.timeline.Entry;

class ArticleImporterTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");
    private static final Map<String, String> TOPICS = Map.of(
            "defense",
            "Defence",
            "diplomacy",
            "Diplomacy",
            "trade",
            "Trade",
            "borders",
            "Borders & territory",
            "economy",
            "Economy & finance");
    private final CountryRegistry registry = CountryRegistry.loadDefault();
    private final ArticleImporter importer = new ArticleImporter(registry, TOPICS);

    private ArticleImporter.Draft draft(String fixture) throws Exception {
        return importer.draft(
                Files.readString(FIXTURES.resolve(fixture), StandardCharsets.UTF_8),
                fixture,
                Path.of("content/entries"));
    }

    private static List<String> codes(List<Detection> detections) {
        return detections.stream().map(d -> d.party().code()).toList();
    }

    private Entry readBack(ArticleImporter.Draft d) {
        EntryReader.Result r = new EntryReader(registry, TOPICS, YamlLimits.DEFAULT)
                .read(new SourceFile(
                        "x.md", "entries/" + d.file().getFileName(), d.text().getBytes(StandardCharsets.UTF_8)));
        assertThat(r.problems()).isEmpty();
        return r.entry().orElseThrow();
    }

    @Test
    void detectsTheTwoPartiesFromNamesDemonymsAndCapitals() throws Exception {
        ArticleImporter.Draft d = draft("egypt-china-grain.txt");

        assertThat(codes(d.chosen())).containsExactly("EG", "CN");
        Detection egypt = d.ranked().get(0);
        assertThat(egypt.mentions()).isEqualTo(6);
        assertThat(egypt.phrases())
                .containsEntry("Egypt", 3)
                .containsEntry("Cairo", 2)
                .containsEntry("Egyptian", 1);
        assertThat(egypt.first()).isZero();
        assertThat(d.ranked().get(1).phrases())
                .containsEntry("Chinese", 2)
                .containsEntry("Beijing", 1)
                .containsEntry("China", 1);
    }

    @Test
    void aPartyNamedTwiceLateIsRankedButNotChosen() throws Exception {
        ArticleImporter.Draft d = draft("egypt-china-grain.txt");

        Detection us = d.ranked().stream()
                .filter(x -> x.party().code().equals("US"))
                .findFirst()
                .orElseThrow();
        assertThat(us.mentions()).as("'us' in lower case is not the US").isEqualTo(2);
        assertThat(codes(d.chosen())).doesNotContain("US");
        assertThat(d.report()).anyMatch(l -> l.startsWith("  - United States (US)"));
    }

    @Test
    void earlinessBreaksTiesInFrequency() {
        List<Detection> ranked = new PartyDetector(registry).detect("Chad and Niger. Niger and Chad. Mali.");
        assertThat(codes(ranked)).containsExactly("TD", "NE", "ML");
        assertThat(ranked.get(0).score()).isGreaterThan(ranked.get(1).score());
        assertThat(ranked.get(0).score()).isEqualTo(2 + 2.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void aThirdPartyNamedOftenEnoughIsChosenToo() throws Exception {
        ArticleImporter.Draft d = draft("astana-talks.txt");

        assertThat(codes(d.chosen())).containsExactlyInAnyOrder("TR", "IR", "RU");
        assertThat(codes(d.ranked())).contains("SY");
        assertThat(readBack(d).parties()).extracting(p -> p.code()).containsExactly("IR", "RU", "TR");
    }

    @Test
    void longerNamesWinSoSouthSudanIsNotAlsoSudan() throws Exception {
        ArticleImporter.Draft d = draft("date-in-text.txt");

        Detection southSudan = d.ranked().stream()
                .filter(x -> x.party().code().equals("SS"))
                .findFirst()
                .orElseThrow();
        Detection sudan = d.ranked().stream()
                .filter(x -> x.party().code().equals("SD"))
                .findFirst()
                .orElseThrow();
        assertThat(southSudan.phrases()).containsOnlyKeys("South Sudan", "Juba", "South Sudanese");
        assertThat(sudan.phrases()).containsOnlyKeys("Sudan", "Khartoum", "Sudanese");
        assertThat(sudan.mentions()).isEqualTo(3);
    }

    @Test
    void theDateComesFromTheFirstLineOrElseFromTheText() throws Exception {
        assertThat(draft("egypt-china-grain.txt").article().date()).isEqualTo(LocalDate.of(2022, 3, 14));
        ArticleImporter.Draft fromText = draft("date-in-text.txt");
        assertThat(fromText.article().date()).isEqualTo(LocalDate.of(2021, 3, 5));
        assertThat(fromText.report().get(0))
                .isEqualTo("date: 2021-03-05 (from the text (no 'date YYYY-MM-DD' first line))");
    }

    @Test
    void theArticleMayStartOnTheDateLine() throws Exception {
        ArticleImporter.Draft d = draft("same-line.txt");

        assertThat(d.article().date()).isEqualTo(LocalDate.of(2020, 6, 30));
        assertThat(d.article().text()).startsWith("France and Germany proposed a recovery fund");
        assertThat(codes(d.chosen())).containsExactly("FR", "DE");
    }

    @Test
    void theDraftIsAValidDraftEntryWithTheArticleAsBody() throws Exception {
        ArticleImporter.Draft d = draft("egypt-china-grain.txt");
        Entry entry = readBack(d);

        assertThat(entry.draft()).isTrue();
        assertThat(entry.date().iso()).isEqualTo("2022-03-14");
        assertThat(entry.summary()).isEmpty();
        assertThat(entry.sources()).isEmpty();
        assertThat(entry.topics()).contains("trade");
        assertThat(entry.body())
                .contains("Chinese companies will build two grain silos")
                .contains("\n\nAnalysts noted");
        assertThat(d.text())
                .contains("# TODO: one or two sentences for the timeline lists.\nsummary:\n")
                .contains("  - CN  # China: 4 mention(s), first at 1:11\n")
                .contains("  - EG  # Egypt: 6 mention(s), first at 1:1\n");
        assertThat(d.file())
                .isEqualTo(
                        Path.of(
                                "content/entries/2022/2022-03-14-egypt-and-china-signed-an-agreement-in-cairo-on-monday-to.md"));
    }

    @Test
    void theTitleIsTheFirstSentenceShortenedAtAWord() throws Exception {
        String title = draft("egypt-china-grain.txt").title();
        assertThat(title)
                .startsWith("Egypt and China signed an agreement in Cairo on Monday to expand grain trade")
                .endsWith("…");
        assertThat(title.length()).isLessThanOrEqualTo(ArticleImporter.MAX_TITLE + 1);
        assertThat(draft("date-in-text.txt").title())
                .isEqualTo("On 5 March 2021, South Sudan and Sudan reopened a border crossing closed for years");
    }

    @Test
    void aFirstSentenceNamingNoPartyIsPrefixedWithTheParties() throws Exception {
        ArticleImporter.Draft d = importer.draft(
                "date 2020-01-01\nThe talks ended late. Egypt and China agreed. Egypt and China "
                        + "will meet again in Cairo and Beijing.",
                "inline",
                Path.of("e"));
        assertThat(d.title()).isEqualTo("China and Egypt: The talks ended late");
    }

    @Test
    void topicsAreSuggestedFromKeywordsAmongTheSitesTopicsOnly() throws Exception {
        ArticleImporter.Draft d = draft("egypt-china-grain.txt");
        assertThat(d.topics())
                .extracting(TopicSuggester.Suggestion::key)
                .first()
                .isEqualTo("trade");
        assertThat(d.topics().get(0).words()).containsEntry("grain", 2).containsEntry("wheat", 2);
        assertThat(new TopicSuggester(Map.of()).suggest("grain grain wheat trade"))
                .isEmpty();
    }

    @Test
    void anArticleAboutOneCountryIsRefusedWithTheReport() {
        assertThatThrownBy(() -> draft("one-party.txt"))
                .isInstanceOf(ArticleImporter.ImportException.class)
                .hasMessageContaining("found 1 party")
                .satisfies(e -> assertThat(((ArticleImporter.ImportException) e).report())
                        .anyMatch(l -> l.contains("France (FR)") && l.contains("3 mention(s)")));
    }

    @Test
    void anArticleWithoutADateIsRefused() {
        assertThatThrownBy(() -> importer.draft("Egypt and China talk.", "x", Path.of("e")))
                .isInstanceOf(Article.ArticleException.class)
                .hasMessageContaining("date YYYY-MM-DD");
        assertThatThrownBy(() -> importer.draft("date 2023-02-30\nEgypt and China talk.", "x", Path.of("e")))
                .isInstanceOf(Article.ArticleException.class)
                .hasMessageContaining("not a day of the calendar");
    }

    @Test
    void theRealSeedArticleIsAboutAlgeriaAndRussiaOnTheFirstOfAugust2023() throws Exception {
        Path seed = Path.of("../shared/seed-article.txt");
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.isRegularFile(seed), "../shared/seed-article.txt is not present");
        ArticleImporter.Draft d = importer.draft(
                Files.readString(seed, StandardCharsets.UTF_8), "seed-article.txt", Path.of("content/entries"));

        assertThat(codes(d.chosen())).containsExactlyInAnyOrder("DZ", "RU");
        assertThat(d.article().date()).isEqualTo(LocalDate.of(2023, 8, 1));
        assertThat(readBack(d).parties()).extracting(p -> p.name()).containsExactly("Algeria", "Russia");
    }
}
