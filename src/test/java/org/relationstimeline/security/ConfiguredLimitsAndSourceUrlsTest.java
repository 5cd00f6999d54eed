package org.relationstimeline.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.relationstimeline.content.YamlLimits;
import org.relationstimeline.countries.CountryRegistry;
import org.relationstimeline.countries.Party;
import org.relationstimeline.testing.TestProject;

/**
 * Size limits come from site.yaml's {@code limits:} and are applied, with the configured numbers
 * in the message, through the real command line; source links must be web addresses.
 */
class ConfiguredLimitsAndSourceUrlsTest {
    @TempDir
    Path dir;

    private static String entry(String extra, String body) {
        return "---\ntitle: Talks\ndate: 2023-08-01\ncountries: [RU, DZ]\n" + extra + "\n---\n" + body;
    }

    @Test
    void fileSizeLimitFromTheConfigIsApplied() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(project.root().resolve("site.yaml"), "limits:\n  max_file_bytes: 3_000\n");
        project.write("entries/small.md", entry("", "x".repeat(1_000)));
        project.write("entries/big.md", entry("", "x".repeat(5_000)));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("big.md: error: file is ")
                .contains("more than the limit of 3000")
                .contains("limits.max_file_bytes")
                .doesNotContain("small.md");
        assertThat(project.site()).doesNotExist();
    }

    @Test
    void frontMatterLimitFromTheConfigIsApplied() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(project.root().resolve("site.yaml"), "limits:\n  max_front_matter_bytes: 400\n");
        project.write("entries/ok.md", entry("summary: short", "A long body is fine: " + "y".repeat(5_000)));
        project.write("entries/long.md", entry("summary: " + "z".repeat(500), ""));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("long.md:2:1: error: front matter is longer than the limit of 400 bytes")
                .doesNotContain("ok.md");
    }

    @Test
    void defaultLimitsRefuseAMegabyteFileWithoutReadingIt() throws IOException {
        TestProject project = TestProject.empty(dir);
        Path huge = project.content().resolve("entries/huge.md");
        Files.createDirectories(huge.getParent());
        try (var channel = java.nio.channels.FileChannel.open(
                huge, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
            // A sparse 4 GiB file: reading it into memory would fail; its size alone refuses it.
            channel.position((4L << 30) - 1).write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}));
        }
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("huge.md: error: file is 4294967296 bytes, more than the limit of 1048576");
    }

    /** The codes of the first {@code n} countries of the registry, comma-separated. */
    static String codes(int n) {
        return String.join(
                ", ",
                CountryRegistry.loadDefault().all().stream()
                        .filter(p -> p.kind() == Party.Kind.COUNTRY)
                        .limit(n)
                        .map(Party::code)
                        .toList());
    }

    /** An entry whose {@code countries:} is on line 5, after a summary, indented by nothing. */
    private static String partyEntry(int parties) {
        return "---\ntitle: Summit\ndate: 2023-08-01\nsummary: A summit.\ncountries: [" + codes(parties) + "]\n"
                + "sources: [{url: https://example.org/summit, date: 2023-08-01}]\n---\nText.\n";
    }

    @Test
    void anEntryPastTheDefaultPartyLimitIsAnErrorAtItsCountriesKey() {
        int limit = YamlLimits.DEFAULT_MAX_PARTIES_PER_ENTRY;
        assertThat(limit).isEqualTo(30);
        TestProject project = TestProject.empty(dir);
        project.write("entries/at-limit.md", partyEntry(limit));
        project.write("entries/past-limit.md", partyEntry(limit + 1));
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("past-limit.md:5:1: error: the entry names 31 parties, more than the limit of 30"
                        + " (it would be placed on 465 pair timelines) (split it into entries of fewer parties, or raise"
                        + " limits.max_parties_per_entry in site.yaml)")
                .doesNotContain("at-limit.md");
    }

    @Test
    void aConfiguredPartyLimitIsAppliedByTheBuild() throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(project.root().resolve("site.yaml"), "title: T\nlimits:\n  max_parties_per_entry: 4\n");
        project.write("entries/four.md", partyEntry(4));
        project.write(
                "entries/five.md",
                "---\ntitle: Five\ndate: 2023-08-01\ncountries:\n  - " + codes(5).replace(", ", "\n  - ") + "\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("five.md:4:1: error: the entry names 5 parties, more than the limit of 4 (it would be"
                        + " placed on 10 pair timelines)")
                .contains("limits.max_parties_per_entry")
                .doesNotContain("four.md");
        assertThat(project.site()).doesNotExist();

        Files.writeString(project.root().resolve("site.yaml"), "title: T\nlimits:\n  max_parties_per_entry: 5\n");
        TestProject.Run raised = project.build();
        assertThat(raised.exitCode()).as(raised.err()).isZero();
        assertThat(project.site().resolve("entries/2023/five/index.html")).exists();
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "-3", "101", "300", "1000000", "99999999999", "many", "2.5", "[30]"})
    void aPartyLimitOutsideTwoToAHundredIsAConfigErrorAtItsLine(String value) throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(
                project.root().resolve("site.yaml"),
                "title: T\nlimits:\n  max_file_bytes: 100_000\n" + "  max_parties_per_entry: " + value + "\n");
        project.write("entries/x.md", partyEntry(2));
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("site.yaml:4:26: error: ").contains("max_parties_per_entry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2", "30", "1_00", "100"})
    void aPartyLimitFromTwoToAHundredIsAccepted(String value) throws IOException {
        TestProject project = TestProject.empty(dir);
        Files.writeString(project.root().resolve("site.yaml"), "limits:\n  max_parties_per_entry: " + value + "\n");
        project.write("entries/x.md", partyEntry(2));
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("site.yaml");
    }

    /** Fields written on every pair timeline of the entry are bounded, with the error at the field. */
    @ParameterizedTest
    @ValueSource(strings = {"title", "summary", "topics", "topic", "slug"})
    void fieldsRepeatedOnEveryPairAreBounded(String field) {
        String x = "x".repeat(1_001);
        String fields = switch (field) {
            case "title" -> "title: " + "t".repeat(301) + "\ndate: 2023-08-01\ncountries: [RU, DZ]\n";
            case "summary" -> "title: T\ndate: 2023-08-01\ncountries: [RU, DZ]\nsummary: " + x + "\n";
            case "topics" ->
                "title: T\ndate: 2023-08-01\ncountries: [RU, DZ]\ntopics: [a, b, c, d, e, f, g, h, i, j, k]\n";
            case "topic" -> "title: T\ndate: 2023-08-01\ncountries: [RU, DZ]\ntopics: [" + "a".repeat(121) + "]\n";
            default -> "title: T\ndate: 2023-08-01\ncountries: [RU, DZ]\nslug: " + "s".repeat(121) + "\n";
        };
        String expected = switch (field) {
            case "title" -> "x.md:2:8: error: 'title' is 301 characters, more than the limit of 300";
            case "summary" -> "x.md:5:10: error: 'summary' is 1001 characters, more than the limit of 1000";
            case "topics" -> "x.md:5:1: error: the entry has 11 topics, more than the limit of 10";
            case "topic" -> "x.md:5:10: error: topic key is 121 characters, more than the limit of 120";
            default -> "x.md:5:7: error: slug is 121 characters, more than the limit of 120";
        };
        TestProject project = TestProject.empty(dir);
        project.write("entries/x.md", "---\n" + fields + "---\n");
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JavaScript:alert(1)",
                "data:text/html,<script>alert(1)</script>",
                "vbscript:msgbox(1)",
                "file:///etc/passwd",
                "ftp://example.org/x",
                "//evil.example/x",
                "/relative/path",
                "relative",
                "https:evil.example",
                "https://",
                "http://",
                "https://exa mple.org/",
                "https://example.org/\"onmouseover=x",
                "https://example.org/<script>",
                "\"https://example.org/\"",
                "java\tscript:alert(1)",
                "mailto:a@example.org"
            })
    void nonWebSourceUrlIsAnError(String url) {
        TestProject project = TestProject.empty(dir);
        String quoted = "\"" + url.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
        project.write("entries/x.md", entry("sources:\n  - url: " + quoted + "\n    title: T\n  - " + quoted, ""));
        TestProject.Run run = project.run("check");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("x.md:6:").contains("x.md:8:").contains("is not an http(s) address");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.org/a?b=1&c=2#d",
                "HTTPS://EXAMPLE.ORG/",
                "http://example.org/",
                "https://例子.测试/路径"
            })
    void webSourceUrlIsAccepted(String url) {
        TestProject project = TestProject.empty(dir);
        project.write("entries/x.md", entry("sources:\n  - \"" + url + "\"", ""));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(project.page("entries/2023/x/index.html")
                        .select(".sources a")
                        .attr("href"))
                .isEqualTo(url);
    }
}
