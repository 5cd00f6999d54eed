package org.relationstimeline.build;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.GeneratedCorpus;
import org.relationstimeline.testing.StaticSiteServer;
import org.relationstimeline.testing.TestProject;

/**
 * The site as a reader meets it, in Debian's chromium (headless, driven by Playwright; nothing
 * downloads a browser): a generated corpus built for a sub-path and served from loopback, walked
 * from the home page to a pair, filtered, searched, and read without JavaScript. Every page must
 * load without console errors or failed requests. Screenshots of the main pages go to
 * target/screenshots/.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
@BrowserTest
class ReaderBrowserTest {
    static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    static final Path SCREENSHOTS = Paths.get("target/screenshots");
    static final String COCOA = "C\u00f4te d\u2019Ivoire and Ghana sign a cocoa pact";

    @TempDir
    static Path dir;
    static StaticSiteServer server;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            fail("The browser tests need Debian's chromium at " + CHROMIUM + " and it is not there. "
                    + "Run ./scripts/test.sh, which installs it (apt-get install chromium), or install it yourself.");
        }
        // Playwright's assertions retry for 5 s by default; on a loaded machine a page can take longer.
        // Only a failing assertion waits the whole time.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        server = StaticSiteServer.start("/sub/");
        TestProject project = GeneratedCorpus.writeProject(dir, 450, 11);
        TestProject.Run run = project.build("--base-url", server.baseUrl(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        server.serve(project.site());
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setHeadless(true).setExecutablePath(CHROMIUM)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage")));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    @BeforeEach
    void openPage() {
        open(new Browser.NewContextOptions());
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
    }

    private void open(Browser.NewContextOptions options) {
        if (context != null) context.close();
        context = browser.newContext(options.setViewportSize(1280, 900));
        page = context.newPage();
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) problems.add("console error on " + page.url() + ": " + m.text());
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " (" + r.failure() + ")"));
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + ": " + r.url());
        });
        page.onDialog(d -> {
            problems.add("a dialog opened: " + d.message());
            d.dismiss();
        });
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private void assertNoProblems() {
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    private Locator visibleCards() {
        return page.locator(".timeline .entry-card:visible");
    }

    @Test
    void aReaderGoesFromTheHomePageToAPairAndFiltersItByTopicAndYears() {
        page.navigate(server.baseUrl());
        assertThat(page.locator("h1")).hasText("Generated Timeline");
        shot("home");
        page.locator(".home-aside").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Algeria\u2013Russia"))
                .click();
        assertThat(page).hasURL(server.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("h1")).hasText("Algeria\u2013Russia");
        assertThat(page.locator("figure.chart--activity svg[role=img]")).isVisible();
        assertThat(page.locator("#timeline_filter")).isVisible();
        int all = visibleCards().count();
        assertThat(all).isEqualTo(200);

        String topic = page.locator("#tf_topic option").nth(1).getAttribute("value");
        page.selectOption("#tf_topic", topic);
        int withTopic = visibleCards().count();
        assertThat(withTopic).isBetween(1, all - 1);
        assertThat(asList(visibleCards().evaluateAll("cards => cards.map(c => c.dataset.topics)")))
                .allSatisfy(topics -> assertThat(List.of(topics.toString().split(" "))).contains(topic));
        assertThat(page.locator(".timeline-filter__status")).hasText("Showing " + withTopic + " of " + all + " events.");

        List<String> years = page.locator("#tf_from option").allTextContents();
        String from = years.get(years.size() / 3);
        String to = years.get(2 * years.size() / 3);
        page.selectOption("#tf_from", from);
        page.selectOption("#tf_to", to);
        List<Object> shownYears = asList(visibleCards().evaluateAll("cards => cards.map(c => +c.dataset.year)"));
        assertThat(shownYears).isNotEmpty().allSatisfy(y -> assertThat(((Number) y).intValue())
                .isBetween(Integer.parseInt(from), Integer.parseInt(to)));
        assertThat(page.locator(".year-group:visible h2").allTextContents())
                .allSatisfy(y -> assertThat(Integer.parseInt(y)).isBetween(Integer.parseInt(from), Integer.parseInt(to)));
        assertThat(page).hasURL(Pattern.compile("\\?topic=" + topic + "&from=" + from + "&to=" + to + "$"));
        shot("pair-filtered");

        page.reload();
        assertThat(visibleCards()).hasCount(shownYears.size());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all")).click();
        assertThat(visibleCards()).hasCount(all);
        assertNoProblems();
    }

    @Test
    void aReaderSearchesForATitleAndOpensTheResult() {
        page.navigate(server.baseUrl());
        page.locator(".site-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search")).click();
        assertThat(page).hasURL(server.baseUrl() + "search/");
        assertThat(page.locator("#search_unavailable")).isHidden();
        page.locator("#search_q").pressSequentially("cote divoire coc", new Locator.PressSequentiallyOptions().setDelay(30));
        Locator first = page.locator("#search_results > li").first().locator("h2 a");
        assertThat(first).hasText(COCOA);
        assertThat(page).hasURL(Pattern.compile("search/\\?q=cote\\+divoire\\+coc$"));
        shot("search");
        first.click();
        assertThat(page).hasURL(server.baseUrl() + "entries/2019/cote-divoire-cocoa/");
        assertThat(page.locator("h1")).hasText(COCOA);
        shot("entry");
        assertNoProblems();
    }

    @Test
    void searchFiltersNarrowResultsToAPairAndYears() {
        page.navigate(server.baseUrl() + "search/");
        List<Integer> years = page.locator("#search_from option[value]:not([value=''])").allTextContents().stream()
                .map(Integer::parseInt).toList();
        int from = years.stream().filter(y -> y >= 1950).findFirst().orElseThrow();
        int to = years.stream().filter(y -> y <= 2000).reduce((a, b) -> b).orElseThrow();
        page.selectOption("#search_country", "algeria");
        page.selectOption("#search_with", "russia");
        page.selectOption("#search_from", Integer.toString(from));
        page.selectOption("#search_to", Integer.toString(to));
        assertThat(page.locator("#search_status")).hasText(Pattern.compile("^\\d+ events? match\\.$"));
        Locator results = page.locator("#search_results > li");
        assertThat(results).hasCount(10);
        for (Locator result : results.all()) {
            assertThat(result.locator(".search-result__parties")).containsText("Algeria");
            assertThat(result.locator(".search-result__parties")).containsText("Russia");
            int year = Integer.parseInt(result.locator("time").getAttribute("datetime").substring(0, 4));
            assertThat(year).isBetween(from, to);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more results")).click();
        assertThat(results).hasCount(20);
        assertNoProblems();
    }

    @Test
    void accentsCaseAndFoldedLettersDoNotChangeWhatASearchFinds() {
        for (List<String> forms : List.of(List.of("Z\u00fcrich", "ZURICH"), List.of("Stra\u00dfe", "strasse"),
                List.of("\u0141\u00f3d\u017a", "lodz"), List.of("Tom\u00e9", "TOME"), List.of("\ufb01nance", "finance"))) {
            List<String> found = new ArrayList<>();
            for (String query : forms) {
                page.navigate(server.baseUrl() + "search/?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                Locator status = page.locator("#search_status");
                assertThat(status).hasText(Pattern.compile("^(\\d+ events? match|No events match)\\."));
                found.add(status.textContent());
            }
            assertThat(found.get(1)).as(forms.toString()).isEqualTo(found.get(0));
            if (!forms.get(1).equals("finance")) assertThat(found.get(0)).as(forms.toString()).doesNotStartWith("No events");
        }
        assertNoProblems();
    }

    @Test
    void markupInATitleIsShownAsTextInSearchResults() {
        page.navigate(server.baseUrl() + "search/?q=strategic+partnership+script");
        Locator first = page.locator("#search_results > li").first().locator("h2 a");
        assertThat(first).hasText("<script>alert('x')</script> Strategic partnership");
        assertThat(page.locator("#search_results script")).hasCount(0);
        assertNoProblems();
    }

    @Test
    void chartsAreDrawnOnCountryPagesAndTheCountriesIndex() {
        page.navigate(server.baseUrl() + "countries/");
        assertThat(page.locator("figure.chart--matrix svg[role=img]")).isVisible();
        shot("countries");
        page.navigate(server.baseUrl() + "countries/russia/");
        assertThat(page.locator("figure.chart--partners svg[role=img]")).isVisible();
        assertThat(page.locator("figure.chart--partners rect.chart__bar").first()).isVisible();
        shot("country");
        assertNoProblems();
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndTheTimelineIsWhole() {
        open(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(server.baseUrl() + "search/");
        assertThat(page.locator("#search_unavailable")).isVisible();
        assertThat(page.locator("#search_unavailable")).containsText("needs JavaScript");
        assertThat(page.locator("#search_form")).isHidden();
        for (String index : List.of("relations/", "countries/", "topics/", "years/")) {
            assertThat(page.locator("#search_unavailable a[href='/sub/" + index + "']")).isVisible();
        }
        shot("search-no-javascript");
        page.navigate(server.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("#timeline_filter")).isHidden();
        assertThat(visibleCards()).hasCount(200);
        assertNoProblems();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object jsArray) {
        return (List<Object>) jsArray;
    }
}
