package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * A reader never meets a relationship that exists only because of a multilateral event as if it
 * were one: indexes rank relations by their bilateral entries and list the others apart, and an
 * entry page summarises the timelines on which it stands alone.
 */
class MultilateralPagesTest {
    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
        project.write(
                "entries/2010/2010-01-01-eu-talks.md",
                "---\ntitle: EU and Russia talk\ndate: 2010-01-01\ncountries: [EU, RU]\ntopics: [energy]\n---\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theRelationsIndexRanksByBilateralEntriesAndListsTheOthersApart() {
        Document index = project.page("relations/index.html");
        assertThat(index.select("main > ol.count-list > li > a").eachText())
                .containsExactly(
                        "Algeria\u2013Russia",
                        "Algeria\u2013Soviet Union",
                        "European Union\u2013Russia",
                        "Norway\u2013Sweden");
        assertThat(index.select("main > ol.count-list > li")
                        .first()
                        .select(".count")
                        .text())
                .isEqualTo("4 bilateral events +1 with other parties");
        assertThat(index.select(".relations-multilateral li a").eachText())
                .containsExactly("Algeria\u2013Egypt", "Egypt\u2013Russia");
        assertThat(index.select("a[href=/timeline/relations/multilateral/]").text())
                .isEqualTo("listed together");
    }

    @Test
    void theHomePageRanksByBilateralEntriesAndLeavesOutRelationsKnownOnlyFromMultilateralEvents() {
        Document home = project.page("index.html");
        assertThat(home.select(".home-aside li a").eachText())
                .containsExactly(
                        "Algeria\u2013Russia",
                        "Algeria\u2013Soviet Union",
                        "European Union\u2013Russia",
                        "Norway\u2013Sweden");
        assertThat(home.select(".intro__stats").text())
                .isEqualTo(
                        "8 events across 4 bilateral relations between 7 countries and organisations, and 1 multilateral event.");
    }

    @Test
    void anEntryPageNamesThePairsWhereItHasNeighboursAndSummarisesTheRestInOneLine() {
        Document entry = project.page("entries/2023/a-same-day-trade-deal/index.html");
        assertThat(entry.select(".neighbours__title").eachText()).containsExactly("Algeria\u2013Russia");
        assertThat(entry.select(".neighbours__alone").text())
                .isEqualTo(
                        "It is the only event so far on 2 other timelines of its parties: Algeria\u2013Egypt, Egypt\u2013Russia.");
        assertThat(entry.select(".neighbours__alone a").eachAttr("href"))
                .containsExactly(
                        "/timeline/relations/algeria-egypt/#2023-a-same-day-trade-deal",
                        "/timeline/relations/egypt-russia/#2023-a-same-day-trade-deal");
        assertThat(entry.text()).doesNotContain("This is the only event on the");
    }

    @Test
    void aBilateralEntryAloneOnItsTimelineSaysSoOnce() {
        Document entry = project.page("entries/2001/norway-sweden/index.html");
        assertThat(entry.select(".neighbours__none").eachText())
                .containsExactly("This is the only event on the Norway\u2013Sweden timeline so far.");
        assertThat(entry.select(".neighbours__context a").attr("href"))
                .isEqualTo("/timeline/relations/norway-sweden/#2001-norway-sweden");
    }

    @Test
    void multilateralEventsHaveAnIndexOfTheirOwn() {
        Document page = project.page("relations/multilateral/index.html");
        assertThat(page.select("h1").text()).isEqualTo("Multilateral events");
        assertThat(page.select(".entry-card__title").eachText()).containsExactly("A same-day trade memorandum");
        assertThat(page.select(".breadcrumbs a").eachText()).containsExactly("Home", "Relations");
        assertThat(page.select(".site-nav a.is-section").text()).isEqualTo("Relations");
    }

    @Test
    void anOrganisationHasAPageLikeACountrys() {
        Document eu = project.page("countries/european-union/index.html");
        assertThat(eu.select(".eyebrow").text()).isEqualTo("Organisation");
        assertThat(eu.select(".partners li a").eachText()).containsExactly("European Union\u2013Russia");
        assertThat(eu.select(".key-facts dt").eachText())
                .contains("Recorded event")
                .doesNotContain("Capital");
        assertThat(eu.select("[id=2010-eu-talks]")).hasSize(1);
        assertThat(project.page("countries/index.html").select("a[href=/timeline/countries/european-union/]"))
                .isNotEmpty();
    }
}
