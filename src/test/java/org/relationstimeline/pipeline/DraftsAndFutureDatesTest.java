package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Drafts are marked in a preview and stay out of what speaks for the published site; build warns about future dates. */
class DraftsAndFutureDatesTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
        project.write(
                "entries/2023/2023-09-01-planned-visit.md",
                "---\ntitle: Planned visit\ndate: 2023-09-01\n"
                        + "countries: [DZ, RU]\nsources: [https://example.org/visit]\ndraft: true\n---\nNot yet confirmed.\n");
    }

    private String site(String file) throws Exception {
        return Files.readString(project.site().resolve(file));
    }

    @Test
    void aDraftIsMarkedOnItsPageAndItsCardsInAPreview() {
        assertThat(project.build("--drafts").exitCode()).isZero();
        Document page = project.page("entries/2023/planned-visit/index.html");
        assertThat(page.select(".draft-notice").text()).startsWith("Draft. Not published");
        assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        Document pair = project.page("relations/algeria-russia/index.html");
        assertThat(pair.select("[id=2023-planned-visit] .draft-badge").text()).isEqualTo("Draft");
        assertThat(pair.select("[id=2023-defence-talks] .draft-badge")).isEmpty();
        assertThat(project.page("entries/2023/defence-talks/index.html").select(".draft-notice"))
                .isEmpty();
    }

    @Test
    void withDraftsTheSitemapFeedsAndExportsStillHoldOnlyPublishedEntries() throws Exception {
        assertThat(project.build("--drafts").exitCode()).isZero();
        for (String file : new String[] {
            "sitemap.xml",
            "feed.xml",
            "relations/algeria-russia/feed.xml",
            "countries/algeria/feed.xml",
            "data/entries.json",
            "data/entries.csv",
            "relations/algeria-russia/index.json"
        }) {
            assertThat(site(file)).as(file).doesNotContain("planned-visit").doesNotContain("Planned visit");
        }
        assertThat(site("sitemap.xml")).contains("/timeline/entries/2023/defence-talks/");
        assertThat(site("feed.xml")).contains("Defence chiefs meet in Moscow");
    }

    @Test
    void buildWarnsAboutADateInTheFutureAndStillBuilds() {
        project.write(
                "entries/2999/2999-01-01-far-future.md",
                "---\ntitle: Far future\ndate: 2999-01-01\n"
                        + "countries: [DZ, RU]\nsources: [https://example.org/x]\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).isZero();
        assertThat(run.err())
                .contains("entries/2999/2999-01-01-far-future.md:3:1: warning: date 2999-01-01 is in the future"
                        + " (today is ");
    }
}
