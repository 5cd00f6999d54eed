package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.TestProject;

/**
 * Every id on every page is unique whatever the slugs: two entries with the same slug in
 * different years on one timeline, and entries whose slugs look like year headings ("y2023"),
 * still give distinct anchors, and every in-site {@code #fragment} link finds its element, the
 * right one.
 */
class UniqueIdsTest {
    static final String BASE = "https://example.org/timeline/";

    // Every test only reads the built site, so it is built once for the class.
    @TempDir
    static Path dir;

    static TestProject project;

    private static void entry(String path, String title, String date, String extra) {
        project.write(
                "entries/" + path,
                "---\ntitle: " + title + "\ndate: " + date + "\ncountries: [Algeria, Russia]\n" + "topics: [trade]\n"
                        + extra + "---\nBody of " + title + ".\n");
    }

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.empty(dir);
        Files.writeString(dir.resolve("site.yaml"), "title: Ids\nbase_url: " + BASE + "\ntopics:\n  trade: Trade\n");
        entry("2023/2023-03-01-talks.md", "Talks in 2023", "2023-03-01", "");
        entry("2021/2021-03-01-talks.md", "Talks in 2021", "2021-03-01", "");
        entry("2023/2023-04-01-heading.md", "Looks like a year heading", "2023-04-01", "slug: y2023\n");
        entry("2023/2023-05-01-other-year.md", "Looks like another year heading", "2023-05-01", "slug: y2021\n");
        entry("2021/2021-06-01-two-thousand.md", "Slug made of the year", "2021-06-01", "slug: '2021'\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void noPageHasTwoElementsWithOneId() {
        List<String> duplicates = new ArrayList<>();
        for (String page : project.htmlFiles()) {
            Map<String, Integer> seen = new HashMap<>();
            for (Element el : project.page(page).select("[id]")) seen.merge(el.id(), 1, Integer::sum);
            seen.forEach((id, n) -> {
                if (n > 1) duplicates.add(page + ": id '" + id + "' " + n + " times");
            });
        }
        assertThat(project.htmlFiles())
                .contains(
                        "relations/algeria-russia/index.html",
                        "years/2023/index.html",
                        "countries/algeria/index.html",
                        "topics/trade/index.html",
                        "index.html");
        assertThat(duplicates).isEmpty();
    }

    @Test
    void everyInSiteFragmentLinkResolves() {
        assertThat(new SiteLinks(project.site(), BASE).broken()).isEmpty();
    }

    @Test
    void pairLinksOfSameSlugEntriesLeadToTheirOwnCards() {
        Document timeline = project.page("relations/algeria-russia/index.html");
        for (String entryUrl : List.of(
                "/timeline/entries/2023/talks/",
                "/timeline/entries/2021/talks/",
                "/timeline/entries/2023/y2023/",
                "/timeline/entries/2023/y2021/",
                "/timeline/entries/2021/2021/")) {
            Document page = project.page(entryUrl.substring("/timeline/".length()) + "index.html");
            List<String> links =
                    page.select("a[href*=/relations/algeria-russia/#]").eachAttr("href");
            assertThat(links).as(entryUrl).isNotEmpty();
            for (String link : links) {
                String id = link.substring(link.indexOf('#') + 1);
                Element target = timeline.getElementById(id);
                assertThat(target).as(link).isNotNull();
                assertThat(target.hasClass("entry-card"))
                        .as(link + " leads to an entry card")
                        .isTrue();
                assertThat(target.select("h3 a").attr("href"))
                        .as(link + " leads to the card of " + entryUrl)
                        .isEqualTo(entryUrl);
            }
        }
        // The year headings and the year jump links still meet.
        for (Element jump : timeline.select(".year-jump a")) {
            Element heading = timeline.getElementById(jump.attr("href").substring(1));
            assertThat(heading).as(jump.attr("href")).isNotNull();
            assertThat(heading.tagName()).isEqualTo("h2");
            assertThat(heading.text()).isEqualTo(jump.text());
        }
    }
}
