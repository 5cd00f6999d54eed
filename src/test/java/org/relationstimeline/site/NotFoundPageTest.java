package org.relationstimeline.site;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.TestProject;

/**
 * GitHub Pages answers any missing address of a project site with its 404.html, so the page's
 * links and assets must resolve whatever the depth of the address it is shown at.
 */
class NotFoundPageTest {
    /** Addresses a reader might mistype, at several depths below the project path. */
    static final List<String> MISSING = List.of(
            "/repo/nothing",
            "/repo/nothing/",
            "/repo/entries/1999/gone/",
            "/repo/a/b/c/d/e/f/g",
            "/repo/relations/algeria-russia/page/99/");

    @TempDir
    Path dir;

    TestProject project;

    @BeforeEach
    void setUp() {
        project = TestProject.copy("basic", dir);
    }

    private List<String> unresolved(String basePath, List<String> addresses) {
        Document page = project.page("404.html");
        List<String> broken = new ArrayList<>();
        List<Element> refs = page.select("a[href], link[href], script[src], img[src]");
        assertThat(refs).hasSizeGreaterThan(3);
        for (String address : addresses) {
            URI shownAt = URI.create("https://user.github.io" + address);
            for (Element el : refs) {
                String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                if (ref.startsWith("#")) continue;
                URI target = shownAt.resolve(ref);
                if (!target.getHost().equals("user.github.io")) continue;
                String path = target.getPath();
                if (!path.startsWith(basePath)) {
                    broken.add(address + ": " + ref + " leaves " + basePath);
                    continue;
                }
                String rel = path.substring(basePath.length());
                if (!Files.isRegularFile(
                        project.site().resolve(rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel))) {
                    broken.add(address + ": " + ref + " -> " + path);
                }
            }
        }
        return broken;
    }

    @Test
    void everyLinkAndAssetOfThe404PageResolvesAtAnyDepthUnderTheProjectPath() {
        assertThat(project.build("--base-url", "https://user.github.io/repo/").exitCode())
                .isZero();
        assertThat(unresolved("/repo/", MISSING)).isEmpty();
    }

    @Test
    void the404PageUsesOnlyRootRelativeOrAbsoluteUrls() {
        assertThat(project.build("--base-url", "https://user.github.io/repo/").exitCode())
                .isZero();
        for (Element el : project.page("404.html").select("[href], [src]")) {
            String ref = el.hasAttr("href") ? el.attr("href") : el.attr("src");
            assertThat(ref).as(el.outerHtml()).matches("(/repo/|https?://|#).*");
        }
    }

    @Test
    void the404PageAlsoWorksAtTheRootOfADomain() {
        assertThat(project.build("--base-url", "https://user.github.io/").exitCode())
                .isZero();
        assertThat(unresolved("/", List.of("/nothing", "/a/b/c/", "/entries/1999/gone/")))
                .isEmpty();
    }

    @Test
    void the404PageOffersASearchThatTheSearchPageReads() {
        assertThat(project.build("--base-url", "https://user.github.io/repo/").exitCode())
                .isZero();
        Element form = project.page("404.html").selectFirst("form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/repo/search/");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.select("input[type=search]").attr("name"))
                .as("search.js reads the words from ?q=")
                .isEqualTo("q");
        assertThat(form.select("label[for=nf_query]").text()).isEqualTo("Search the timeline");
    }

    @Test
    void theDidYouMeanListNamesEveryPairAndCountryPageWithTheirOtherSpellings() throws IOException {
        assertThat(project.build("--base-url", "https://user.github.io/repo/").exitCode())
                .isZero();
        Element box = project.page("404.html").selectFirst(".not-found__suggest");
        assertThat(box.hasAttr("hidden"))
                .as("shown only when the script finds something")
                .isTrue();
        assertThat(box.attr("data-base")).isEqualTo("/repo/");
        assertThat(box.attr("data-addresses")).isEqualTo("/repo/known-addresses.json");
        JsonObject known = JsonParser.parseString(
                        Files.readString(project.site().resolve("known-addresses.json")))
                .getAsJsonObject();
        List<String> countries = new ArrayList<>();
        List<String> soviet = new ArrayList<>();
        for (JsonElement c : known.getAsJsonArray("countries")) {
            JsonArray party = c.getAsJsonArray();
            countries.add(party.get(0).getAsString());
            if (party.get(1).getAsString().equals("Soviet Union"))
                party.get(2).getAsJsonArray().forEach(k -> soviet.add(k.getAsString()));
        }
        List<String> pairs = new ArrayList<>();
        for (JsonElement p : known.getAsJsonArray("pairs"))
            pairs.add(p.getAsJsonArray().get(2).getAsString());
        assertThat(pairs)
                .containsExactlyInAnyOrderElementsOf(project.pairPages().stream()
                        .map(f -> "/repo/" + f.replace("index.html", ""))
                        .toList());
        assertThat(countries).contains("/repo/countries/algeria/", "/repo/countries/soviet-union/");
        for (String url : countries)
            assertThat(project.site().resolve(url.substring("/repo/".length()) + "index.html"))
                    .isRegularFile();
        assertThat(soviet).contains("su", "ussr", "union-of-soviet-socialist-republics");
    }
}
