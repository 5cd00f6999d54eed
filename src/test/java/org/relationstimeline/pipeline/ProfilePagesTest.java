package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** Profiles, the key facts box, generated leads and general pages, as a reader sees them on the built site. */
class ProfilePagesTest {
    static final String PROFILE = """
            ---
            summary: A fixture profile of Algeria and Russia.
            established: 1962~
            facts:
              - label: Strategic partnership
                value: declared in 2001
                source:
                  title: Fixture source
                  publisher: Fixture Publisher
                  date: 2001-04-04
                  url: https://example.org/fixture-source
            eras:
              - title: Russian Federation
                from: 1991-12-26
              - title: Soviet years
                from: 1962
                to: 1991-12-26
                summary: The Soviet Union was Algeria's partner.
            related: [egypt-russia, algeria-egypt, egypt-norway]
            ---
            The **overview** of the relation.
            """;

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
        project.write("relations/algeria-russia.md", PROFILE);
        project.write("countries/algeria.md", """
                ---
                summary: A fixture profile of Algeria.
                facts:
                  - label: Independence
                    value: 5 July 1962
                    source: https://example.org/independence
                ---
                Algeria's overview.
                """);
        project.write("pages/about.md", """
                ---
                title: About
                summary: What this fixture site is.
                ---
                This site is a *fixture*.
                """);
        project.write("pages/corrections.md", """
                ---
                title: Corrections
                ---
                How to propose a correction.
                """);
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private Document pair() {
        return project.page("relations/algeria-russia/index.html");
    }

    @Test
    void aProfileOpensItsPairPageWithItsSummaryAndOverview() {
        Document page = pair();
        assertThat(page.select(".page-header .lede").text()).isEqualTo("A fixture profile of Algeria and Russia.");
        assertThat(page.select(".profile-overview .prose strong").text()).isEqualTo("overview");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("A fixture profile of Algeria and Russia.");
    }

    @Test
    void erasAreListedOldestFirstWithTheirSpans() {
        // The pair's timeline is told in its eras: their list is the table of contents, in the reading order.
        Document page = project.page("relations/algeria-russia/oldest-first/index.html");
        assertThat(page.select(".era-index__item > :first-child").eachText())
                .containsExactly("Soviet years", "Russian Federation");
        assertThat(page.select(".era-index__span").eachText())
                .containsExactly("1962 \u2013 26 December 1991", "Since 26 December 1991");
        assertThat(page.select(".era-index__span").first().select("time").eachAttr("datetime"))
                .containsExactly("1962", "1991-12-26");
        assertThat(page.select(".era-index .count").eachText()).containsExactly("no events recorded", "5 events");
        assertThat(page.select(".era-index__summary").eachText())
                .as("an era without events keeps its summary in the list")
                .containsExactly("The Soviet Union was Algeria's partner.");
        assertThat(pair().select(".era-index__item > :first-child").eachText())
                .containsExactly("Russian Federation", "Soviet years");
    }

    @Test
    void seeAlsoLinksOnlyTheRelatedRelationsThatHavePages() {
        assertThat(pair().select(".see-also a").eachAttr("href"))
                .containsExactly("/timeline/relations/egypt-russia/", "/timeline/relations/algeria-egypt/");
    }

    @Test
    void theKeyFactsBoxShowsTheEditorsFactWithItsSource() {
        Element fact = pair().select(".key-facts__list > div:has(dt:containsOwn(Strategic partnership))")
                .first();
        assertThat(fact.select("dd > span").first().text()).isEqualTo("declared in 2001");
        assertThat(fact.select(".key-facts__source a[href=https://example.org/fixture-source]")
                        .text())
                .isEqualTo("Fixture source");
        assertThat(fact.select(".key-facts__source").text())
                .contains("Fixture Publisher")
                .contains("4 April 2001");
    }

    @Test
    void theKeyFactsBoxSaysWhatTheDataSays() {
        Document page = pair();
        assertThat(fact(page, "Diplomatic relations established")).isEqualTo("c. 1962 (the event)");
        assertThat(page.select(".key-facts dd a:containsOwn(the event)").attr("href"))
                .isEqualTo("/timeline/entries/1962/recognition/");
        assertThat(fact(page, "Capital of Algeria")).isEqualTo("Algiers");
        assertThat(fact(page, "Capital of Russia")).isEqualTo("Moscow");
        assertThat(fact(page, "Recorded events")).isEqualTo("5 events: 4 bilateral, 1 with other parties");
        assertThat(fact(page, "First recorded event")).startsWith("4 April 2001:");
        assertThat(fact(page, "Latest recorded event")).isEqualTo("1 August 2023: Defence chiefs meet in Moscow");
        assertThat(fact(page, "Events by topic")).isEqualTo("Defence 2 Diplomacy 2 Trade 2");
        assertThat(fact(page, "Busiest year")).isEqualTo("2023: 3 events");
        assertThat(fact(page, "Under a former state")).isEqualTo("Algeria\u2013Soviet Union (1 event)");
        assertThat(page.select(".key-facts__note").text()).contains("recorded");
    }

    @Test
    void aCountryPageHasItsProfileAndKeyFacts() {
        Document page = project.page("countries/algeria/index.html");
        assertThat(page.select(".page-header .lede").text()).isEqualTo("A fixture profile of Algeria.");
        assertThat(page.select(".profile-overview .prose").text()).isEqualTo("Algeria's overview.");
        assertThat(fact(page, "Independence")).startsWith("5 July 1962");
        assertThat(fact(page, "Capital")).isEqualTo("Algiers");
        Document russia = project.page("countries/russia/index.html");
        assertThat(fact(russia, "Capital")).isEqualTo("Moscow");
    }

    @Test
    void aPageWithoutAProfileOpensWithASentenceFromTheData() {
        Document nordic = project.page("relations/norway-sweden/index.html");
        assertThat(nordic.select(".page-header .lede").text())
                .isEqualTo("The timeline records 1 event between Norway and Sweden, 2001.");
        assertThat(nordic.select(".profile-overview, .eras, .see-also")).isEmpty();
        assertThat(fact(nordic, "Recorded event")).isEqualTo("1 May 2001: Nordic meeting");
        Document russia = project.page("countries/russia/index.html");
        assertThat(russia.select(".page-header .lede").text())
                .isEqualTo(
                        "The timeline records 5 events involving Russia, 2001\u20132023, with 2 partners. Algeria is the most frequent partner (5 events).");
    }

    @Test
    void aRelationKnownOnlyFromMultilateralEventsSaysSo() {
        Document page = project.page("relations/algeria-egypt/index.html");
        assertThat(page.select(".page-header .lede").text())
                .isEqualTo(
                        "Algeria and Egypt appear on the timeline only together with other parties: 1 event with three or more parties, 2023.");
        assertThat(fact(page, "Recorded event")).startsWith("15 June 2023");
    }

    @Test
    void generalPagesHaveTheirOwnAddressAndAreLinkedFromEveryFooter() {
        Document about = project.page("pages/about/index.html");
        assertThat(about.select("h1").text()).isEqualTo("About");
        assertThat(about.select(".prose em").text()).isEqualTo("fixture");
        assertThat(about.select("meta[name=description]").attr("content")).isEqualTo("What this fixture site is.");
        assertThat(about.select(".site-footer__pages a[aria-current=page]").text())
                .isEqualTo("About");
        for (String file : project.pageFiles()) {
            assertThat(project.page(file).select(".site-footer__pages a").eachAttr("href"))
                    .as(file)
                    .containsExactly("/timeline/pages/about/", "/timeline/pages/corrections/");
        }
    }

    @Test
    void profilesAndPagesAreNotEntries() {
        assertThat(project.build().out()).contains("built 7 entries");
        assertThat(Files.exists(project.site().resolve("entries/2023/algeria-russia")))
                .isFalse();
        assertThat(project.run("check").out()).contains("checked 12 file(s): 0 error(s)");
    }

    @Test
    void anEditedProfileIsShownAtTheNextBuild() {
        project.write("relations/algeria-russia.md", PROFILE.replace("A fixture profile", "An edited profile"));
        assertThat(project.build().exitCode()).isZero();
        assertThat(pair().select(".page-header .lede").text()).isEqualTo("An edited profile of Algeria and Russia.");
    }

    @Test
    void anEditedPageTitleIsShownInEveryFooter() {
        project.write("pages/about.md", "---\ntitle: About this site\n---\nText.\n");
        assertThat(project.build().exitCode()).isZero();
        assertThat(project.page("index.html").select(".site-footer__pages a").eachText())
                .containsExactly("About this site", "Corrections");
    }

    /** The text of the key facts row with this label. */
    private static String fact(Document page, String label) {
        return page.select(".key-facts__list > div").stream()
                .filter(d -> d.select("dt").text().equals(label))
                .findFirst()
                .map(d -> d.select("dd").text())
                .orElse("(no row " + label + ")");
    }
}
