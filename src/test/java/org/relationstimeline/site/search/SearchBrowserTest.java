package org.relationstimeline.site.search;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.Route;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.site.OutputFile;
import org.relationstimeline.site.search.IndexReader.Query;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.Chromium;
import org.relationstimeline.testing.StaticSiteServer;
import org.relationstimeline.testing.TestProject;

/**
 * search.js in chromium on the fixture of the variant table: for every case it finds the same
 * entries, in the same order, by the same matched words and tiers as the Java reading of the same
 * built index ({@link IndexReader}); and a reader typing misspelt and variant names sees results
 * as they type, matched words marked, and a snippet of the text, at 1280 and 390 pixels.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@BrowserTest
class SearchBrowserTest {
    static final Path SCREENSHOTS = Paths.get("target/screenshots");

    @TempDir
    static Path dir;

    static VariantCases cases;
    static IndexReader index;
    static StaticSiteServer server;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void buildServeAndLaunch() throws IOException {
        Chromium.requireInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        server = StaticSiteServer.start("/v/");
        cases = VariantCases.load();
        TestProject project = cases.writeProject(dir);
        TestProject.Run run = project.build("--base-url", server.baseUrl(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        server.serve(project.site());
        index = new IndexReader(builtIndex(project.site()));
        Files.createDirectories(SCREENSHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    static List<OutputFile> builtIndex(Path site) throws IOException {
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(site.resolve("search"))) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String name = site.relativize(p).toString().replace('\\', '/');
                if (name.endsWith(".json") || name.endsWith(".txt"))
                    files.add(OutputFile.bytes(name, Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    @AfterEach
    void close() {
        if (context != null) context.close();
    }

    private void open(int width, int height) {
        if (context != null) context.close();
        context = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) problems.add("console error: " + m.text());
        });
        page.onPageError(e -> problems.add("script error: " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url()));
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + ": " + r.url());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theBrowserMatchesEveryCaseAsTheIndexDoes() {
        open(1280, 900);
        page.navigate(server.baseUrl() + "search/");
        List<String> queries =
                cases.rows().stream().map(VariantCases.Row::query).toList();
        List<Object> found = (List<Object>)
                page.evaluate("qs => Promise.all(qs.map(q => window.relationsTimelineSearch.matches(q)))", queries);
        List<Object> skeletons = (List<Object>)
                page.evaluate("qs => Promise.all(qs.map(q => window.relationsTimelineSearch.skeleton(q)))", queries);
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            IndexReader.Result java = index.run(Query.words(q));
            Map<String, Object> js = (Map<String, Object>) found.get(i);
            List<Integer> jsIds = ((List<Object>) js.get("ids"))
                    .stream().map(o -> ((Number) o).intValue()).toList();
            assertThat(jsIds).as(q + ": entries, in order").isEqualTo(java.ids());
            List<Map<String, Integer>> jsMatched = new ArrayList<>();
            for (Object m : (List<Object>) js.get("matched")) {
                Map<String, Integer> terms = new java.util.TreeMap<>();
                ((Map<String, Object>) m).forEach((k, v) -> terms.put(k, ((Number) v).intValue()));
                jsMatched.add(terms);
            }
            assertThat(jsMatched)
                    .as(q + ": words matched and their tiers")
                    .isEqualTo(
                            java.matched().stream().map(java.util.TreeMap::new).toList());
            if (SearchTokenizer.queryTerms(q).size() == 1)
                assertThat(skeletons.get(i))
                        .as(q)
                        .isEqualTo(SearchVariants.skeleton(
                                SearchTokenizer.queryTerms(q).get(0)));
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void aWideScreenShowsMisspeltNamesFoundAsTheyAreTyped() {
        typeAndSee(1280, 900, "wide");
    }

    @Test
    void aPhoneShowsMisspeltNamesFoundAsTheyAreTyped() {
        typeAndSee(390, 844, "phone");
        assertThat((Number) page.evaluate("document.documentElement.scrollWidth"))
                .as("no sideways scrolling")
                .satisfies(w -> assertThat(w.intValue()).isLessThanOrEqualTo(390));
    }

    private void typeAndSee(int width, int height, String name) {
        open(width, height);
        page.navigate(server.baseUrl() + "search/");
        Locator input = page.locator("[data-search-query]");
        Locator results = page.locator("[data-search-results] > li");
        // No submit: results come as the reader types.
        input.pressSequentially("Chengriha", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(results).hasCount(1);
        Locator snippet = results.first().locator("[data-result-snippet]");
        assertThat(snippet).isVisible();
        assertThat(snippet.locator("mark")).hasText("chanegriha");
        assertThat(snippet).hasText("Record The chanegriha word, written as noted.");
        assertThat(page.locator("[data-search-status]")).hasText("1 event matches.");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("search-variant-" + name + ".png")));

        input.fill("");
        input.pressSequentially("Shoygu", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(results.first().locator("[data-result-snippet] mark")).hasText("shoigu");

        input.fill("");
        input.pressSequentially("Algiera", new Locator.PressSequentiallyOptions().setDelay(30));
        // The entry holding "algeria" and Algeria's own entry (by its name) are both found.
        assertThat(results).hasCount(2);
        assertThat(page.locator("[data-search-results] mark").first()).hasText("algeria");

        input.fill("");
        input.pressSequentially("pipelime", new Locator.PressSequentiallyOptions().setDelay(30));
        assertThat(results.first().locator("[data-result-snippet] mark")).hasText("pipeline");
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setPath(SCREENSHOTS.resolve("search-typo-" + name + ".png")));
        assertThat(page).hasURL(server.baseUrl() + "search/?q=pipelime");
        assertThat(problems).isEmpty();
    }

    /**
     * What the page really fetches for a one-word typo query, watched in chromium: one group file to
     * find the entries (exact, variant and typo matches all come from it), then the display files of
     * the results on screen, which hold their snippets. Each answer is held back until the test lets
     * it through, so a wave is what the page asks for while the answers it waits for are held: two
     * waves after the manifest.
     */
    @Test
    void aTypoQueryFetchesOneFileToFindAndOneWaveToShow() {
        open(1280, 900);
        page.navigate(server.baseUrl() + "search/");
        page.evaluate("() => window.relationsTimelineSearch.queryWords('')"); // the manifest is in
        String folder = server.baseUrl() + "search/";
        List<Route> held = Collections.synchronizedList(new ArrayList<>());
        page.route(folder + "**", held::add);
        IndexReader.Result java = index.run(Query.words("pipelime"));
        List<String> expected = java.fetched().stream()
                .filter(f -> !f.equals(SearchIndex.MANIFEST))
                .map(f -> f.substring(SearchIndex.FOLDER.length()))
                .toList();
        long groups = expected.stream().filter(f -> f.startsWith("groups/")).count();
        assertThat(groups).isEqualTo(1);
        page.locator("[data-search-query]").fill("pipelime");

        page.waitForCondition(() -> held.size() >= groups);
        List<Route> first = List.copyOf(held);
        assertThat(paths(first, folder)).as("the first wave").containsExactly(expected.get(0));
        first.forEach(Route::resume);
        page.waitForCondition(() -> held.size() >= expected.size());
        List<Route> second = List.copyOf(held.subList(first.size(), held.size()));
        assertThat(paths(second, folder))
                .as("the second wave: the display files of the results on screen")
                .containsExactlyInAnyOrderElementsOf(expected.subList(1, expected.size()))
                .allMatch(f -> f.startsWith("entries/"));
        second.forEach(Route::resume);

        Locator results = page.locator("[data-search-results] > li");
        assertThat(results).hasCount(Math.min(10, java.ids().size()));
        assertThat(results.first().locator("[data-result-snippet] mark")).hasText("pipeline");
        assertThat(held).as("nothing more after the results are on screen").hasSize(expected.size());
        assertThat(problems).isEmpty();
    }

    private static List<String> paths(List<Route> routes, String folder) {
        return routes.stream()
                .map(r -> r.request().url().substring(folder.length()).replaceAll("\\?.*", ""))
                .toList();
    }

    @Test
    void theTypeAndClassFiltersNarrowResultsAsTheIndexDoes() {
        open(1280, 900);
        // Norway is a party of every entry of the fixture; a third of them are of a conflict type.
        page.navigate(server.baseUrl() + "search/?q=norway&class=conflict");
        Locator results = page.locator("[data-search-results] > li");
        IndexReader.Result java = index.run(new Query("norway", List.of(), null, null, null, null, "conflict"));
        IndexReader.Result all = index.run(Query.words("norway"));
        assertThat(java.ids()).isNotEmpty().hasSizeLessThan(all.ids().size());
        assertThat(page.locator("[data-search-status]")).hasText(java.ids().size() + " events match.");
        assertThat(page.locator("[data-search-results] h2 a"))
                .hasText(java.titles().toArray(String[]::new));
        page.locator("[data-search-filter=class]").selectOption("");
        page.locator("[data-search-filter=type]").selectOption("consult");
        IndexReader.Result consult = index.run(new Query("norway", List.of(), null, null, null, "consult", null));
        assertThat(page).hasURL(server.baseUrl() + "search/?q=norway&type=consult");
        assertThat(results).hasCount(Math.min(10, consult.ids().size()));
        assertThat(page.locator("[data-search-status]")).hasText(consult.ids().size() + " events match.");
        assertThat(page.locator("[data-search-filter=type] option[value=sanction]"))
                .hasText("Sanction (conflict)");
        assertThat(problems).isEmpty();
    }

    @Test
    void withoutJavaScriptThePageSaysWhatToDo() {
        context = browser.newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page = context.newPage();
        page.navigate(server.baseUrl() + "search/");
        assertThat(page.locator("[data-search-unavailable]")).isVisible();
        assertThat(page.locator("[data-search-unavailable]")).containsText("needs JavaScript");
        assertThat(page.locator("[data-search-unavailable] a[href='/v/relations/']"))
                .isVisible();
        assertThat(page.locator("[data-search-form]")).isHidden();
    }
}
