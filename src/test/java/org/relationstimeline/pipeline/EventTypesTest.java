package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.Rfc4180;
import org.relationstimeline.testing.TestProject;

/**
 * Event types and the relation's assessment as a reader and a reuser meet them on the built
 * "basic" fixture, with three typed entries on Algeria–Russia (cooperation in 2020, conflict in
 * 2020 and 2021) beside its untyped ones.
 */
class EventTypesTest {
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void setUp() {
        project = TestProject.copy("basic", dir);
        project.write("entries/2020/2020-01-10-joint-exercise.md", entry("Joint exercise", "2020-01-10", "Cooperate"));
        project.write(
                "entries/2020/2020-05-01-ambassador-recalled.md", entry("Ambassador recalled", "2020-05-01", "reduce"));
        project.write("entries/2021/2021-02-01-sanctions.md", entry("Sanctions", "2021-02-01", "sanction"));
        project.write("relations/algeria-russia.md", """
                ---
                summary: A fixture profile.
                assessment:
                  text: The fixture relation is calm.
                  as_of: 2025-06-01
                  source:
                    title: Fixture review
                    publisher: Fixture Publisher
                    date: 2025-05-30
                    url: https://example.org/review
                ---
                """);
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    static String entry(String title, String date, String type) {
        return "---\ntitle: " + title + "\ndate: " + date + "\ncountries: [DZ, RU]\ntopics: [diplomacy]\ntype: " + type
                + "\n---\nBody.\n";
    }

    private static Document pair() {
        return project.page("relations/algeria-russia/index.html");
    }

    @Test
    void thePairPageChartsCooperationAgainstConflictByYear() {
        Element chart = pair().selectFirst("section.pair-balance figure.chart--balance");
        assertThat(chart).isNotNull();
        assertThat(pair().select("#h_balance").text()).isEqualTo("Cooperation and conflict");
        assertThat(chart.select("rect.chart__bar--cooperation")).hasSize(1);
        assertThat(chart.select("rect.chart__bar--conflict")).hasSize(2);
        assertThat(chart.select(".visually-hidden > table tbody tr").eachText())
                .containsExactly("2020 1 1", "2021 0 1");
    }

    @Test
    void eachBarLinksToTheYearOfTheEntriesItCountsOnTheTimeline() {
        Document page = pair();
        List<String> hrefs = page.select("figure.chart--balance a.chart__link").eachAttr("href");
        assertThat(hrefs)
                .containsExactly(
                        "/timeline/relations/algeria-russia/#y2020",
                        "/timeline/relations/algeria-russia/#y2020",
                        "/timeline/relations/algeria-russia/#y2021");
        for (String href : hrefs) {
            Element target = page.getElementById(href.substring(href.indexOf('#') + 1));
            assertThat(target).as(href).isNotNull();
        }
        Element y2021 = page.getElementById("y2021").closest(".year-group");
        assertThat(y2021.select(".entry-card__title").eachText()).containsExactly("Sanctions");
    }

    @Test
    void theCaptionSaysTheCountsAreOfTypedRecordedEventsAndCountsTheOthersApart() {
        assertThat(pair().select("figure.chart--balance figcaption").text())
                .isEqualTo("Counts are of the events recorded on this site that have a type, not of all that"
                        + " happened. 5 events have no type and are not counted.");
    }

    @Test
    void aPairWithoutTypedEntriesHasNoChart() {
        Document nordic = project.page("relations/norway-sweden/index.html");
        assertThat(nordic.select(".pair-balance, .chart--balance")).isEmpty();
    }

    @Test
    void theAssessmentIsShownWithItsDateAndSourceBesideTheChart() {
        Element assessment = pair().selectFirst("section.pair-balance .assessment");
        assertThat(assessment.select(".assessment__text").text()).isEqualTo("The fixture relation is calm.");
        assertThat(assessment.select(".assessment__meta").text())
                .startsWith("Assessment as of 1 June 2025. Source: ")
                .contains("Fixture Publisher");
        assertThat(assessment.select(".assessment__meta time").first().attr("datetime"))
                .isEqualTo("2025-06-01");
        assertThat(assessment.select("a[href=https://example.org/review]").text())
                .isEqualTo("Fixture review");
    }

    @Test
    void theEntryPageNamesTheTypeWithItsClassAndMode() {
        Document page = project.page("entries/2020/joint-exercise/index.html");
        Element type = page.selectFirst(".entry__facts .entry__type");
        assertThat(type.select("dt").text()).isEqualTo("Type");
        assertThat(type.select("dd").text()).isEqualTo("Cooperate \u00b7 cooperation, material");
        assertThat(project.page("entries/2023/defence-talks/index.html").select(".entry__type"))
                .isEmpty();
    }

    @Test
    void timelineCardsCarryASmallMarkerOfTheType() {
        Element card = pair().select(".entry-card").stream()
                .filter(c -> c.select(".entry-card__title").text().equals("Ambassador recalled"))
                .findFirst()
                .orElseThrow();
        assertThat(card.select(".entry-card__meta .type-name--conflict").text()).isEqualTo("Type: Reduce");
        assertThat(card.select(".type-name").attr("title")).isEqualTo("conflict, material");
    }

    @Test
    void theKeyFactsCountEventsByTypeClass() {
        Element facts = pair().selectFirst(".key-facts__list > div:has(dt:containsOwn(Events by type))");
        assertThat(facts.select("dd li").eachText()).containsExactly("Cooperation 1", "Conflict 2");
        assertThat(facts.select("dd").text()).endsWith("(5 without a type)");
        assertThat(project.page("relations/norway-sweden/index.html")
                        .select(".key-facts dt:containsOwn(Events by type)"))
                .isEmpty();
    }

    @Test
    void theExportsCarryTheTypeItsClassAndItsMode() throws IOException {
        List<List<String>> all = Rfc4180.parse(Files.readString(project.site().resolve("data/entries.csv")));
        List<String> header = all.get(0);
        List<String> sanctions =
                all.stream().filter(r -> r.contains("Sanctions")).findFirst().orElseThrow();
        assertThat(sanctions.get(header.indexOf("type"))).isEqualTo("sanction");
        assertThat(sanctions.get(header.indexOf("type_class"))).isEqualTo("conflict");
        assertThat(sanctions.get(header.indexOf("type_mode"))).isEqualTo("material");

        List<List<String>> onPair =
                Rfc4180.parse(Files.readString(project.site().resolve("relations/algeria-russia/entries.csv")));
        List<String> exercise = onPair.stream()
                .filter(r -> r.contains("Joint exercise"))
                .findFirst()
                .orElseThrow();
        assertThat(exercise.subList(onPair.get(0).indexOf("type"), onPair.get(0).indexOf("type") + 3))
                .containsExactly("cooperate", "cooperation", "material");

        JsonObject pairJson = JsonParser.parseString(
                        Files.readString(project.site().resolve("relations/algeria-russia/index.json")))
                .getAsJsonObject();
        for (JsonElement e : pairJson.getAsJsonArray("entries")) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("slug").getAsString().equals("ambassador-recalled")) {
                assertThat(o.get("type").getAsString()).isEqualTo("reduce");
                assertThat(o.get("type_class").getAsString()).isEqualTo("conflict");
                assertThat(o.get("type_mode").getAsString()).isEqualTo("material");
            } else if (o.get("slug").getAsString().equals("defence-talks")) {
                assertThat(o.get("type").isJsonNull()).isTrue();
                assertThat(o.get("type_class").isJsonNull()).isTrue();
            }
        }
    }

    @Test
    void typesSurviveTheEntryCacheOfTheNextBuild() {
        TestProject.Run again = project.build();
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(pair().select("figure.chart--balance rect.chart__bar")).hasSize(3);
        assertThat(project.page("entries/2021/sanctions/index.html")
                        .select(".entry__type dd")
                        .text())
                .isEqualTo("Sanction \u00b7 conflict, material");
    }
}
