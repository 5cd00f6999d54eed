package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.content.EntryReader;
import org.relationstimeline.content.SourceFile;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventType;

class NewCommandTest {
    @TempDir
    Path tmp;

    private Path config;

    @BeforeEach
    void siteConfig() throws IOException {
        config = tmp.resolve("site.yaml");
        Files.writeString(config, "topics:\n  defense: Defence\n  diplomacy: Diplomacy\n");
    }

    private EditorCli.Run newEntry(String... args) {
        return newEntry(Clock.systemUTC(), args);
    }

    private EditorCli.Run newEntry(Clock clock, String... args) {
        String[] all = new String[args.length + 7];
        all[0] = "new";
        System.arraycopy(args, 0, all, 1, args.length);
        System.arraycopy(
                new String[] {
                    "--content",
                    tmp.resolve("content").toString(),
                    "--config",
                    config.toString(),
                    "--archetype",
                    tmp.resolve("archetypes/entry.md").toString()
                },
                0,
                all,
                args.length + 1,
                6);
        return EditorCli.run(cl -> ((NewCommand) cl.getSubcommands().get("new").getCommand()).clock = clock, all);
    }

    private static Entry readBack(Path file) throws IOException {
        EntryReader.Result r = new EntryReader(
                        CountryRegistry.loadDefault(),
                        Map.of("defense", "Defence", "diplomacy", "Diplomacy"),
                        YamlLimits.DEFAULT)
                .read(new SourceFile(file.toString(), "entries/" + file.getFileName(), Files.readAllBytes(file)));
        assertThat(r.problems()).isEmpty();
        return r.entry().orElseThrow();
    }

    @Test
    void writesAnEntryWithCodesAndTheirNamesAsComments() throws IOException {
        EditorCli.Run run = newEntry(
                "--countries",
                "Russia, Algeria",
                "--title",
                "Russia and Algeria discuss military cooperation",
                "--date",
                "2023-08-01",
                "--topics",
                "defense");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/2023/2023-08-01-russia-and-algeria-discuss-military-cooperation.md");
        assertThat(run.out().strip()).isEqualTo(file.toString());
        String text = Files.readString(file);
        assertThat(text)
                .startsWith("---\n")
                .contains("title: \"Russia and Algeria discuss military cooperation\"\n")
                .contains("date: 2023-08-01\n")
                .contains("countries:\n  - DZ  # Algeria\n  - RU  # Russia\n")
                .contains("topics: [defense]\n")
                .doesNotContain("draft");
        Entry entry = readBack(file);
        assertThat(entry.parties()).extracting(p -> p.code()).containsExactly("DZ", "RU");
        assertThat(entry.topics()).containsExactly("defense");
        assertThat(entry.draft()).isFalse();
        assertThat(entry.body()).contains("Algeria and Russia");
    }

    @Test
    void theDateDefaultsToTodayFromTheClock() throws IOException {
        Clock leapDay = Clock.fixed(Instant.parse("2024-02-29T10:00:00Z"), ZoneOffset.UTC);
        EditorCli.Run run = newEntry(leapDay, "--countries", "FR,DE", "--title", "Élysée Treaty anniversary");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/2024/2024-02-29-elysee-treaty-anniversary.md");
        assertThat(readBack(file).date().iso()).isEqualTo("2024-02-29");
    }

    @Test
    void aSpanIsWrittenAsGivenAndFiledUnderItsStart() throws IOException {
        EditorCli.Run run = newEntry(
                Clock.systemUTC(),
                "--countries",
                "DZ,FR",
                "--title",
                "Algerian War",
                "--date",
                "1954-11-01/1962-03-19");
        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/1954/1954-11-01-algerian-war.md");
        assertThat(Files.readString(file)).contains("date: 1954-11-01/1962-03-19\n");
        assertThat(readBack(file).when().display()).isEqualTo("1 November 1954 \u2013 19 March 1962");

        EditorCli.Run ongoing = newEntry(
                Clock.systemUTC(), "--countries", "RU,UA", "--title", "Full-scale war", "--date", "2022-02-24/..");
        assertThat(ongoing.exit()).as(ongoing.err()).isZero();
        assertThat(readBack(tmp.resolve("content/entries/2022/2022-02-24-full-scale-war.md"))
                        .when()
                        .isOngoing())
                .isTrue();

        EditorCli.Run backwards =
                newEntry(Clock.systemUTC(), "--countries", "DZ,FR", "--title", "Backwards", "--date", "1962/1954");
        assertThat(backwards.exit()).isNotZero();
        assertThat(backwards.err()).contains("--date:");
    }

    @Test
    void theNewEntryIsPublishedTodayWhateverDateItIsFor() throws IOException {
        Clock today = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
        EditorCli.Run run = newEntry(today, "--countries", "FR,DE", "--title", "Elysee Treaty", "--date", "1963-01-22");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/1963/1963-01-22-elysee-treaty.md");
        assertThat(Files.readString(file)).contains("date: 1963-01-22\npublished: 2026-12-01\n");
        assertThat(readBack(file).published().iso()).isEqualTo("2026-12-01");
    }

    @Test
    void draftIsWrittenOnlyWhenAsked() throws IOException {
        EditorCli.Run run = newEntry("--countries", "NO, SE", "--title", "Border talks", "--date", "1905", "--draft");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/1905/1905-border-talks.md");
        assertThat(Files.readString(file))
                .contains("  - NO  # Norway\n  - SE  # Sweden\n")
                .contains("draft: true\n");
        assertThat(readBack(file).draft()).isTrue();
    }

    @Test
    void aTypeIsWrittenOnlyWhenAskedAndReadsBack() throws IOException {
        EditorCli.Run run = newEntry(
                "--countries", "FR, DE", "--title", "Elysee Treaty", "--date", "1963-01-22", "--type", "Agree");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = tmp.resolve("content/entries/1963/1963-01-22-elysee-treaty.md");
        assertThat(Files.readString(file)).contains("topics: []\ntype: agree\n");
        assertThat(readBack(file).type()).isEqualTo(EventType.AGREE);

        assertThat(newEntry("--countries", "FR, DE", "--title", "Talks", "--date", "1963-02-01")
                        .exit())
                .isZero();
        Path untyped = tmp.resolve("content/entries/1963/1963-02-01-talks.md");
        assertThat(Files.readString(untyped)).doesNotContain("type");
        assertThat(readBack(untyped).type()).isNull();
    }

    @Test
    void anUnknownTypeIsRefusedWithASuggestion() {
        EditorCli.Run run =
                newEntry("--countries", "FR, DE", "--title", "Talks", "--date", "1963-02-01", "--type", "sanctoin");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown event type 'sanctoin'").contains("did you mean 'sanction'?");
        assertThat(tmp.resolve("content/entries/1963")).doesNotExist();
    }

    @Test
    void neverOverwritesAnExistingEntry() throws IOException {
        String[] args = {"--countries", "DZ, RU", "--title", "Same title", "--date", "2023-08-01"};
        assertThat(newEntry(args).exit()).isZero();
        Path file = tmp.resolve("content/entries/2023/2023-08-01-same-title.md");
        Files.writeString(file, "edited by hand\n");

        EditorCli.Run again = newEntry(args);

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists");
        assertThat(Files.readString(file)).isEqualTo("edited by hand\n");
    }

    @Test
    void aTitleInAnotherScriptIsRomanisedForTheFileName() throws IOException {
        EditorCli.Run run = newEntry("--countries", "RU,DZ", "--title", "Россия и Алжир", "--date", "2023-08-01");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = Path.of(run.out().strip());
        assertThat(file.getFileName().toString()).isEqualTo("2023-08-01-rossiya-i-alzhir.md");
        assertThat(readBack(file).title()).isEqualTo("Россия и Алжир");
        assertThat(readBack(file).slug()).isEqualTo("rossiya-i-alzhir");
    }

    @Test
    void chineseAndArabicTitlesGiveAsciiFileNamesToo() {
        assertThat(Path.of(newEntry("--countries", "CN,RU", "--title", "中俄会谈", "--date", "2023-01-01")
                                .out()
                                .strip())
                        .getFileName()
                        .toString())
                .matches("2023-01-01-[a-z0-9]+(-[a-z0-9]+)*\\.md");
        assertThat(Path.of(newEntry("--countries", "DZ,EG", "--title", "الجزائر ومصر", "--date", "2023-01-01")
                                .out()
                                .strip())
                        .getFileName()
                        .toString())
                .matches("2023-01-01-[a-z0-9]+(-[a-z0-9]+)*\\.md");
    }

    @Test
    void slugGivesTheFileNameAndTheAddress() throws IOException {
        EditorCli.Run run = newEntry(
                "--countries",
                "RU,DZ",
                "--title",
                "Россия и Алжир",
                "--date",
                "2023-08-01",
                "--slug",
                "russia-algeria-talks");

        assertThat(run.exit()).as(run.err()).isZero();
        Path file = Path.of(run.out().strip());
        assertThat(file.getFileName().toString()).isEqualTo("2023-08-01-russia-algeria-talks.md");
        assertThat(readBack(file).slug()).isEqualTo("russia-algeria-talks");
    }

    @Test
    void aSlugThatIsNotASlugIsRefusedWithTheFixedOne() {
        EditorCli.Run run = newEntry("--countries", "RU,DZ", "--title", "Talks", "--slug", "Russia Algeria");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains("--slug 'Russia Algeria' may only contain lowercase letters, digits and single hyphens;"
                        + " write --slug russia-algeria");
        assertThat(tmp.resolve("content")).doesNotExist();
    }

    @Test
    void aTitleWithNothingToSpellIsRefusedPointingAtSlug() {
        EditorCli.Run run = newEntry("--countries", "RU,DZ", "--title", "!!!");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("has no letters or digits to make a file name from; give one with --slug");
    }

    @Test
    void anUnknownCountryIsRefusedWithASuggestion() {
        EditorCli.Run run = newEntry("--countries", "Russia, Algeira", "--title", "Talks");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown country 'Algeira' (did you mean 'Algeria'?)");
        assertThat(tmp.resolve("content")).doesNotExist();
    }

    @Test
    void anUnknownTopicIsRefusedWithASuggestion() {
        EditorCli.Run run = newEntry("--countries", "DZ,RU", "--title", "Talks", "--topics", "defence");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("topic 'defence' is not in the site's topic list (did you mean 'defense'?)");
    }

    @Test
    void oneCountryIsNotEnough() {
        EditorCli.Run run = newEntry("--countries", "Russia, RU", "--title", "Talks");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("two or more distinct parties, found 1");
    }

    @Test
    void titlesWithQuotesAndColonsReadBackExactly() throws IOException {
        String title = "Algeria: \"no\" to a base \\ says minister #1";
        EditorCli.Run run = newEntry("--countries", "DZ,RU", "--title", title, "--date", "2023-01-02");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(readBack(Path.of(run.out().strip())).title()).isEqualTo(title);
    }

    @Test
    void theProjectsArchetypeIsUsedWhenPresent() throws IOException {
        Path archetype = tmp.resolve("archetypes/entry.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, """
                ---
                title: {{title}}
                date: {{date}}
                countries:
                {{countries}}
                topics: {{topics}}
                {{draft}}
                ---
                ## {{country_names}}, {{year}}

                House style: first paragraph is the news.
                """);

        EditorCli.Run run = newEntry("--countries", "Russia, Algeria", "--title", "Talks", "--date", "2023-08-01");

        assertThat(run.exit()).as(run.err()).isZero();
        String text = Files.readString(Path.of(run.out().strip()), StandardCharsets.UTF_8);
        assertThat(text).isEqualTo("""
                ---
                title: "Talks"
                date: 2023-08-01
                countries:
                  - DZ  # Algeria
                  - RU  # Russia
                topics: []
                ---
                ## Algeria and Russia, 2023

                House style: first paragraph is the news.
                """);
    }

    @Test
    void anArchetypeWithAnUnknownPlaceholderIsReported() throws IOException {
        Path archetype = tmp.resolve("archetypes/entry.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: {{headline}}\n---\n");

        EditorCli.Run run = newEntry("--countries", "DZ,RU", "--title", "Talks");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("unknown placeholder(s) [{{headline}}]").contains("{{title}}");
    }

    @Test
    void anArchetypeThatMakesAnInvalidEntryWritesNothing() throws IOException {
        Path archetype = tmp.resolve("archetypes/entry.md");
        Files.createDirectories(archetype.getParent());
        Files.writeString(archetype, "---\ntitle: {{title}}\ncountries:\n{{countries}}\n---\n");

        EditorCli.Run run = newEntry("--countries", "DZ,RU", "--title", "Talks");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("would not be valid").contains("'date' is missing");
        assertThat(tmp.resolve("content")).doesNotExist();
    }

    @Test
    void helpExplainsTheCommandWithExamples() {
        EditorCli.Run run = EditorCli.run("new", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("--countries")
                .contains("--title")
                .contains("today")
                .contains("archetypes/entry.md")
                .contains("Examples:");
    }
}
