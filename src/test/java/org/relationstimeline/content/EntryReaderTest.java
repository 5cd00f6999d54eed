package org.relationstimeline.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.problems.Severity;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;

// Two tests change the JVM's default time zone, which every other test would see.
@Isolated
class EntryReaderTest {
    private static final Map<String, String> TOPICS =
            new LinkedHashMap<>(Map.of("defense", "Defence", "trade", "Trade", "diplomacy", "Diplomacy"));
    private final EntryReader reader = new EntryReader(CountryRegistry.loadDefault(), TOPICS, YamlLimits.DEFAULT);

    private EntryReader.Result read(String text) {
        return read("entries/2023/2023-08-01-talks.md", text.getBytes(StandardCharsets.UTF_8));
    }

    private EntryReader.Result read(String path, byte[] bytes) {
        return reader.read(new SourceFile("content/" + path, path, bytes));
    }

    private static String entry(String frontMatter) {
        return "---\n" + frontMatter + "\n---\nBody text.\n";
    }

    private Entry valid(String frontMatter) {
        EntryReader.Result r = read(entry(frontMatter));
        assertThat(r.problems()).filteredOn(Problem::isError).isEmpty();
        return r.entry().orElseThrow();
    }

    private List<String> names(Entry e) {
        return e.parties().stream().map(Party::name).toList();
    }

    @Test
    void norwayIsNotParsedAsFalse() {
        Entry e = valid("title: Nordic talks\ndate: 2001-05-01\ncountries: [NO, SE]");
        assertThat(names(e)).containsExactly("Norway", "Sweden");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ON", "YES", "Y", "N", "off", "True"})
    void yamlBooleanLookalikesStayText(String word) {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [RU, " + word + "]"));
        // None of these is a country code, so each must be reported as written, never as true/false.
        assertThat(r.problems()).anySatisfy(p -> assertThat(p.message()).isEqualTo("unknown country '" + word + "'"));
    }

    @Test
    void lowercaseNoIsStillNorway() {
        assertThat(names(valid("title: x\ndate: 2001\ncountries: [no, FI]"))).containsExactly("Finland", "Norway");
    }

    @Test
    void blockListOfCountriesKeepsNorway() {
        Entry e = valid("title: x\ndate: 2001\ncountries:\n  - NO\n  - DK");
        assertThat(names(e)).containsExactly("Denmark", "Norway");
    }

    @Test
    void numericTitleIsTakenAsText() {
        assertThat(valid("title: 1962\ndate: 1962\ncountries: [DZ, FR]").title())
                .isEqualTo("1962");
    }

    @Test
    void dateStaysTheDayWrittenInAnyTimeZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            for (String zone : List.of("America/Los_Angeles", "Pacific/Kiritimati")) {
                TimeZone.setDefault(TimeZone.getTimeZone(zone));
                Entry e = valid("title: x\ndate: 2023-08-01\ncountries: [DZ, RU]");
                assertThat(e.date().iso()).as(zone).isEqualTo("2023-08-01");
                assertThat(e.date().display()).as(zone).isEqualTo("1 August 2023");
            }
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void dateTimeWithOffsetKeepsItsLocalDay() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
            Entry e = valid("title: x\ndate: 2023-08-01T01:30:00+03:00\ncountries: [DZ, RU]");
            assertThat(e.date())
                    .isEqualTo(new EventDate(2023, 8, 1, EventDate.Precision.DAY, EventDate.Qualifier.NONE));
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void countriesAcceptCodesNamesAndAliasesInAnyCase() {
        assertThat(names(valid("title: x\ndate: 2001\ncountries: [rus, ALGERIA]")))
                .containsExactly("Algeria", "Russia");
        assertThat(names(valid("title: x\ndate: 2001\ncountries: Russian Federation, dz")))
                .containsExactly("Algeria", "Russia");
    }

    @Test
    void unknownKeyIsAWarningWithASuggestion() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [DZ, RU]\ncountires: [DZ]"));
        assertThat(r.entry()).isPresent();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Severity.WARNING);
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.column()).isEqualTo(1);
            assertThat(p.hint()).isEqualTo("did you mean 'countries'?");
        });
    }

    @Test
    void unknownCountryPointsAtItsPositionWithASuggestion() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [DZ, Rusia]"));
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.format())
                    .isEqualTo(
                            "content/entries/2023/2023-08-01-talks.md:4:17: error: unknown country 'Rusia' (did you mean 'Russia'?)");
        });
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnce() {
        EntryReader.Result r = read(entry("date: 2023-13-01\ncountries: [DZ]\ntopics: [defence]"));
        assertThat(r.problems())
                .extracting(Problem::code)
                .containsExactlyInAnyOrder("missing-field", "bad-date", "single-party", "unknown-topic");
        assertThat(r.problems())
                .filteredOn(p -> p.code().equals("unknown-topic"))
                .singleElement()
                .satisfies(p -> assertThat(p.hint()).isEqualTo("did you mean 'defense'?"));
    }

    @Test
    void anUnknownTopicIsAnErrorSoTwoSpellingsNeverSplitTheSite() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [DZ, RU]\ntopics: [diplomacy, defence]"));
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.format())
                        .isEqualTo(
                                "content/entries/2023/2023-08-01-talks.md:5:21: error: topic 'defence' is not in the site's topic list"
                                        + " (did you mean 'defense'?)"));
    }

    @Test
    void anUnclosedQuoteIsReportedAtTheOpeningQuoteSayingWhatIsWrong() {
        EntryReader.Result r = read(entry("title: \"Russia and Algeria\ndate: 2023-08-01\ncountries: [DZ, RU]"));
        assertThat(r.problems())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.format())
                                .isEqualTo(
                                        "content/entries/2023/2023-08-01-talks.md:2:8: error: the quoted value that starts here with \" is never closed"
                                                + " (YAML read on to line 5) (end the value with \"; a quote inside it is written \\\")"));
    }

    @Test
    void aTabInIndentationGetsItsOwnMessage() {
        EntryReader.Result r = read(entry("title: x\ndate: 2023-08-01\ncountries:\n\t- DZ\n\t- RU"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(5);
            assertThat(p.message()).isEqualTo("a tab is used for indentation; YAML indents with spaces only");
            assertThat(p.hint()).isEqualTo("replace the tab with spaces (two per level, as the other lines)");
        });
    }

    @Test
    void aColonInAnUnquotedValueSaysToQuoteIt() {
        EntryReader.Result r = read(entry("title: Algeria: a partner\ndate: 2023-08-01\ncountries: [DZ, RU]"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).contains("': '");
            assertThat(p.hint()).startsWith("quote the whole value");
        });
    }

    @Test
    void anUnclosedListIsReportedAtItsBracket() {
        EntryReader.Result r = read(entry("title: x\ncountries: [DZ, RU\ndate: 2023-08-01"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(12);
            assertThat(p.message()).startsWith("the list that starts here with '[' is not closed");
        });
    }

    @Test
    void emptyRequiredFieldIsAnError() {
        EntryReader.Result r = read(entry("title: \"\"\ndate: 2001\ncountries: [DZ, RU]"));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("empty-field");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void sameCountryTwiceIsReported() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [RU, Russia]"));
        assertThat(r.problems()).extracting(Problem::code).contains("duplicate-country", "single-party");
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        EntryReader.Result r = read("---\ntitle: x\ndate: [2001\ncountries: [DZ, RU]\n---\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("yaml");
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(7);
            assertThat(p.message()).startsWith("the list that starts here with '[' is not closed");
        });
    }

    @Test
    void missingFrontMatterIsExplained() {
        EntryReader.Result r = read("title: x\n");
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(1);
            assertThat(p.message()).contains("'---'");
        });
    }

    @Test
    void byteOrderMarkAndWindowsLineEndsAreAccepted() {
        String text = "\uFEFF---\r\ntitle: x\r\ndate: 2001\r\ncountries: [DZ, RU]\r\n---\r\nBody\r\n";
        EntryReader.Result r = read("entries/x.md", text.getBytes(StandardCharsets.UTF_8));
        assertThat(r.problems()).isEmpty();
        assertThat(r.entry().orElseThrow().body()).isEqualTo("Body\n");
    }

    @Test
    void invalidUtf8NamesTheByteOffset() {
        byte[] bytes = "---\ntitle: x".getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, bad, 0, bytes.length);
        bad[bytes.length] = (byte) 0xC3;
        bad[bytes.length + 1] = (byte) 0x28;
        EntryReader.Result r = read("entries/x.md", bad);
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).isEqualTo("invalid UTF-8 at byte offset " + bytes.length));
    }

    @Test
    void slugComesFromTheFileNameWithoutItsDatePrefix() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [DZ, RU]"));
        assertThat(r.entry().orElseThrow().slug()).isEqualTo("talks");
    }

    @Test
    void explicitSlugMustBeSafe() {
        EntryReader.Result r = read(entry("title: x\ndate: 2001\ncountries: [DZ, RU]\nslug: ../../etc"));
        assertThat(r.entry()).isEmpty();
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.hint()).isEqualTo("write 'slug: etc'"));
    }

    @Test
    void sourcesAcceptMapsAndPlainUrls() {
        Entry e = valid("title: x\ndate: 2001\ncountries: [DZ, RU]\nsources:\n  - https://example.org/a\n"
                + "  - title: Report\n    publisher: Agency\n    date: 2001-02\n    url: http://example.org/b");
        assertThat(e.sources()).hasSize(2);
        assertThat(e.sources().get(1).dateDisplay()).isEqualTo("February 2001");
        assertThat(e.sources().get(1).publisher()).isEqualTo("Agency");
    }

    @Test
    void nonWebSourceUrlIsAnError() {
        EntryReader.Result r =
                read(entry("title: x\ndate: 2001\ncountries: [DZ, RU]\nsources: ['javascript:alert(1)']"));
        assertThat(r.problems()).extracting(Problem::code).containsExactly("bad-url");
    }

    @Test
    void draftIsReadInYaml11AndYaml12Spellings() {
        assertThat(valid("title: x\ndate: 2001\ncountries: [DZ, RU]\ndraft: yes")
                        .draft())
                .isTrue();
        assertThat(valid("title: x\ndate: 2001\ncountries: [DZ, RU]\ndraft: false")
                        .draft())
                .isFalse();
    }
}
