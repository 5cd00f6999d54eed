package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Builds the "basic" fixture corpus with the real theme and checks what a reader sees. */
class SiteBuildTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    @Test
    void pairPageListsItsEntriesNewestFirstUnderYearHeadings() {
        assertThat(project.build().exitCode()).isZero();
        Document pair = project.page("relations/algeria-russia/index.html");
        assertThat(pair.select("h1").text()).isEqualTo("Algeria\u2013Russia");
        List<String> ids = pair.select("main [id]").stream()
                .map(Element::id)
                .filter(id -> !id.startsWith("y") && !id.startsWith("h_") && !id.equals("rt_main"))
                .toList();
        assertThat(ids)
                .containsSubsequence(
                        "2023-defence-talks",
                        "2023-a-same-day-trade-deal",
                        "2023-partnership-declaration",
                        "2006-debt-deal",
                        "2001-script-title");
        assertThat(pair.select("h2").eachText()).containsSubsequence("2023", "2006", "2001");
        assertThat(pair.select("[id=1962-recognition]"))
                .as("the Soviet-era entry is on Algeria–Soviet Union")
                .isEmpty();
    }

    @Test
    void threePartyEntryAppearsOnEachOfItsPairs() {
        project.build();
        for (String pair : List.of("algeria-egypt", "algeria-russia", "egypt-russia")) {
            assertThat(project.page("relations/" + pair + "/index.html").select("[id=2023-a-same-day-trade-deal]"))
                    .as(pair)
                    .hasSize(1);
        }
    }

    @Test
    void everyInternalLinkResolvesToAFileUnderTheBasePath() throws IOException {
        assertThat(project.build().exitCode()).isZero();
        List<String> broken = new ArrayList<>();
        for (String file : project.htmlFiles()) {
            Document doc = project.page(file);
            for (Element el : doc.select("a[href], link[href], script[src], img[src]")) {
                String url = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (url.startsWith("http") || url.startsWith("mailto:") || url.startsWith("#")) continue;
                assertThat(url).as("link in " + file).startsWith("/timeline/");
                String path = URI.create(url).getPath().substring("/timeline/".length());
                Path target = project.site().resolve(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
                if (!Files.isRegularFile(target)) broken.add(file + " -> " + url);
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void baseUrlOptionMovesEveryLink() {
        assertThat(project.build("--base-url", "https://user.github.io/repo").exitCode())
                .isZero();
        Document home = project.page("index.html");
        assertThat(home.select("a[href]").eachAttr("href"))
                .allMatch(h -> h.startsWith("/repo/") || h.startsWith("http") || h.startsWith("#"));
        assertThat(home.select("link[rel=stylesheet]").attr("href")).isEqualTo("/repo/assets/style.css");
    }

    @Test
    void scriptInATitleIsShownAsTextNeverRun() {
        project.build();
        Document entry = project.page("entries/2001/script-title/index.html");
        assertThat(entry.select("h1").text()).isEqualTo("<script>alert('x')</script> Strategic partnership");
        assertThat(entry.select("a[href^=javascript]")).isEmpty();
        for (String file : project.htmlFiles()) {
            Document doc = project.page(file);
            // Executable scripts are the theme's own; data blocks (JSON-LD) carry the title escaped.
            assertThat(doc.select("script:not([type=application/ld+json])").stream()
                            .map(Element::data))
                    .as(file)
                    .noneMatch(s -> s.contains("alert("));
            assertThat(doc.select("script[type=application/ld+json]").stream().map(Element::data))
                    .as(file)
                    .noneMatch(s -> s.contains("<"));
        }
    }

    @Test
    void entryPageShowsDateAsWrittenPartiesTopicsAndSources() {
        project.build();
        Document talks = project.page("entries/2023/defence-talks/index.html");
        assertThat(talks.select("time[datetime=2023-08-01]").first().text()).isEqualTo("1 August 2023");
        assertThat(talks.select("a[href=/timeline/countries/algeria/]")).isNotEmpty();
        assertThat(talks.select("a[href=/timeline/topics/defense/]").text()).contains("Defence");
        assertThat(talks.select("a[href=https://example.org/report-one]").text())
                .contains("Fixture report one");
        Document recognition = project.page("entries/1962/recognition/index.html");
        assertThat(recognition.select("h1").text()).isEqualTo("1962");
        assertThat(recognition.select("time[datetime=1962]").first().text()).isEqualTo("c. 1962");
        Document debt = project.page("entries/2006/debt-deal/index.html");
        assertThat(debt.select("time[datetime=2006-03]").first().text()).isEqualTo("March 2006");
    }

    @Test
    void pairTimelinesLinkTheSameRelationshipUnderAFormerOrLaterState() {
        project.build();
        Document russia = project.page("relations/algeria-russia/index.html");
        assertThat(russia.select(
                                ".key-facts div:contains(Under a former state) a[href=/timeline/relations/algeria-soviet-union/]")
                        .text())
                .isEqualTo("Algeria\u2013Soviet Union");
        Document soviet = project.page("relations/algeria-soviet-union/index.html");
        assertThat(soviet.select(
                        ".key-facts div:contains(Under a later state) a[href=/timeline/relations/algeria-russia/]"))
                .hasSize(1);
        assertThat(project.page("relations/norway-sweden/index.html").text())
                .doesNotContain("former state")
                .doesNotContain("later state");
    }

    @Test
    void aPairWrittenTheOtherWayRoundLeadsToThePair() throws IOException {
        assertThat(project.build().exitCode()).isZero();
        Document reversed = project.page("relations/russia-algeria/index.html");
        assertThat(reversed.select("meta[http-equiv=refresh]").attr("content"))
                .isEqualTo("0; url=/timeline/relations/algeria-russia/");
        assertThat(reversed.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/timeline/relations/algeria-russia/");
        assertThat(reversed.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(reversed.select("body a").attr("href")).isEqualTo("/timeline/relations/algeria-russia/");
        assertThat(Files.readString(project.site().resolve("sitemap.xml"))).doesNotContain("russia-algeria");
        assertThat(project.site().resolve("relations/russia-egypt-algeria")).doesNotExist();
    }

    @Test
    void norwayGetsItsOwnPages() {
        project.build();
        assertThat(project.page("relations/norway-sweden/index.html").select("[id=2001-norway-sweden]"))
                .hasSize(1);
        assertThat(project.page("countries/norway/index.html").select("h1").text())
                .isEqualTo("Norway");
    }

    @Test
    void draftsAreLeftOutUnlessAsked() {
        project.build();
        assertThat(project.site().resolve("entries/2001/eu-draft")).doesNotExist();
        project.build("--drafts");
        assertThat(project.page("relations/european-union-russia/index.html").select("[id=2001-eu-draft]"))
                .hasSize(1);
    }

    @Test
    void failedBuildLeavesThePreviousSiteUntouched() throws IOException {
        assertThat(project.build().exitCode()).isZero();
        Path home = project.site().resolve("index.html");
        String before = Files.readString(home);
        long modified = Files.getLastModifiedTime(home).toMillis();
        project.write(
                "entries/2024/2024-01-01-broken.md",
                "---\ntitle: Broken\ndate: 2024-01-01\ncountries: [DZ, Atlantis]\n---\n");
        project.write(
                "entries/2024/2024-01-02-broken-too.md",
                "---\ntitle: Broken\ndate: tomorrow\ncountries: [DZ, RU]\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains("2024-01-01-broken.md:4:17: error: unknown country 'Atlantis'")
                .contains("2024-01-02-broken-too.md:3:7: error: 'tomorrow' is not a date");
        assertThat(Files.readString(home)).isEqualTo(before);
        assertThat(Files.getLastModifiedTime(home).toMillis()).isEqualTo(modified);
        assertThat(new org.relationstimeline.site.StateFiles(project.site()).staging())
                .doesNotExist();
    }

    @Test
    void successfulBuildRemovesPagesOfDeletedEntries() throws IOException {
        project.build();
        assertThat(project.site().resolve("relations/norway-sweden/index.html")).exists();
        Files.delete(project.content().resolve("entries/2001/2001-05-01-norway-sweden.md"));
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.site().resolve("relations/norway-sweden")).doesNotExist();
        assertThat(project.site().resolve("entries/2001/norway-sweden")).doesNotExist();
    }

    @Test
    void duplicateUrlsAreAnError() {
        project.write(
                "entries/other/2023-08-01-defence-talks.md",
                "---\ntitle: Same slug\ndate: 2023-02-01\ncountries: [DZ, FR]\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("entry URL /entries/2023/defence-talks/ is already used by");
    }

    @Test
    void outputFolderMayNotHoldTheSources() {
        TestProject.Run run = project.build("--out", project.root().toString());
        assertThat(run.exitCode()).as("a refused --out is a usage error").isEqualTo(2);
        assertThat(run.err()).contains("refusing to use");
        assertThat(project.content()).exists();
    }

    @Test
    void rebuildingUnchangedContentRewritesNothing() throws IOException {
        project.build();
        Path page = project.site().resolve("relations/algeria-russia/index.html");
        Object inode = Files.getAttribute(page, "unix:ino");
        TestProject.Run second = project.build();
        assertThat(second.out()).contains(" 0 written");
        assertThat(Files.getAttribute(page, "unix:ino")).isEqualTo(inode);
    }
}
