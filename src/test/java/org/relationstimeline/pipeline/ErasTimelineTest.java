package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * A pair timeline told in the eras of its profile, and every timeline read oldest first as well as newest first,
 * as a reader finds them on the built site: 241 events of Algeria and Russia, more than one page of 200, across
 * four eras with a gap between two of them and events before the first.
 */
class ErasTimelineTest {
    static final String BASE = "/t/";
    static final String PAIR = BASE + "relations/algeria-russia/";

    /** The eras as an editor writes them (out of order: the profile sorts them). */
    static final String PROFILE = """
            ---
            summary: A fixture profile told in eras.
            eras:
              - title: Strategic partnership
                from: 2001-04-03
                summary: The partnership era.
              - title: Soviet years
                from: 1962-03-23
                to: 1991-12-26
                summary: The Soviet Union was Algeria's partner.
              - title: Russian Federation
                from: 1991-12-26
                to: 1999-12-31
            ---
            The overview.
            """;

    /** Events of the partnership era, from 4 April 2001 every 30 days. */
    static final int PARTNERSHIP = 230;

    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() throws IOException {
        project = write(dir, "https://example.org/t/");
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    /** The fixture project, for a site at {@code baseUrl} (ErasBrowserTest serves it from loopback). */
    static TestProject write(Path dir, String baseUrl) throws IOException {
        TestProject p = TestProject.empty(dir);
        Files.writeString(
                dir.resolve("site.yaml"),
                "title: Eras\nbase_url: " + baseUrl + "\ntopics:\n  trade: Trade\n  energy: Energy\n");
        entry(p, "1955-01-01", "A first contact", "DZ, RU");
        entry(p, "1962-01", "Talks before independence", "DZ, RU");
        entry(p, "1962-03-23", "Relations established", "DZ, RU");
        entry(p, "1970-01-01", "A trade agreement", "DZ, RU");
        entry(p, "1980-06", "A visit in June", "DZ, RU");
        entry(p, "1991", "An event of 1991", "DZ, RU");
        entry(p, "1991-12-01", "A meeting in December", "DZ, RU");
        entry(p, "1991-12-26", "Russia takes the seat", "DZ, RU");
        entry(p, "1995-05-05", "A visit in 1995", "DZ, RU");
        entry(p, "1999-12-31", "The last day of an era", "DZ, RU");
        entry(p, "2000-05", "Between the eras", "DZ, RU");
        LocalDate day = LocalDate.of(2001, 4, 4);
        for (int i = 0; i < PARTNERSHIP; i++) {
            entry(p, day.toString(), String.format("Partnership event %03d", i), "DZ, RU");
            day = day.plusDays(30);
        }
        entry(p, "2010-02-02", "A pair without a profile", "DZ, FR");
        entry(p, "2012-02-02", "Another event of that pair", "DZ, FR");
        entry(p, "2014-02-02", "The only event of a pair", "FR, RU");
        p.write("relations/algeria-russia.md", PROFILE);
        return p;
    }

    private static void entry(TestProject project, String date, String title, String countries) {
        String slug = title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
        project.write(
                "entries/" + date.substring(0, 4) + "/" + slug + ".md",
                "---\ntitle: " + title + "\ndate: " + date + "\ncountries: [" + countries
                        + "]\ntopics: [trade]\n---\nBody.\n");
    }

    private static Document page(String url) {
        return project.page(url.substring(BASE.length()) + "index.html");
    }

    private static List<String> chapterTitles(Document page) {
        return page.select(".chapter > .chapter__header .chapter__title").eachText();
    }

    private static Element chapter(Document page, String title) {
        return page.select(".chapter").stream()
                .filter(c -> c.selectFirst(".chapter__title").ownText().equals(title))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no chapter " + title + " in " + chapterTitles(page)));
    }

    private static List<String> cardTitles(Element scope) {
        return scope.select(".entry-card__title").eachText();
    }

    @Test
    void theFirstPageTellsTheLatestEraUnderItsHeadingWithDatesAndSummary() {
        Document page = page(PAIR);
        assertThat(chapterTitles(page)).containsExactly("Strategic partnership");
        Element era = page.selectFirst(".chapter");
        assertThat(era.selectFirst(".chapter__title").id()).isEqualTo("era-strategic-partnership");
        assertThat(era.selectFirst(".chapter__span").text()).isEqualTo("Since 3 April 2001 \u00b7 230 events");
        assertThat(era.selectFirst(".chapter__span time").attr("datetime")).isEqualTo("2001-04-03");
        assertThat(era.selectFirst(".chapter__summary").text()).isEqualTo("The partnership era.");
        assertThat(era.select(".entry-card")).hasSize(200);
        assertThat(era.select(".chapter__continued")).isEmpty();
        // The eras' list at the top would say the same again: the chapters carry it.
        assertThat(page.select(".eras")).isEmpty();
    }

    @Test
    void theTableOfContentsListsEveryChapterInThePagesOrderLinkedToWhereItBegins() {
        Document page = page(PAIR);
        assertThat(page.select(".era-index li > a").eachText())
                .containsExactly(
                        "Strategic partnership",
                        "Between 31 December 1999 and 3 April 2001",
                        "Russian Federation",
                        "Soviet years",
                        "Before 23 March 1962");
        assertThat(page.select(".era-index li > a").eachAttr("href"))
                .containsExactly(
                        "#era-strategic-partnership",
                        PAIR + "page/2/#era-between-2",
                        PAIR + "page/2/#era-russian-federation",
                        PAIR + "page/2/#era-soviet-years",
                        PAIR + "page/2/#era-before");
        assertThat(page.select(".era-index li .count").eachText())
                .containsExactly("230 events", "1 event", "3 events", "5 events", "2 events");
        assertThat(page.select(".era-index li")
                        .get(3)
                        .selectFirst(".era-index__span")
                        .text())
                .isEqualTo("23 March 1962 \u2013 26 December 1991");
    }

    @Test
    void anEraThatGoesOnToTheNextPageRepeatsItsHeadingThereMarkedContinued() {
        Document page = page(PAIR + "page/2/");
        assertThat(chapterTitles(page))
                .containsExactly(
                        "Strategic partnership (continued)",
                        "Between 31 December 1999 and 3 April 2001",
                        "Russian Federation",
                        "Soviet years",
                        "Before 23 March 1962");
        assertThat(chapter(page, "Strategic partnership").select(".entry-card")).hasSize(PARTNERSHIP - 200);
        assertThat(chapter(page, "Strategic partnership")
                        .selectFirst(".chapter__summary")
                        .text())
                .isEqualTo("The partnership era.");
        assertThat(page.select(".era-index li > a").first().attr("href"))
                .as("the era begins on the first page")
                .isEqualTo(PAIR + "#era-strategic-partnership");
    }

    @Test
    void eachEntryIsInTheEraThatCoversItsDateAndTheOthersAreGroupedOutsideThem() {
        Document page = page(PAIR + "page/2/");
        assertThat(cardTitles(chapter(page, "Russian Federation")))
                .as("the day one era ends and the next begins opens the later one")
                .containsExactly("The last day of an era", "A visit in 1995", "Russia takes the seat");
        assertThat(cardTitles(chapter(page, "Soviet years")))
                .as("a date known to the year only is placed by its first day")
                .containsExactly(
                        "A meeting in December",
                        "An event of 1991",
                        "A visit in June",
                        "A trade agreement",
                        "Relations established");
        assertThat(cardTitles(chapter(page, "Between 31 December 1999 and 3 April 2001")))
                .containsExactly("Between the eras");
        assertThat(cardTitles(chapter(page, "Before 23 March 1962")))
                .containsExactly("Talks before independence", "A first contact");
        assertThat(chapter(page, "Before 23 March 1962")
                        .selectFirst(".chapter__span")
                        .text())
                .isEqualTo("Outside the eras of this relation \u00b7 2 events");
    }

    @Test
    void aYearSplitByAnEraBoundaryKeepsOneIdAndEveryIdIsUnique() {
        for (String url : List.of(PAIR, PAIR + "page/2/", PAIR + "oldest-first/", PAIR + "oldest-first/page/2/")) {
            Document page = page(url);
            Set<String> seen = new HashSet<>();
            for (Element e : page.select("[id]"))
                assertThat(seen.add(e.id())).as(url + " #" + e.id()).isTrue();
        }
        Document page = page(PAIR + "page/2/");
        assertThat(page.select("[data-year-group=1991]")).hasSize(2);
        assertThat(page.select("#y1991")
                        .first()
                        .closest(".chapter")
                        .selectFirst(".chapter__title")
                        .text())
                .isEqualTo("Russian Federation");
        // Every year the page shows can be jumped to.
        for (String year : page.select("[data-year-jump]").eachAttr("data-year-jump"))
            assertThat(page.select("#y" + year)).as(year).hasSize(1);
    }

    @Test
    void theOldestFirstListingTellsTheStoryFromItsBeginningOnPagesOfTheSameSize() {
        Document first = page(PAIR + "oldest-first/");
        assertThat(cardTitles(first).subList(0, 3))
                .containsExactly("A first contact", "Talks before independence", "Relations established");
        assertThat(chapterTitles(first))
                .containsExactly(
                        "Before 23 March 1962",
                        "Soviet years",
                        "Russian Federation",
                        "Between 31 December 1999 and 3 April 2001",
                        "Strategic partnership");
        assertThat(first.select(".entry-card")).hasSize(200);
        assertThat(first.select(".era-index li > a").last().attr("href")).isEqualTo("#era-strategic-partnership");
        Document second = page(PAIR + "oldest-first/page/2/");
        assertThat(chapterTitles(second)).containsExactly("Strategic partnership (continued)");
        assertThat(second.select(".entry-card")).hasSize(41);
        assertThat(cardTitles(second).get(40)).isEqualTo("Partnership event 229");
        assertThat(second.select(".pagination a[rel=prev]").attr("href")).isEqualTo(PAIR + "oldest-first/");
        assertThat(first.select(".pagination a[rel=next]").attr("href")).isEqualTo(PAIR + "oldest-first/page/2/");
        assertThat(first.select("h1").text()).isEqualTo("Algeria\u2013Russia");
        assertThat(first.title()).startsWith("Algeria\u2013Russia, oldest first");
        assertThat(first.select(".breadcrumbs a").eachAttr("href")).contains(PAIR);
    }

    @Test
    void aVisibleToggleLeadsFromOneOrderToTheOtherWithoutJavaScript() {
        Document newest = page(PAIR + "page/2/");
        assertThat(newest.select(".reading-order a").eachText()).containsExactly("Newest first", "Oldest first");
        assertThat(newest.select(".reading-order a").eachAttr("href")).containsExactly(PAIR, PAIR + "oldest-first/");
        assertThat(newest.select(".reading-order a[aria-current]").text()).isEqualTo("Newest first");
        Document oldest = page(PAIR + "oldest-first/");
        assertThat(oldest.select(".reading-order a[aria-current]").text()).isEqualTo("Oldest first");
    }

    @Test
    void theOldestFirstListingNamesTheMainPageAsCanonicalAndStaysOutOfSitemapFeedsAndExports() throws IOException {
        for (String url : List.of(PAIR + "oldest-first/", PAIR + "oldest-first/page/2/")) {
            Document page = page(url);
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo("https://example.org" + PAIR);
            assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo("https://example.org" + PAIR);
            assertThat(page.select("meta[name=robots]"))
                    .as("canonical, not noindex")
                    .isEmpty();
        }
        assertThat(page(PAIR + "page/2/").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org" + PAIR + "page/2/");
        String sitemap = Files.readString(project.site().resolve("sitemap.xml"));
        assertThat(sitemap)
                .contains("<loc>https://example.org" + PAIR + "</loc>")
                .doesNotContain("oldest-first");
        assertThat(project.site().resolve("relations/algeria-russia/oldest-first/feed.xml"))
                .doesNotExist();
        assertThat(project.site().resolve("relations/algeria-russia/oldest-first/index.json"))
                .doesNotExist();
        assertThat(Files.readString(project.site().resolve("relations/algeria-russia/feed.xml")))
                .doesNotContain("oldest-first");
    }

    @Test
    void aPairWithoutErasKeepsItsYearsAndCountryAndTopicPagesReadOldestFirstToo() {
        Document pair = page(BASE + "relations/algeria-france/");
        assertThat(pair.select(".chapter")).isEmpty();
        assertThat(pair.select(".year-group h2.year-group__year").eachText()).containsExactly("2012", "2010");
        Document oldest = page(BASE + "relations/algeria-france/oldest-first/");
        assertThat(oldest.select(".year-group h2.year-group__year").eachText()).containsExactly("2010", "2012");
        Document country = page(BASE + "countries/france/oldest-first/");
        assertThat(cardTitles(country))
                .containsExactly("A pair without a profile", "Another event of that pair", "The only event of a pair");
        assertThat(page(BASE + "countries/france/").select(".reading-order a").eachAttr("href"))
                .containsExactly(BASE + "countries/france/", BASE + "countries/france/oldest-first/");
        Document topic = page(BASE + "topics/trade/oldest-first/");
        assertThat(cardTitles(topic).get(0)).isEqualTo("A first contact");
        assertThat(topic.select(".lede").text()).endsWith("oldest first.");
        assertThat(project.site().resolve("years/2010/oldest-first")).doesNotExist();
        // A list of one entry reads the same either way: no second listing, no toggle.
        assertThat(project.site().resolve("countries/algeria/oldest-first")).exists();
        assertThat(page(BASE + "relations/france-russia/").select(".reading-order"))
                .isEmpty();
        assertThat(project.site().resolve("relations/france-russia/oldest-first"))
                .doesNotExist();
        assertThat(page(BASE + "years/2010/").select(".reading-order")).isEmpty();
    }

    @Test
    void everyBarOfTheActivityChartLeadsToItsYearOnThePageOfTheTimelineThatHasIt() {
        for (String url : List.of(PAIR, PAIR + "oldest-first/")) {
            Document page = page(url);
            List<String> hrefs =
                    page.select("figure.chart--activity a.chart__link").eachAttr("href");
            assertThat(hrefs).as(url).isNotEmpty();
            for (String href : hrefs) {
                String target = href.substring(0, href.indexOf('#'));
                String id = href.substring(href.indexOf('#') + 1);
                assertThat(page(target).getElementById(id))
                        .as(url + " -> " + href)
                        .isNotNull();
            }
        }
        Document newest = page(PAIR);
        assertThat(newest.select("svg.chart__svg--wide a.chart__link").eachAttr("href"))
                .contains(PAIR + "#y2019", PAIR + "page/2/#y1991", PAIR + "page/2/#y1955");
        assertThat(page(PAIR + "oldest-first/")
                        .select("svg.chart__svg--wide a.chart__link")
                        .eachAttr("href"))
                .contains(PAIR + "oldest-first/#y1955", PAIR + "oldest-first/page/2/#y2019");
        assertThat(newest.select("figure.chart--activity figcaption").text())
                .contains("Counts are of the events recorded on this site");
        assertThat(page(BASE + "countries/france/")
                        .select("figure.chart--partners svg.chart__svg--wide a.chart__link")
                        .eachAttr("href"))
                .containsExactly(BASE + "relations/algeria-france/", BASE + "relations/france-russia/");
    }
}
