package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    private static final Path FIXTURES = Path.of("src/test/resources/import");

    @TempDir
    Path tmp;

    private Path config;
    private Path out;

    @BeforeEach
    void setUp() throws IOException {
        config = tmp.resolve("site.yaml");
        Files.writeString(config, "topics:\n  trade: Trade\n  diplomacy: Diplomacy\n");
        out = tmp.resolve("content/entries");
    }

    private EditorCli.Run importFiles(String... files) {
        String[] args = new String[files.length + 5];
        args[0] = "import";
        for (int i = 0; i < files.length; i++)
            args[i + 1] = files[i].startsWith("--")
                    ? files[i]
                    : FIXTURES.resolve(files[i]).toString();
        System.arraycopy(
                new String[] {"--out", out.toString(), "--config", config.toString()}, 0, args, files.length + 1, 4);
        return EditorCli.run(args);
    }

    private long written() throws IOException {
        if (!Files.exists(out)) return 0;
        try (Stream<Path> s = Files.walk(out)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    @Test
    void theDraftIsPublishedOnTheDayOfTheImport() throws IOException {
        Clock today = Clock.fixed(Instant.parse("2026-12-01T23:30:00Z"), ZoneOffset.UTC);
        EditorCli.Run run = EditorCli.run(
                cl -> ((ImportCommand) cl.getSubcommands().get("import").getCommand()).clock = today,
                "import",
                FIXTURES.resolve("egypt-china-grain.txt").toString(),
                "--out",
                out.toString(),
                "--config",
                config.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        try (Stream<Path> s = Files.walk(out)) {
            Path file = s.filter(Files::isRegularFile).findFirst().orElseThrow();
            assertThat(Files.readString(file)).contains("date: 2022-03-14\npublished: 2026-12-01\n");
        }
    }

    @Test
    void writesADraftAndSaysWhatItDetectedAndWhy() throws IOException {
        EditorCli.Run run = importFiles("egypt-china-grain.txt");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("date: 2022-03-14 (from the first line)")
                .contains("+ Egypt (EG)")
                .contains("6 mention(s) (\"Egypt\" 3, \"Cairo\" 2, \"Egyptian\" 1), first at 1:1")
                .contains("+ China (CN)")
                .contains("- United States (US)")
                .contains("topics: trade (")
                .contains("wrote ");
        Path file = out.resolve("2022/2022-03-14-egypt-and-china-signed-an-agreement-in-cairo-on-monday-to.md");
        assertThat(Files.readString(file)).contains("draft: true\n").contains("countries:\n  - CN  # China");
    }

    @Test
    void dryRunWritesNothing() throws IOException {
        EditorCli.Run run = importFiles("--dry-run", "astana-talks.txt");

        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("would write").contains("+ Russia (RU)");
        assertThat(written()).isZero();
    }

    @Test
    void importsEveryFileAndFailsOnlyForTheBadOnes() throws IOException {
        EditorCli.Run run = importFiles("same-line.txt", "one-party.txt", "date-in-text.txt");

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err()).contains("one-party.txt: not imported: found 1 party");
        assertThat(written()).isEqualTo(2);
    }

    @Test
    void neverOverwritesAnEntry() throws IOException {
        assertThat(importFiles("same-line.txt").exit()).isZero();
        EditorCli.Run again = importFiles("same-line.txt");

        assertThat(again.exit()).isEqualTo(1);
        assertThat(again.err()).contains("already exists and was not changed");
        assertThat(written()).isEqualTo(1);
    }

    @Test
    void anArticleMatchingAnExistingEntryIsImportedWithAWarning() throws IOException {
        Path existing = out.resolve("2022/2022-03-14-grain-deal.md");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "---\ntitle: Grain deal\ndate: 2022-03-14\ncountries: [EG, CN]\n---\n");

        EditorCli.Run run = importFiles("egypt-china-grain.txt");

        assertThat(run.exit()).isZero();
        assertThat(run.err())
                .contains("egypt-china-grain.txt: warning: ")
                .contains("2022-03-14-grain-deal.md has the same date"
                        + " and parties (\"Grain deal\"); check that this article is not already an entry");
        assertThat(written()).isEqualTo(2);
    }

    @Test
    void anImportedEntryCannotBePublishedWithItsPlaceholders() throws IOException {
        assertThat(importFiles("egypt-china-grain.txt").exit()).isZero();
        Path file = out.resolve("2022/2022-03-14-egypt-and-china-signed-an-agreement-in-cairo-on-monday-to.md");
        Files.writeString(file, Files.readString(file).replace("draft: true\n", ""));

        EditorCli.Run check =
                EditorCli.run("check", "--content", tmp.resolve("content").toString(), "--config", config.toString());

        assertThat(check.exit()).isEqualTo(1);
        assertThat(check.err())
                .contains("error: the title ends with '\u2026', as import cuts the article's first sentence")
                .contains(
                        ":21:1: error: the article pasted by import is still in the body (lines 21\u201329) and the summary"
                                + " is empty; the entry is not a draft, so it would be published (write the entry and its summary in"
                                + " your own words and delete the imported text with its markers, or put back 'draft: true')");

        String text = Files.readString(file);
        String written = text.substring(0, text.indexOf("<!-- imported article:"))
                        .replaceFirst("title: .*\n", "title: Egypt and China agree to expand grain trade\n")
                        .replace("summary:\n", "summary: Egypt and China sign a grain trade agreement in Cairo.\n")
                + "Egypt and China agreed in Cairo to trade more grain.\n";
        Files.writeString(file, written);
        assertThat(EditorCli.run("check", "--content", tmp.resolve("content").toString(), "--config", config.toString())
                        .exit())
                .isZero();
    }

    @Test
    void helpExplainsTheFileFormatAndTheDetection() {
        EditorCli.Run run = EditorCli.run("import", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out())
                .contains("date YYYY-MM-DD")
                .contains("demonyms")
                .contains("draft: true")
                .contains("--dry-run")
                .contains("Examples:");
    }
}
