package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.TestProject;

/**
 * The maps fixture (src/test/resources/corpus/maps) built through the command line: each kind of
 * page with a map shows it with the right shapes linked, every shape it points to is in the shared
 * asset, and a page pays at most the budget for its map.
 */
class MapsBuildTest {
    static final String BASE_URL = "https://example.org/atlas/";
    /** What a map may add to a pair page: the figure and the stylesheet link. */
    static final int PAGE_BUDGET = 3 * 1024;

    @TempDir
    static Path dir;

    static TestProject project;

    @BeforeAll
    static void build() {
        project = TestProject.copy("maps", dir);
        TestProject.Run run = project.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void theSharedAssetsAreWrittenOnce() {
        assertThat(project.site().resolve("assets/maps/world.svg")).isRegularFile();
        assertThat(project.site().resolve("assets/maps/region.svg")).isRegularFile();
        assertThat(project.site().resolve("assets/maps.css")).isRegularFile();
    }

    @Test
    void everyShapeAPagePointsToIsInTheSharedAsset() {
        assertThat(new SiteLinks(project.site(), BASE_URL).broken()).isEmpty();
    }

    @Test
    void thePairPageHighlightsBothPartiesLinkedToTheirPages() {
        Document page = project.page("relations/algeria-russia/index.html");
        Element map = page.selectFirst("main figure.map--locator");
        assertThat(map).isNotNull();
        assertThat(map.select("svg > a").eachAttr("href"))
                .containsExactlyInAnyOrder("/atlas/countries/algeria/", "/atlas/countries/russia/");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).contains("/atlas/assets/maps.css");
    }

    @Test
    void theCountryPageShadesThePartnersLinkedToThePairs() {
        Element map = project.page("countries/russia/index.html").selectFirst("main figure.map--partners");
        assertThat(map.select("svg a").eachAttr("href"))
                .containsExactlyInAnyOrder("/atlas/relations/algeria-russia/", "/atlas/relations/russia-ukraine/");
        assertThat(map.select(".map__note").text()).contains("Not drawn: European Union");
    }

    @Test
    void theCountriesIndexDrawsEveryPartyAndTheBusiestRelations() {
        Element map = project.page("countries/index.html").selectFirst("main figure.map--world");
        assertThat(map.select("svg g > a").eachAttr("href"))
                .contains(
                        "/atlas/countries/algeria/",
                        "/atlas/countries/armenia/",
                        "/atlas/countries/vatican-city/",
                        "/atlas/countries/east-germany/")
                .doesNotContain("/atlas/countries/european-union/", "/atlas/countries/opec/");
        assertThat(map.select("svg a.map__arc").eachAttr("href"))
                .startsWith("/atlas/relations/russia-ukraine/", "/atlas/relations/algeria-russia/");
    }

    @Test
    void pagesWithoutAMapDoNotLoadItsStylesheet() {
        Document page = project.page("topics/index.html");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).doesNotContain("/atlas/assets/maps.css");
    }

    @Test
    void aMapAddsAtMostThreeKilobytesToAPairPage() {
        List<String> pairPages = project.htmlFiles().stream()
                .filter(p -> p.matches("relations/[^/]+/index\\.html"))
                .toList();
        assertThat(pairPages).hasSizeGreaterThan(5);
        for (String p : pairPages) {
            Document page = project.page(p);
            Element map = page.selectFirst("figure.map");
            if (map == null) continue;
            int bytes = map.outerHtml().getBytes(StandardCharsets.UTF_8).length
                    + page.selectFirst("link[href$=maps.css]").outerHtml().length();
            assertThat(bytes).as(p).isLessThanOrEqualTo(PAGE_BUDGET);
        }
    }
}
