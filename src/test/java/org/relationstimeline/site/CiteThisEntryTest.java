package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
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

/** "Cite this entry" and the publication dates, as a reader and a reference manager see them. */
class CiteThisEntryTest {
    static final String HOSTILE = "50% {sure} & $x_1^2 ~ #1 \\ café }{ «Ü»";

    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() throws IOException {
        project = TestProject.empty(dir);
        Files.writeString(dir.resolve("site.yaml"), "title: Cite & Test Timeline\nbase_url: https://example.org/tl/\n");
        project.write(
                "entries/2023/2023-08-01-hostile.md",
                "---\ntitle: '" + HOSTILE + "'\ndate: 2023-08-01\ncountries: [DZ, RU]\n"
                        + "published: 2024-03-01\nupdated: 2024-05-06\n---\nBody.\n");
        project.write(
                "entries/2023/2023-09-01-plain.md",
                "---\ntitle: Plain talks\ndate: 2023-09\ncountries: [DZ, RU]\npublished: 2024-03-02\n---\nBody.\n");
        project.write(
                "entries/2023/2023-10-01-undated.md",
                "---\ntitle: Undated talks\ndate: 2023-10-01\ncountries: [DZ, RU]\n---\nBody.\n");
        assertThat(project.build().exitCode()).isZero();
    }

    private static Document hostile() {
        return project.page("entries/2023/hostile/index.html");
    }

    private static String code(Document page, String summary) {
        for (Element details : page.select("section.cite details")) {
            if (details.selectFirst("summary").text().startsWith(summary))
                return details.selectFirst("pre").wholeText();
        }
        throw new AssertionError("no " + summary + " block");
    }

    @Test
    void theEntryPageSaysWhenItWasPublishedAndUpdated() {
        Element line = hostile().selectFirst(".entry__published");
        assertThat(line.text()).isEqualTo("Published 1 March 2024; updated 6 May 2024.");
        assertThat(line.select("time").eachAttr("datetime")).containsExactly("2024-03-01", "2024-05-06");
        assertThat(project.page("entries/2023/undated/index.html").select(".entry__published"))
                .isEmpty();
    }

    @Test
    void jsonLdCarriesDatePublishedAndDateModified() {
        JsonObject data = JsonParser.parseString(hostile()
                        .selectFirst("script[type=application/ld+json]")
                        .data())
                .getAsJsonObject();
        assertThat(data.get("datePublished").getAsString()).isEqualTo("2024-03-01");
        assertThat(data.get("dateModified").getAsString()).isEqualTo("2024-05-06");
        JsonObject plain = JsonParser.parseString(project.page("entries/2023/plain/index.html")
                        .selectFirst("script[type=application/ld+json]")
                        .data())
                .getAsJsonObject();
        assertThat(plain.get("datePublished").getAsString()).isEqualTo("2024-03-02");
        assertThat(plain.has("dateModified")).isFalse();
    }

    @Test
    void thePlainTextCitationNamesTitleSiteDatesAndAddressWithoutAnAccessDate() {
        assertThat(hostile().selectFirst("section.cite .cite__text").text())
                .isEqualTo("\u201c" + HOSTILE + ".\u201d Cite & Test Timeline, 1 March 2024 (updated 6 May 2024)."
                        + " https://example.org/tl/entries/2023/hostile/");
        assertThat(project.page("entries/2023/undated/index.html")
                        .selectFirst(".cite__text")
                        .text())
                .isEqualTo(
                        "\u201cUndated talks.\u201d Cite & Test Timeline. https://example.org/tl/entries/2023/undated/")
                .doesNotContainIgnoringCase("accessed");
    }

    @Test
    void cslJsonIsValidJsonWithTheSiteAsContainerAndThePublicationDateAsIssued() {
        JsonArray items = JsonParser.parseString(code(hostile(), "CSL-JSON")).getAsJsonArray();
        assertThat(items).hasSize(1);
        JsonObject item = items.get(0).getAsJsonObject();
        assertThat(item.get("type").getAsString()).isEqualTo("webpage");
        assertThat(item.get("title").getAsString()).isEqualTo(HOSTILE);
        assertThat(item.get("container-title").getAsString()).isEqualTo("Cite & Test Timeline");
        assertThat(item.get("URL").getAsString()).isEqualTo("https://example.org/tl/entries/2023/hostile/");
        assertThat(item.getAsJsonObject("issued").get("date-parts").toString()).isEqualTo("[[2024,3,1]]");
        assertThat(item.has("accessed")).isFalse();
        assertThat(item.get("id").getAsString()).isEqualTo("cite-test-timeline:2023-hostile");
    }

    @Test
    void bibtexEscapesEverySpecialCharacterAndKeepsBracesBalancedAndUtf8AsItIs() {
        String bib = code(hostile(), "BibTeX");
        assertThat(bib).startsWith("@online{cite-test-timeline:2023-hostile,\n").endsWith("}\n");
        assertThat(bib)
                .contains(
                        "  title = {{50\\% \\textbraceleft{}sure\\textbraceright{} \\& \\$x\\_1\\textasciicircum{}2"
                                + " \\textasciitilde{} \\#1 \\textbackslash{} café \\textbraceright{}\\textbraceleft{} «Ü»}},\n")
                .contains("  organization = {Cite \\& Test Timeline},\n")
                .contains("  date = {2024-03-01},\n")
                .contains("  note = {Updated 2024-05-06},\n")
                .contains("  url = {https://example.org/tl/entries/2023/hostile/},\n");
        // BibTeX counts every brace, escaped or not: the record must balance, never dipping below its own.
        int depth = 0;
        for (char c : bib.substring(bib.indexOf('{') + 1, bib.lastIndexOf('}')).toCharArray()) {
            if (c == '{') depth++;
            if (c == '}') depth--;
            assertThat(depth).isGreaterThanOrEqualTo(0);
        }
        assertThat(depth).isZero();
        // No TeX special character is left bare outside the commands that stand for it.
        String title =
                bib.lines().filter(l -> l.startsWith("  title")).findFirst().orElseThrow();
        assertThat(title.replaceAll("\\\\[%&$#_]|\\\\text\\w+\\{}", "")).doesNotContainPattern("[%&$#_^~\\\\]");
    }

    @Test
    void theCitationIsReadableWithoutJavascript() {
        Element cite = hostile().selectFirst("section.cite");
        assertThat(cite.selectFirst("h2").text()).isEqualTo("Cite this entry");
        assertThat(cite.select("details > pre")).hasSize(2);
        assertThat(cite.select("button")).isEmpty(); // the copy buttons are added by cite.js, when it runs
        assertThat(project.site().resolve("assets/cite.js")).isRegularFile();
    }
}
