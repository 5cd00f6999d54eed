package org.relationstimeline.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.HtmlValidator;
import org.relationstimeline.testing.SiteLinks;
import org.relationstimeline.testing.TestProject;
import org.relationstimeline.testing.XmlDocuments;

/**
 * The maps fixture (src/test/resources/corpus/maps) built through the command line: each kind of
 * page with a map shows it with the right shapes linked, every shape it points to is in the shared
 * asset, and a page pays at most the budget for its map. The shaded maps (country pages, the
 * countries index) are files of their own, shown by an {@code <object>}: they are read as XML.
 */
class MapsBuildTest {
    static final String BASE_URL = "https://example.org/atlas/";
    /** What a map may add to a page: the figure and the stylesheet link. */
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
    void theCountryPageShowsItsMapFileWhichShadesThePartnersLinkedToThePairs() {
        Element figure = project.page("countries/russia/index.html").selectFirst("main figure.map--partners");
        Element object = shownFile(figure, "/atlas/countries/russia/map.svg");
        assertThat(object.attr("aria-label")).isEqualTo("Partners of Russia on the map");
        assertThat(figure.select(".map__note").text()).contains("Not drawn: European Union");
        // The oldest-first copy of the list shows the same file.
        assertThat(project.page("countries/russia/oldest-first/index.html")
                        .select("figure.map--partners object")
                        .eachAttr("data"))
                .containsExactly("/atlas/countries/russia/map.svg");

        Document map = mapFile("countries/russia/map.svg");
        assertThat(map.select("svg > title").text()).isEqualTo("Partners of Russia on the map");
        assertThat(map.select("svg > desc").text()).contains("2 of Russia\u2019s 3 partners");
        assertThat(map.select("a").eachAttr("href"))
                .containsExactlyInAnyOrder("/atlas/relations/algeria-russia/", "/atlas/relations/russia-ukraine/");
        assertThat(map.select("a").eachAttr("target")).containsOnly("_top");
        assertThat(map.select("[class^=map__shade-] > a > use").eachAttr("href"))
                .containsExactlyInAnyOrder("/atlas/assets/maps/world.svg#UKR", "/atlas/assets/maps/world.svg#DZA");
        assertThat(map.select("g.map__subject > use").eachAttr("href"))
                .containsExactly("/atlas/assets/maps/world.svg#RUS");
        assertThat(map.select("a:has(title:containsOwn(Ukraine: 3 events))")).hasSize(1);
    }

    @Test
    void theCountriesIndexShowsItsMapFileWhichDrawsEveryPartyAndTheBusiestRelations() {
        Element figure = project.page("countries/index.html").selectFirst("main figure.map--world");
        shownFile(figure, "/atlas/countries/map.svg");
        assertThat(figure.select(".map__lines a").eachAttr("href"))
                .startsWith("/atlas/relations/russia-ukraine/", "/atlas/relations/algeria-russia/");

        Document map = mapFile("countries/map.svg");
        assertThat(map.select("g > a").eachAttr("href"))
                .contains(
                        "/atlas/countries/algeria/",
                        "/atlas/countries/armenia/",
                        "/atlas/countries/vatican-city/",
                        "/atlas/countries/east-germany/")
                .doesNotContain("/atlas/countries/european-union/", "/atlas/countries/opec/");
        assertThat(map.select("a.map__arc").eachAttr("href"))
                .startsWith("/atlas/relations/russia-ukraine/", "/atlas/relations/algeria-russia/");
        assertThat(map.select("a").eachAttr("target")).containsOnly("_top");
        // A microstate is a point, linked like an outline.
        assertThat(map.select("a[href$=/vatican-city/] circle.map__point")).isNotEmpty();
    }

    @Test
    void aMapFileLinksTheSiteStylesheetsAndTheSharedShapesUnderTheBasePathAndRunsNothing() throws IOException {
        for (String file : List.of("countries/russia/map.svg", "countries/map.svg")) {
            String text = Files.readString(project.site().resolve(file));
            assertThat(text)
                    .as(file)
                    .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                            + "<?xml-stylesheet type=\"text/css\" href=\"/atlas/assets/style.css\"?>\n"
                            + "<?xml-stylesheet type=\"text/css\" href=\"/atlas/assets/maps.css\"?>\n");
            Document map = mapFile(file);
            assertThat(map.select("use").eachAttr("href")).as(file).allMatch(h -> h.startsWith("/atlas/assets/maps/"));
            assertThat(map.select("script, foreignObject, [^on]")).as(file).isEmpty();
            assertThat(new SiteLinks(project.site(), BASE_URL).broken(file))
                    .as(file)
                    .isEmpty();
        }
    }

    @Test
    void everyCountryPageShowsItsOwnMapFileAndNoFileIsLeftOver() throws IOException {
        List<String> shown = project.htmlFiles().stream()
                .filter(p -> p.matches("countries/[^/]+/index\\.html"))
                .flatMap(p -> project.page(p).select("figure.map--partners object").eachAttr("data").stream())
                .toList();
        List<String> files;
        try (var walk = Files.walk(project.site().resolve("countries"))) {
            files = walk.filter(f -> f.getFileName().toString().equals("map.svg"))
                    .map(f ->
                            "/atlas/" + project.site().relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.equals("/atlas/countries/map.svg"))
                    .toList();
        }
        assertThat(shown).hasSizeGreaterThan(10).doesNotHaveDuplicates();
        assertThat(files).containsExactlyInAnyOrderElementsOf(shown);
    }

    @Test
    void anEditRemakesOnlyTheMapFilesWhoseCountsItChanges(@TempDir Path own) throws IOException {
        TestProject edited = TestProject.copy("maps", own);
        assertThat(edited.build("--quiet").exitCode()).isZero();
        assertThat(edited.build("--quiet").exitCode()).isZero(); // a second generation recycles the first
        Map<String, Object> before = mapFileInodes(edited.site());
        edited.write(
                "entries/2024-armenia-azerbaijan.md",
                "---\ntitle: Armenia and Azerbaijan talk again\ndate: 2024-03-01\ncountries: [AM, AZ]\n"
                        + "topics: [diplomacy]\nsources: [https://sources.example.net/d]\n---\nBody.\n");
        TestProject.Run run = edited.build("--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        Map<String, Object> after = mapFileInodes(edited.site());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        List<String> remade = after.keySet().stream()
                .filter(f -> !after.get(f).equals(before.get(f)))
                .sorted()
                .toList();
        assertThat(remade)
                .containsExactly("countries/armenia/map.svg", "countries/azerbaijan/map.svg", "countries/map.svg");
        assertThat(mapFile(edited.site(), "countries/armenia/map.svg")
                        .select("title")
                        .eachText())
                .contains("Azerbaijan: 2 events");
    }

    private static Map<String, Object> mapFileInodes(Path site) throws IOException {
        Map<String, Object> inodes = new TreeMap<>();
        try (var walk = Files.walk(site.resolve("countries"))) {
            for (Path f : walk.filter(f -> f.getFileName().toString().equals("map.svg"))
                    .toList())
                inodes.put(site.relativize(f).toString().replace('\\', '/'), Files.getAttribute(f, "unix:ino"));
        }
        return inodes;
    }

    /** The figure's {@code <object>}, showing the file at {@code url} with room kept for it. */
    private static Element shownFile(Element figure, String url) {
        assertThat(figure).isNotNull();
        assertThat(figure.select("svg")).as("the drawing is not in the page").isEmpty();
        Element object = figure.selectFirst("object.map__object");
        assertThat(object.attr("type")).isEqualTo("image/svg+xml");
        assertThat(object.attr("data")).isEqualTo(url);
        assertThat(object.attr("style")).matches("aspect-ratio: \\d+ / \\d+");
        assertThat(object.select("a").eachAttr("href")).containsExactly(url);
        return object;
    }

    /** A map's own file, parsed strictly as XML first (an SVG file is XML), then read with selectors. */
    private static Document mapFile(String file) {
        return mapFile(project.site(), file);
    }

    private static Document mapFile(Path site, String file) {
        Path path = site.resolve(file);
        assertThat(XmlDocuments.parse(path).getDocumentElement().getNamespaceURI())
                .isEqualTo("http://www.w3.org/2000/svg");
        try {
            return Jsoup.parse(Files.readString(path), "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void thePagesWithAMapAreValidHtml() {
        HtmlValidator validator = new HtmlValidator();
        for (String page : List.of(
                "relations/algeria-russia/index.html",
                "countries/russia/index.html",
                "countries/russia/oldest-first/index.html",
                "countries/index.html")) {
            assertThat(validator.errors(project.site().resolve(page))).as(page).isEmpty();
        }
    }

    @Test
    void pagesWithoutAMapDoNotLoadItsStylesheet() {
        Document page = project.page("topics/index.html");
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href")).doesNotContain("/atlas/assets/maps.css");
    }

    @Test
    void aMapAddsAtMostThreeKilobytesToAPage() {
        List<String> pages = project.htmlFiles().stream()
                .filter(p -> p.matches("(relations|countries)/([^/]+/)?index\\.html"))
                .toList();
        assertThat(pages).hasSizeGreaterThan(15);
        for (String p : pages) {
            Document page = project.page(p);
            Element map = page.selectFirst("figure.map");
            if (map == null) continue;
            int bytes = map.outerHtml().getBytes(StandardCharsets.UTF_8).length
                    + page.selectFirst("link[href$=maps.css]").outerHtml().length();
            assertThat(bytes).as(p).isLessThanOrEqualTo(PAGE_BUDGET);
        }
    }
}
