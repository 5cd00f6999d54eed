package org.relationstimeline.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

class CheckCommandTest {
    private static final Path FIXTURE = Path.of("src/test/resources/lint");
    private static final String DIR = "content/entries/2023/";
    private static final Clock NEW_YEAR_2026 = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    private Path content;

    @BeforeEach
    void copyFixture() throws IOException {
        try (Stream<Path> walk = Files.walk(FIXTURE)) {
            for (Path p : walk.toList()) {
                Path target = tmp.resolve(FIXTURE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        content = tmp.resolve("content");
    }

    private EditorCli.Run check(boolean github, String... extra) {
        String[] args = new String[extra.length + 5];
        args[0] = "check";
        System.arraycopy(
                new String[] {
                    "--content",
                    content.toString(),
                    "--config",
                    tmp.resolve("site.yaml").toString()
                },
                0,
                args,
                1,
                4);
        System.arraycopy(extra, 0, args, 5, extra.length);
        return EditorCli.run(
                cl -> {
                    CheckCommand c =
                            (CheckCommand) cl.getSubcommands().get("check").getCommand();
                    c.clock = NEW_YEAR_2026;
                    c.githubActions = github;
                },
                args);
    }

    /** The findings of a JSON run, parsed back (JSON is YAML, and SnakeYAML is at hand). */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> json(String out) {
        return (List<Map<String, Object>>) new Yaml().load(out);
    }

    private static String tail(Object file) {
        String f = file.toString();
        return f.substring(f.indexOf("content/"));
    }

    @Test
    void warnsAboutEachLintAtTheLineOfItsKey() {
        EditorCli.Run run = check(false);

        assertThat(run.exit()).as("warnings only").isZero();
        List<String> lines =
                run.err().lines().map(l -> l.substring(l.indexOf("content/"))).toList();
        assertThat(lines)
                .contains(
                        DIR
                                + "2023-02-01-no-sources.md:1:1: warning: entry has no sources (add at least one under 'sources:',"
                                + " a https:// URL or title, publisher, date and url)",
                        DIR
                                + "2023-02-02-empty-sources.md:5:1: warning: entry has no sources (add at least one under 'sources:',"
                                + " a https:// URL or title, publisher, date and url)",
                        DIR + "2023-03-01-long-summary.md:6:1: warning: summary is 383 characters, more than 300"
                                + " (keep it to one or two sentences; move details to the text)",
                        DIR
                                + "2023-04-01-future.md:4:1: warning: date 2031-05-01 is in the future (today is 2026-01-01)"
                                + " (check the year; an entry records an event that has happened)");
        assertThat(lines)
                .anyMatch(l -> l.startsWith(DIR + "2023-06-15-partnership.md:2:1: warning: looks like a duplicate of ")
                        && l.contains(
                                DIR + "2023-06-15-partnership-again.md (same date, same parties, titles 97% alike)"));
        assertThat(lines)
                .contains(
                        DIR
                                + "2023-08-01-source-without-url.md:6:5: warning: source 'Joint communiqué' has no URL (add 'url:' with the"
                                + " https:// address, so readers can check it)",
                        DIR
                                + "2023-08-02-source-without-date.md:6:5: warning: source 'https://example.org/consulate' has no date (write it"
                                + " as title, publisher, date and url, with the date it was published)");
        assertThat(lines).noneMatch(l -> l.contains("clean.md") || l.contains("partnership-egypt.md"));
        assertThat(run.out()).contains("checked 10 file(s): 0 error(s), 7 warning(s)");
    }

    @Test
    void jsonFindingsAreAnArrayOfObjectsWithPositions() {
        EditorCli.Run run = check(false, "--format", "json");

        assertThat(run.exit()).isZero();
        List<Map<String, Object>> findings = json(run.out());
        assertThat(findings).hasSize(7);
        assertThat(findings)
                .allSatisfy(f -> assertThat(f)
                        .containsOnlyKeys("file", "line", "column", "severity", "code", "message", "hint"));
        Map<String, Object> future = findings.stream()
                .filter(f -> f.get("code").equals("future-date"))
                .findFirst()
                .orElseThrow();
        assertThat(tail(future.get("file"))).isEqualTo(DIR + "2023-04-01-future.md");
        assertThat(future).containsEntry("line", 4).containsEntry("column", 1).containsEntry("severity", "warning");
        assertThat(findings)
                .extracting(f -> f.get("code"))
                .contains("no-sources", "long-summary", "duplicate", "source-without-url", "source-without-date");
        assertThat(run.err()).contains("checked 10 file(s)").doesNotContain("::warning");
    }

    @Test
    void errorsAreInTheJsonTooAndSetTheExitCode() throws IOException {
        Path clean = content.resolve("entries/2023/2023-01-10-clean.md");
        Files.writeString(
                clean, Files.readString(clean).replace("https://example.org/consultations", "ftp://example.org/\"x\""));

        EditorCli.Run run = check(false, "--format", "json");

        assertThat(run.exit()).isEqualTo(1);
        Map<String, Object> error = json(run.out()).stream()
                .filter(f -> f.get("severity").equals("error"))
                .findFirst()
                .orElseThrow();
        assertThat(error)
                .containsEntry("code", "bad-url")
                .containsEntry("line", 8)
                .containsEntry("column", 11);
        assertThat((String) error.get("message"))
                .isEqualTo("source URL 'ftp://example.org/\"x\"' is not an http(s) address");
    }

    @Test
    void anUnknownTopicIsAnErrorWithDidYouMeanAsCountriesAre() throws IOException {
        Files.writeString(
                content.resolve("entries/2023/2023-07-01-exercises.md"),
                "---\ntitle: Naval exercises\n"
                        + "date: 2023-07-01\ncountries: [DZ, RU]\ntopics: [defence]\nsources: [https://example.org/x]\n---\n");

        EditorCli.Run run = check(false);

        assertThat(run.exit()).isEqualTo(1);
        assertThat(run.err())
                .contains(DIR + "2023-07-01-exercises.md:5:10: error: topic 'defence' is not in the site's topic"
                        + " list (did you mean 'defense'?)");
    }

    @Test
    void inGitHubActionsFindingsAreAlsoWorkflowAnnotations() {
        EditorCli.Run text = check(true);
        assertThat(text.err())
                .contains("::warning file=")
                .containsPattern(
                        "::warning file=[^\\n]*content/entries/2023/2023-04-01-future\\.md,line=4,col=1::date 2031-05-01 is in the future");

        EditorCli.Run json = check(true, "--format", "json");
        assertThat(json(json.out())).hasSize(7);
        assertThat(json.err().lines().filter(l -> l.startsWith("::warning "))).hasSize(7);
    }

    @Test
    void helpNamesTheLintsAndTheJsonShape() {
        EditorCli.Run run = EditorCli.run("check", "--help");
        assertThat(run.out())
                .contains("no sources")
                .contains("without a URL or a date")
                .contains("require_sources")
                .contains("300 characters")
                .contains("future")
                .contains("--format")
                .contains("{file, line, column, severity, code, message, hint}")
                .contains("GITHUB_ACTIONS");
    }
}
