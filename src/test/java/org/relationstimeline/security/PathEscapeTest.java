package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.cli.Main;

/**
 * No slug, file name, topic or party can make a build write outside its output folder, whatever
 * the spelling: "../", absolute paths, NUL, backslashes, URL encoding, or Unicode look-alikes of
 * '/' and '.'. Each vector goes through the real command line; afterwards the only files in the
 * sandbox are the sources and the site.
 */
class PathEscapeTest {
    /** Written by an escaping build as a file or folder name; never appears outside site/. */
    static final String PWNED = "pwned";

    @TempDir
    Path sandbox;

    Path project;

    @BeforeEach
    void project() throws IOException {
        // The project sits two levels down, so "../../" from site/entries/YEAR/ lands inside the sandbox.
        project = Files.createDirectories(sandbox.resolve("a/b/project"));
        Files.createDirectories(project.resolve("content/entries"));
        Files.writeString(project.resolve("site.yaml"), "topics:\n  diplomacy: Diplomacy\n");
    }

    private record Run(int code, String err) {}

    private Run build(String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "build",
                "--content",
                project.resolve("content").toString(),
                "--config",
                project.resolve("site.yaml").toString(),
                "--templates",
                Path.of("templates").toAbsolutePath().toString(),
                "--out",
                project.resolve("site").toString()));
        args.addAll(List.of(extra));
        StringWriter err = new StringWriter();
        int code = Main.execute(
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args.toArray(String[]::new));
        return new Run(code, err.toString());
    }

    private void entry(String fileName, String frontMatterExtra) throws IOException {
        Path file = project.resolve("content/entries").resolve(fileName);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, DZ]\n" + frontMatterExtra + "\n---\nBody.\n",
                StandardCharsets.UTF_8);
    }

    /** Every file and folder in the sandbox that is neither a source nor inside the site folder. */
    private List<String> strayPaths() throws IOException {
        try (Stream<Path> walk = Files.walk(sandbox)) {
            return walk.filter(p -> !p.equals(sandbox))
                    .map(p -> sandbox.relativize(p).toString())
                    .filter(p -> !List.of("a", "a/b", "a/b/project", "a/b/project/site.yaml")
                            .contains(p))
                    // The generator's own bookkeeping beside the site: lock, cache, staging.
                    .filter(p -> !p.startsWith("a/b/project/.rt-cache"))
                    .filter(p -> !p.startsWith("a/b/project/content")
                            && !p.equals("a/b/project/site")
                            && !p.startsWith("a/b/project/site/"))
                    .toList();
        }
    }

    private void assertNothingOutsideTheSite() throws IOException {
        assertThat(strayPaths()).isEmpty();
        try (Stream<Path> walk = Files.walk(sandbox)) {
            assertThat(walk.filter(p ->
                            p.getFileName().toString().contains(PWNED) && !p.startsWith(project.resolve("content"))))
                    .as("no output named after the attack, anywhere")
                    .allSatisfy(p -> assertThat(p).startsWith(project.resolve("site")));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../../../../pwned",
                "../pwned",
                "/tmp/pwned",
                "pwned/../../../../x",
                "pwned\\u0000.html",
                "..\\\\..\\\\..\\\\pwned",
                "pwned\\\\..\\\\..",
                "..\\uFF0F..\\uFF0Fpwned",
                "..\\u2215..\\u2215pwned",
                "..\\u2044pwned",
                "\\uFF0E\\uFF0E/pwned",
                "%2e%2e%2fpwned",
                "%2e%2e/pwned",
                "pwned/",
                ".",
                "..",
                "Pwned",
                "pwned--x",
                "-pwned",
                "ｐｗｎｅｄ",
                "pwned\\u200B",
            })
    void unsafeSlugIsAnErrorAndNothingIsWritten(String slug) throws IOException {
        entry("x.md", "slug: \"" + slug + "\"");
        Run run = build();
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("slug");
        assertThat(project.resolve("site")).doesNotExist();
        assertNothingOutsideTheSite();
    }

    @Test
    void overlongSlugIsAnError() throws IOException {
        entry("x.md", "slug: " + "a".repeat(121));
        assertThat(build().code()).isEqualTo(1);
        assertNothingOutsideTheSite();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "..\\..\\..\\pwned.md",
                "....md",
                "...md",
                "%2e%2e%2fpwned.md",
                "pwned／..／..／x.md",
                "pwned∕..∕..∕x.md",
                "．．／．．／pwned.md",
                "2023-08-01-..md",
                "pwned\n..md",
                " pwned .md",
                "ｐｗｎｅｄ.md",
            })
    void hostileFileNameGivesASafeSlugOrAnError(String fileName) throws IOException {
        entry(fileName, "");
        Run run = build();
        if (run.code() == 0) {
            // Names starting with '.' are hidden files and skipped; any other gives one safe slug.
            Path year = project.resolve("site/entries/2023");
            if (!fileName.startsWith(".")) assertThat(year).isDirectory();
            if (Files.isDirectory(year)) {
                try (Stream<Path> entries = Files.list(year)) {
                    assertThat(entries.map(p -> p.getFileName().toString()))
                            .singleElement()
                            .satisfies(slug -> assertThat(slug).matches("[a-z0-9]+(-[a-z0-9]+)*"));
                }
            }
        } else {
            assertThat(run.err()).contains("usable URL slug");
            assertThat(project.resolve("site")).doesNotExist();
        }
        assertNothingOutsideTheSite();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "../pwned",
                "pwned/x",
                "/pwned",
                "pwned\\\\x",
                "..\\uFF0Fpwned",
                "\\uFF50wned",
                "pwned\\u0000",
                "%2e%2e%2fpwned",
                "."
            })
    void unsafeTopicIsAnErrorAndNothingIsWritten(String topic) throws IOException {
        entry("x.md", "topics: [\"" + topic + "\"]");
        Run run = build();
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("topic");
        assertThat(project.resolve("site")).doesNotExist();
        assertNothingOutsideTheSite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../pwned", "/pwned", "pwned\\\\..", "..\\u2215pwned"})
    void unsafeTopicKeyInTheConfigIsAnError(String key) throws IOException {
        Files.writeString(project.resolve("site.yaml"), "topics:\n  \"" + key + "\": Label\n");
        entry("x.md", "");
        Run run = build();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("topic key");
        assertNothingOutsideTheSite();
    }

    @Test
    void partyAliasesAndNamesNeverBecomePaths() throws IOException {
        Files.writeString(project.resolve("site.yaml"), """
                parties:
                  - code: XA
                    name: "../../../../pwned"
                    aliases: ["../../pwned-alias", "/etc/pwned", "..\\\\pwned"]
                """);
        Files.writeString(
                project.resolve("content/entries/x.md"),
                "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, \"../../pwned-alias\"]\n---\n");
        Files.writeString(
                project.resolve("content/entries/y.md"),
                "---\ntitle: More\ndate: 2023-08-02\ncountries: [DZ, \"/etc/pwned\"]\n---\n");
        Files.writeString(
                project.resolve("content/entries/z.md"),
                "---\ntitle: Third\ndate: 2023-08-03\ncountries: [EG, \"..\\\\pwned\"]\n---\n");
        Run run = build();
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(project.resolve("site/countries/pwned/index.html")).isRegularFile();
        assertThat(project.resolve("site/relations/pwned-russia/index.html")).isRegularFile();
        assertNothingOutsideTheSite();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../pwned", "/pwned", "pwned/x", "\\uFF0Fpwned"})
    void unsafePartySlugIsAnError(String slug) throws IOException {
        Files.writeString(
                project.resolve("site.yaml"), "parties:\n  - code: XA\n    name: Org\n    slug: \"" + slug + "\"\n");
        entry("x.md", "");
        Run run = build();
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("slug");
        assertNothingOutsideTheSite();
    }
}
