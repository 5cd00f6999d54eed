package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.HtmlValidator;
import org.relationstimeline.testing.Rfc4180;
import org.relationstimeline.testing.TestProject;

/**
 * Entries that are spans ({@code date: START/END}, {@code START/..}), read as a reader meets
 * them in the built site: the entry page and the cards say both ends, each in its own
 * {@code <time>}; the pair page draws them as linked bars; the exports, the feed and the JSON-LD
 * carry the end.
 */
class DateRangePagesTest {
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.copy("basic", dir);
        project.write(
                "entries/1995/1995-11-01-long-talks.md",
                "---\ntitle: Long talks on debt\ndate: 1995-11-01/1999-03-19\ncountries: [DZ, RU]\n"
                        + "topics: [trade]\nsummary: Talks that ran for years.\n---\nBody.\n");
        project.write(
                "entries/2022/2022-02-24-ongoing-cooperation.md",
                "---\ntitle: Ongoing naval cooperation\ndate: 2022-02-24/..\ncountries: [DZ, RU]\n"
                        + "topics: [defense]\n---\nBody.\n");
        project.write(
                "entries/1965/1965-nordic-commission.md",
                "---\ntitle: Nordic commission\ndate: 1965/1966~\ncountries: [NO, SE]\n---\nBody.\n");
        project.write(
                "entries/1966/1966-05-01-nordic-visit.md",
                "---\ntitle: Nordic visit\ndate: 1966-05-01\ncountries: [NO, SE]\n---\nBody.\n");
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theEntryPageSaysBothEndsEachInItsOwnTime() {
        Document page = project.page("entries/1995/long-talks/index.html");
        Element date = page.selectFirst(".entry__date");
        assertThat(date.text()).isEqualTo("1 November 1995 – 19 March 1999");
        assertThat(date.select("time").eachAttr("datetime")).containsExactly("1995-11-01", "1999-03-19");

        Element ongoing =
                project.page("entries/2022/ongoing-cooperation/index.html").selectFirst(".entry__date");
        assertThat(ongoing.text()).isEqualTo("Since 24 February 2022");
        assertThat(ongoing.select("time").eachAttr("datetime")).containsExactly("2022-02-24");

        Element years =
                project.page("entries/1965/nordic-commission/index.html").selectFirst(".entry__date");
        assertThat(years.text()).isEqualTo("1965 – c. 1966");
    }

    @Test
    void aPointDateStaysOneTime() {
        Element date = project.page("entries/2006/debt-deal/index.html").selectFirst(".entry__date");
        assertThat(date.text()).isEqualTo("March 2006");
        assertThat(date.select("time").eachAttr("datetime")).containsExactly("2006-03");
    }

    @Test
    void cardsSayTheSpanAndSpansArePlacedAtTheirStart() {
        Document pair = project.page("relations/algeria-russia/index.html");
        Element card = pair.getElementById("1995-long-talks");
        assertThat(card.selectFirst(".entry-card__meta").text()).isEqualTo("1 November 1995 – 19 March 1999");
        assertThat(card.parents().select("[data-year-group]").first().attr("data-year-group"))
                .isEqualTo("1995");
        assertThat(pair.getElementById("2022-ongoing-cooperation")
                        .selectFirst(".entry-card__meta")
                        .text())
                .isEqualTo("Since 24 February 2022");
        // Newest first by start: the 2022 span comes after the 2023 events and before 2006.
        List<String> order = pair.select("[data-timeline] .entry-card").eachAttr("id");
        assertThat(order.indexOf("2022-ongoing-cooperation"))
                .isGreaterThan(order.indexOf("2023-defence-talks"))
                .isLessThan(order.indexOf("2006-debt-deal"));
        assertThat(order.indexOf("1995-long-talks")).isGreaterThan(order.indexOf("2006-debt-deal"));
    }

    @Test
    void thePairPageDrawsItsSpansAsLinkedBarsOnOneScale() {
        Document pair = project.page("relations/algeria-russia/index.html");
        Element chart = pair.selectFirst(".pair-spans .chart--spans");
        assertThat(chart).isNotNull();
        List<Element> rows = chart.select(".spans__row");
        assertThat(rows)
                .extracting(r -> r.selectFirst("a").text())
                .containsExactly("Long talks on debt", "Ongoing naval cooperation");
        assertThat(rows.get(0).selectFirst("a").attr("href")).isEqualTo("/timeline/entries/1995/long-talks/");
        assertThat(rows.get(0).selectFirst(".spans__dates").text()).isEqualTo("1 November 1995 – 19 March 1999");
        assertThat(rows.get(1).selectFirst(".spans__dates").text()).isEqualTo("since 24 February 2022");
        // The scale runs over the whole timeline, 2001 (its first event) back to the span of 1995, to 2023.
        assertThat(chart.select(".spans__axis span").eachText()).containsExactly("1995", "2023");
        Element first = rows.get(0).selectFirst("rect.spans__bar");
        Element second = rows.get(1).selectFirst("rect.spans__bar");
        double x1 = Double.parseDouble(first.attr("x"));
        double w1 = Double.parseDouble(first.attr("width"));
        double x2 = Double.parseDouble(second.attr("x"));
        double w2 = Double.parseDouble(second.attr("width"));
        // 1 Nov 1995 is 10 months into a 29-year scale of 1000 units; the span lasts about 3.4 years.
        assertThat(x1).isBetween(26.0, 31.0);
        assertThat(w1).isBetween(110.0, 125.0);
        // The ongoing span runs to the end of the scale.
        assertThat(x2 + w2).isEqualTo(1000.0);
        assertThat(second.hasClass("spans__bar--ongoing")).isTrue();
        assertThat(rows.get(0).selectFirst("svg").attr("aria-hidden")).isEqualTo("true");
        assertThat(chart.selectFirst("figcaption").text())
                .isEqualTo("2 periods of the Algeria–Russia timeline, each drawn from its start to its end on a scale "
                        + "from 1995 to 2023; a period still going on runs to the end.");
    }

    @Test
    void aSpanIsListedUnderItsStartYearAndNamedOnTheLaterYearPagesItCovers() {
        assertThat(project.page("years/1995/index.html")
                        .select("[data-timeline] .entry-card")
                        .eachAttr("id"))
                .containsExactly("1995-long-talks");
        // The ongoing span of 2022 was going on in 2023; the closed span of 1995–1999 was not.
        Document y2023 = project.page("years/2023/index.html");
        Element continuing = y2023.selectFirst(".year-continuing");
        assertThat(continuing.selectFirst("h2").text()).isEqualTo("Going on from earlier years");
        assertThat(continuing.select("li").eachText())
                .containsExactly("Ongoing naval cooperation, since 24 February 2022");
        assertThat(continuing.selectFirst("li a").attr("href"))
                .isEqualTo("/timeline/entries/2022/ongoing-cooperation/");
        assertThat(continuing.select("time").eachAttr("datetime")).containsExactly("2022-02-24");
        assertThat(y2023.select("[data-timeline] #2022-ongoing-cooperation")).isEmpty();
        // A closed span is named on the pages of the years it covers after its first, its last included.
        assertThat(project.page("years/1966/index.html")
                        .select(".year-continuing li")
                        .eachText())
                .containsExactly("Nordic commission, 1965 – c. 1966");
        // 2006 is after the 1995–1999 span ended; 2022's own page lists its span as an event of the year.
        assertThat(project.page("years/2006/index.html").select(".year-continuing"))
                .isEmpty();
        assertThat(project.page("years/2022/index.html").select(".year-continuing"))
                .isEmpty();
    }

    @Test
    void pagesWithSpansAreValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        for (String page : List.of(
                "relations/algeria-russia/index.html",
                "entries/1995/long-talks/index.html",
                "entries/2022/ongoing-cooperation/index.html",
                "countries/norway/index.html",
                "years/2023/index.html")) {
            assertThat(validator.errors(project.site().resolve(page))).as(page).isEmpty();
        }
    }

    @Test
    void aPairOfPointsDrawsNoSpanStrip() {
        Document pair = project.page("relations/algeria-egypt/index.html");
        assertThat(pair.select(".chart--spans")).isEmpty();
        assertThat(pair.select(".pair-spans")).isEmpty();
    }

    @Test
    void theEntriesJsonCarriesTheEnd() throws IOException {
        JsonObject data = JsonParser.parseString(read("data/entries.json")).getAsJsonObject();
        Map<String, JsonObject> bySlug = bySlug(data.getAsJsonArray("entries"));
        JsonObject closed = bySlug.get("long-talks");
        assertThat(closed.get("date").getAsString()).isEqualTo("1995-11-01");
        assertThat(closed.get("date_display").getAsString()).isEqualTo("1 November 1995 – 19 March 1999");
        assertThat(closed.get("end_date").getAsString()).isEqualTo("1999-03-19");
        assertThat(closed.get("end_date_precision").getAsString()).isEqualTo("day");
        assertThat(closed.get("end_date_qualifier").getAsString()).isEqualTo("none");
        assertThat(closed.get("ongoing").getAsBoolean()).isFalse();
        JsonObject ongoing = bySlug.get("ongoing-cooperation");
        assertThat(ongoing.get("end_date").getAsString()).isEmpty();
        assertThat(ongoing.get("end_date_precision").getAsString()).isEmpty();
        assertThat(ongoing.get("ongoing").getAsBoolean()).isTrue();
        assertThat(ongoing.get("date_display").getAsString()).isEqualTo("since 24 February 2022");
        JsonObject years = bySlug.get("nordic-commission");
        assertThat(years.get("end_date").getAsString()).isEqualTo("1966");
        assertThat(years.get("end_date_precision").getAsString()).isEqualTo("year");
        assertThat(years.get("end_date_qualifier").getAsString()).isEqualTo("approximate");
        JsonObject point = bySlug.get("debt-deal");
        assertThat(point.get("end_date").getAsString()).isEmpty();
        assertThat(point.get("ongoing").getAsBoolean()).isFalse();
    }

    @Test
    void thePairFilesCarryTheEnd() throws IOException {
        JsonObject data = JsonParser.parseString(read("relations/algeria-russia/index.json"))
                .getAsJsonObject();
        JsonObject closed = bySlug(data.getAsJsonArray("entries")).get("long-talks");
        assertThat(closed.get("end_date").getAsString()).isEqualTo("1999-03-19");
        assertThat(bySlug(data.getAsJsonArray("entries"))
                        .get("ongoing-cooperation")
                        .get("ongoing")
                        .getAsBoolean())
                .isTrue();
        Map<String, String> row = csvRow("relations/algeria-russia/entries.csv", "long-talks");
        assertThat(row).containsEntry("date", "1995-11-01").containsEntry("end_date", "1999-03-19");
        assertThat(row).containsEntry("end_date_precision", "day").containsEntry("ongoing", "false");
        assertThat(csvRow("relations/algeria-russia/entries.csv", "ongoing-cooperation"))
                .containsEntry("end_date", "")
                .containsEntry("ongoing", "true");
    }

    @Test
    void theEntriesCsvCarriesTheEnd() throws IOException {
        Map<String, String> row = csvRow("data/entries.csv", "nordic-commission");
        assertThat(row)
                .containsEntry("date", "1965")
                .containsEntry("date_display", "1965 – c. 1966")
                .containsEntry("end_date", "1966")
                .containsEntry("end_date_precision", "year")
                .containsEntry("end_date_qualifier", "approximate")
                .containsEntry("ongoing", "false");
    }

    @Test
    void theFeedSaysTheSpanInTheEntryText() throws IOException {
        Document feed = Jsoup.parse(read("relations/algeria-russia/feed.xml"), "", Parser.xmlParser());
        Element entry = feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("Long talks on debt"))
                .findFirst()
                .orElseThrow();
        assertThat(entry.selectFirst("summary").text())
                .isEqualTo("1 November 1995 – 19 March 1999 — Talks that ran for years.");
        Element ongoing = feed.select("entry").stream()
                .filter(e -> e.selectFirst("title").text().equals("Ongoing naval cooperation"))
                .findFirst()
                .orElseThrow();
        assertThat(ongoing.selectFirst("summary").text()).isEqualTo("Since 24 February 2022");
    }

    @Test
    void searchResultsShowTheSpanWithTheStartAsTheirTime() throws IOException {
        List<JsonArray> results = new java.util.ArrayList<>();
        try (var files = Files.list(project.site().resolve("search/entries"))) {
            for (Path file : files.toList()) {
                for (var r : JsonParser.parseString(Files.readString(file)).getAsJsonArray())
                    results.add(r.getAsJsonArray());
            }
        }
        JsonArray talks = results.stream()
                .filter(r -> r.get(0).getAsString().equals("Long talks on debt"))
                .findFirst()
                .orElseThrow();
        assertThat(talks.get(2).getAsString()).isEqualTo("1995-11-01");
        assertThat(talks.get(3).getAsString()).isEqualTo("1 November 1995 – 19 March 1999");
        JsonArray ongoing = results.stream()
                .filter(r -> r.get(0).getAsString().equals("Ongoing naval cooperation"))
                .findFirst()
                .orElseThrow();
        assertThat(ongoing.get(3).getAsString()).isEqualTo("Since 24 February 2022");
    }

    @Test
    void jsonLdGivesStartAndEndDates() {
        JsonObject closed = event("entries/1995/long-talks/index.html");
        assertThat(closed.get("startDate").getAsString()).isEqualTo("1995-11-01");
        assertThat(closed.get("endDate").getAsString()).isEqualTo("1999-03-19");
        JsonObject ongoing = event("entries/2022/ongoing-cooperation/index.html");
        assertThat(ongoing.get("startDate").getAsString()).isEqualTo("2022-02-24");
        assertThat(ongoing.has("endDate")).isFalse();
        assertThat(event("entries/2006/debt-deal/index.html").has("endDate")).isFalse();
    }

    private static JsonObject event(String page) {
        String json = project.page(page)
                .selectFirst("script[type=application/ld+json]")
                .data();
        JsonObject article = JsonParser.parseString(json).getAsJsonObject();
        assertThat(article.get("@type").getAsString()).as(json).isEqualTo("NewsArticle");
        JsonObject event = article.getAsJsonObject("about");
        assertThat(event.get("@type").getAsString()).isEqualTo("Event");
        return event;
    }

    private static String read(String file) throws IOException {
        return Files.readString(project.site().resolve(file), StandardCharsets.UTF_8);
    }

    private static Map<String, JsonObject> bySlug(JsonArray entries) {
        return entries.asList().stream()
                .map(e -> e.getAsJsonObject())
                .collect(Collectors.toMap(e -> e.get("url").getAsString().replaceAll(".*/([^/]+)/$", "$1"), e -> e));
    }

    /** The row of the entry whose URL ends in {@code slug}, by column name. */
    private static Map<String, String> csvRow(String file, String slug) throws IOException {
        List<List<String>> rows = Rfc4180.parse(read(file));
        List<String> header = rows.get(0);
        int url = header.indexOf("url");
        List<String> row = rows.stream()
                .filter(r -> r.get(url).endsWith("/" + slug + "/"))
                .findFirst()
                .orElseThrow();
        return IntStream.range(0, header.size()).boxed().collect(Collectors.toMap(header::get, row::get));
    }
}
