package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Links between entries: references resolved at build time, site paths warned about, broken ones located. */
class BodyLinksBuildTest {
    private static final String LINKS = "entries/2023/2023-09-01-links.md";

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    /** An entry whose body (from line 8 of the file) is {@code body}. */
    private void linksEntry(String body) {
        project.write(
                LINKS,
                "---\ntitle: Links\ndate: 2023-09-01\ncountries: [DZ, RU]\ntopics: [diplomacy]\n"
                        + "sources: [https://example.org/x]\n---\n" + body);
    }

    private Document linksPage() {
        return project.page("entries/2023/links/index.html");
    }

    @Test
    void referencesBecomeTheAddressesOfTheirPagesUnderTheBasePath() {
        linksEntry(
                "See [the declaration](entry:partnership-declaration \"Signed\"), [the talks](entry:2023/defence-talks#sources),\n"
                        + "[the pair](pair:RU-DZ), [the pair by slug](pair:algeria-russia) and [Algeria][dz].\n\n[dz]: country:Algeria\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(linksPage().select(".prose a").eachAttr("href"))
                .containsExactly(
                        "/timeline/entries/2023/partnership-declaration/",
                        "/timeline/entries/2023/defence-talks/#sources",
                        "/timeline/relations/algeria-russia/",
                        "/timeline/relations/algeria-russia/",
                        "/timeline/countries/algeria/");
        assertThat(linksPage().select(".prose a").first().attr("title")).isEqualTo("Signed");
        assertThat(run.err()).doesNotContain(LINKS);
    }

    @Test
    void aBrokenReferenceIsAnErrorAtTheLinkWithDidYouMean() {
        linksEntry("First line.\n\nAs agreed in [the declaration](entry:partnership-declaraton).\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(LINKS + ":10:14: error: link 'entry:partnership-declaraton' names no entry"
                        + " (did you mean 'entry:partnership-declaration'?)");
    }

    @Test
    void aPairWithoutATimelineAndAnUnknownCountryAreErrors() {
        linksEntry("[a](pair:DZ-NO) [b](country:Algeira)\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .contains(LINKS
                        + ":8:1: error: link 'pair:DZ-NO' names the pair Algeria\u2013Norway, which has no timeline")
                .contains(LINKS
                        + ":8:17: error: link 'country:Algeira' names no country (did you mean 'country:Algeria'?)");
    }

    @Test
    void aRootRelativeLinkGetsTheBasePathAndAWarningSayingWhichReferenceToWrite() {
        linksEntry(
                "[the talks](/entries/2023/defence-talks/ \"Talks\") and [the next one](../partnership-declaration/).\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isZero();
        assertThat(linksPage().select(".prose a").eachAttr("href"))
                .containsExactly("/timeline/entries/2023/defence-talks/", "../partnership-declaration/");
        assertThat(linksPage().select(".prose a").first().attr("title")).isEqualTo("Talks");
        assertThat(run.err())
                .contains(LINKS + ":8:1: warning: link '/entries/2023/defence-talks/' is not checked and breaks"
                        + " when the page moves or the site's base path changes (write 'entry:defence-talks')")
                .contains(LINKS + ":8:55: warning: link '../partnership-declaration/' is not checked")
                .contains("(write 'entry:partnership-declaration')");
    }

    @Test
    void aLinkTheSanitiserRemovesIsAWarningNotASilentLoss() {
        linksEntry("[x](javascript:alert(1)) [y](enty:defence-talks) ![z](http://insecure.example/z.png)\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isZero();
        assertThat(linksPage().select(".prose a[href], .prose img[src]")).isEmpty();
        assertThat(run.err())
                .contains(LINKS + ":8:1: warning: link 'javascript:alert(1)' is removed")
                .contains(LINKS + ":8:26: warning: link 'enty:defence-talks' is removed")
                .contains("(did you mean 'entry'?)")
                .contains(LINKS + ":8:50: warning: image 'http://insecure.example/z.png' is removed");
    }

    @Test
    void aReferenceByFilePathFollowsTheEntryWhenItsSlugChanges() throws Exception {
        linksEntry("[the talks](entry:2023-08-01-defence-talks.md)\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(linksPage().select(".prose a").attr("href")).isEqualTo("/timeline/entries/2023/defence-talks/");
        Path talks = project.content().resolve("entries/2023/2023-08-01-defence-talks.md");
        Files.writeString(talks, Files.readString(talks).replaceFirst("---\n", "---\nslug: military-talks\n"));
        assertThat(project.build().exitCode()).isZero();
        assertThat(linksPage().select(".prose a").attr("href")).isEqualTo("/timeline/entries/2023/military-talks/");
    }

    @Test
    void aReferenceBySlugIsAnErrorOnceTheSlugChanges() throws Exception {
        linksEntry("[the talks](entry:defence-talks)\n");
        Path talks = project.content().resolve("entries/2023/2023-08-01-defence-talks.md");
        Files.writeString(talks, Files.readString(talks).replaceFirst("---\n", "---\nslug: military-talks\n"));
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(LINKS + ":8:1: error: link 'entry:defence-talks' names no entry");
    }
}
