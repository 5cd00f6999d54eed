package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/** A party name and a topic label holding markup stay text in charts, filters, the search form and the index. */
class ReaderSideEscapingTest {
    static final String LABEL = "<script>alert('x')</script>&";

    // Every test only reads the built site, so it is built once for the class.
    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.empty(dir);
        Files.writeString(dir.resolve("site.yaml"), """
                base_url: https://example.org/t/
                topics:
                  energy: "Energy <script>alert('x')</script>&"
                parties:
                  - code: XO
                    name: "Org <script>alert('x')</script>&"
                    slug: org-x
                """);
        for (int i = 1; i <= 3; i++) {
            project.write(
                    "entries/202" + i + "/e" + i + ".md",
                    "---\ntitle: Event " + i + "\ndate: 202" + i
                            + "-01-02\ncountries: [RU, XO]\ntopics: [energy]\n---\n");
        }
        TestProject.Run run = project.build();
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static void noScriptFromContent(Document page) {
        for (Element script : page.select("script")) {
            if (script.attr("type").equals("application/ld+json")) {
                assertThat(script.data()).as("JSON-LD keeps markup escaped").doesNotContain("<");
            } else {
                assertThat(script.hasAttr("src"))
                        .as("only the theme's own scripts: " + script.outerHtml())
                        .isTrue();
                assertThat(script.data()).isEmpty();
            }
        }
    }

    @Test
    void chartsShowTheNamesAsText() {
        Document pair = project.page("relations/org-x-russia/index.html");
        assertThat(pair.select("figure.chart--activity svg.chart__svg--wide > title")
                        .text())
                .isEqualTo("Events per year, Org " + LABEL + "\u2013Russia");
        noScriptFromContent(pair);
        Document country = project.page("countries/russia/index.html");
        assertThat(country.select("figure.chart--partners svg.chart__svg--wide text.chart__label--name")
                        .text())
                .startsWith("Org <script>");
        noScriptFromContent(country);
        Document countries = project.page("countries/index.html");
        assertThat(countries.select("figure.chart--matrix ol li").text())
                .isEqualTo("Org " + LABEL + "\u2013Russia: 3 events");
        noScriptFromContent(countries);
    }

    @Test
    void filterAndSearchFormsShowTheLabelsAsText() {
        Document pair = project.page("relations/org-x-russia/index.html");
        assertThat(pair.select("#tf_topic option[value=energy]").text()).isEqualTo("Energy " + LABEL + " (3)");
        Document search = project.page("search/index.html");
        assertThat(search.select("#search_topic option[value=energy]").text()).isEqualTo("Energy " + LABEL);
        assertThat(search.select("#search_country option[value=org-x]").text()).isEqualTo("Org " + LABEL);
        noScriptFromContent(search);
    }

    @Test
    void theSearchIndexHoldsTheLabelsAsJsonStrings() throws IOException {
        String manifest = Files.readString(project.site().resolve("search/manifest.json"));
        assertThat(manifest).doesNotContain("<", ">");
        var json = JsonParser.parseString(manifest).getAsJsonObject();
        assertThat(json.getAsJsonArray("topics").get(0).getAsJsonArray().get(1).getAsString())
                .isEqualTo("Energy " + LABEL);
    }
}
