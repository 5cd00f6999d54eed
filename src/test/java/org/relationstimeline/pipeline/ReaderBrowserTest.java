package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.site.search.SearchTokenizer;
import org.relationstimeline.testing.BrowserSite;
import org.relationstimeline.testing.BrowserTab;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.GeneratedCorpus;
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
    static final Path SCREENSHOTS = Paths.get("target/screenshots");
    static final String COCOA = "C\u00f4te d\u2019Ivoire and Ghana sign a cocoa pact";

    /** Every page kind, by its path below the base URL; the 404 page by its file, since the server answers it with 404. */
    static final List<String> EVERY_KIND = List.of(
            "",
            "relations/",
            "relations/algeria-russia/",
            "relations/algeria-russia/page/2/",
            "relations/algeria-russia/oldest-first/",
            "relations/multilateral/",
            "countries/",
            "countries/russia/",
            "topics/",
            "topics/trade/",
            "years/",
            "years/2001/",
            "entries/2001/script-title/",
            "search/",
            "pages/about/",
            "404.html");

    static final String ALGERIA_RUSSIA = """
            ---
            summary: A generated profile of the relations between Algeria and Russia, with a summary long enough to wrap on a phone.
            established: 1962-03-23
            facts:
              - label: Embassies
                value: in Algiers and in Moscow
                source:
                  title: A generated source with a long title as it was published
                  publisher: Generated Wire
                  date: 2001-04-04
                  url: https://example.org/a-generated-source-with-a-rather-long-address/that-goes-on-and-on
            eras:
              - title: Soviet years
                from: 1962
                to: 1991-12
                summary: The first era.
              - title: The Russian Federation
                from: 1991-12
            related: [algeria-egypt]
            ---
            An overview of the relation, in **Markdown**, a paragraph long.
            """;

    @TempDir
    static Path dir;

    static BrowserSite site;

    final BrowserTab tab = new BrowserTab();
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        // Playwright's assertions retry for 5 s by default; on a loaded machine a page can take longer.
        // Only a failing assertion waits the whole time.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        site = BrowserSite.start("/sub/", url -> {
            TestProject project = GeneratedCorpus.writeProject(dir, 450, 11);
            project.write("relations/algeria-russia.md", ALGERIA_RUSSIA);
            project.write(
                    "pages/about.md",
                    "---\ntitle: About\nsummary: What the generated site is.\n---\nA generated site, for tests.\n");
            return BrowserSite.built(project, "--base-url", url, "--quiet");
        });
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @BeforeEach
    void openPage() {
        open(new Browser.NewContextOptions());
    }

    @AfterEach
    void closePage() {
        tab.close();
    }

    private void open(Browser.NewContextOptions options) {
        open(options, 1280, 900);
    }

    private void open(Browser.NewContextOptions options, int width, int height) {
        page = tab.open(site.browser(), options.setViewportSize(width, height));
        page.onDialog(d -> {
            tab.problems().add("a dialog opened: " + d.message());
            d.dismiss();
        });
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
    }

    private void assertNoProblems() {
        tab.assertNoProblems();
    }

    private Locator visibleCards() {
        return page.locator("[data-timeline] [data-year]:visible");
    }

    @Test
    void aReaderGoesFromTheHomePageToAPairAndFiltersItByTopicAndYears() {
        page.navigate(site.baseUrl());
        assertThat(page.locator("h1")).hasText("Generated Timeline");
        shot("home");
        page.locator(".home-aside")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Algeria\u2013Russia"))
                .click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("h1")).hasText("Algeria\u2013Russia");
        assertThat(page.locator("figure.chart--activity svg.chart__svg--wide[role=img]"))
                .isVisible();
        assertThat(page.locator("[data-timeline-filter]")).isVisible();
        int all = visibleCards().count();
        assertThat(all).isEqualTo(200);

        String topic = page.locator("[data-filter=topic] option").nth(1).getAttribute("value");
        page.selectOption("[data-filter=topic]", topic);
        int withTopic = visibleCards().count();
        assertThat(withTopic).isBetween(1, all - 1);
        assertThat(asList(visibleCards().evaluateAll("cards => cards.map(c => c.dataset.topics)")))
                .allSatisfy(topics ->
                        assertThat(List.of(topics.toString().split(" "))).contains(topic));
        assertThat(page.locator("[data-filter-status]")).hasText("Showing " + withTopic + " of " + all + " events.");

        List<String> years = page.locator("[data-filter=from] option").allTextContents();
        String from = years.get(years.size() / 3);
        String to = years.get(2 * years.size() / 3);
        page.selectOption("[data-filter=from]", from);
        page.selectOption("[data-filter=to]", to);
        List<Object> shownYears = asList(visibleCards().evaluateAll("cards => cards.map(c => +c.dataset.year)"));
        assertThat(shownYears)
                .isNotEmpty()
                .allSatisfy(y ->
                        assertThat(((Number) y).intValue()).isBetween(Integer.parseInt(from), Integer.parseInt(to)));
        List<Object> shownGroups = asList(page.locator("[data-year-group]:visible")
                .evaluateAll("groups => groups.map(g => g.dataset.yearGroup)"));
        assertThat(shownGroups)
                .isNotEmpty()
                .allSatisfy(y -> assertThat(Integer.parseInt(y.toString()))
                        .isBetween(Integer.parseInt(from), Integer.parseInt(to)));
        assertThat(asList(page.locator("[data-year-jump]:visible")
                        .evaluateAll("jumps => jumps.map(j => j.dataset.yearJump)")))
                .as("the year links left are those of the years shown")
                .isEqualTo(shownGroups);
        assertThat(page).hasURL(Pattern.compile("\\?topic=" + topic + "&from=" + from + "&to=" + to + "$"));
        shot("pair-filtered");

        page.reload();
        assertThat(visibleCards()).hasCount(shownYears.size());

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show all"))
                .click();
        assertThat(visibleCards()).hasCount(all);
        assertNoProblems();
    }

    @Test
    void aReaderSearchesForATitleAndOpensTheResult() {
        page.navigate(site.baseUrl());
        page.locator(".site-nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Search"))
                .click();
        assertThat(page).hasURL(site.baseUrl() + "search/");
        assertThat(page.locator("[data-search-unavailable]")).isHidden();
        page.locator("[data-search-query]")
                .pressSequentially("cote divoire coc", new Locator.PressSequentiallyOptions().setDelay(30));
        Locator first = page.locator("[data-search-results] > li").first().locator("h2 a");
        assertThat(first).hasText(COCOA);
        assertThat(page).hasURL(Pattern.compile("search/\\?q=cote\\+divoire\\+coc$"));
        shot("search");
        first.click();
        assertThat(page).hasURL(site.baseUrl() + "entries/2019/cote-divoire-cocoa/");
        assertThat(page.locator("h1")).hasText(COCOA);
        shot("entry");
        assertNoProblems();
    }

    @Test
    void searchFiltersNarrowResultsToAPairAndYears() {
        page.navigate(site.baseUrl() + "search/");
        List<Integer> years =
                page.locator("[data-search-filter=from] option[value]:not([value=''])").allTextContents().stream()
                        .map(Integer::parseInt)
                        .toList();
        int from = years.stream().filter(y -> y >= 1950).findFirst().orElseThrow();
        int to = years.stream().filter(y -> y <= 2000).reduce((a, b) -> b).orElseThrow();
        page.selectOption("[data-search-filter=country]", "algeria");
        page.selectOption("[data-search-filter=with]", "russia");
        page.selectOption("[data-search-filter=from]", Integer.toString(from));
        page.selectOption("[data-search-filter=to]", Integer.toString(to));
        // Each change schedules a search a moment later, so on a loaded machine one can run between two
        // selections and show results for part of the filters. Wait for a list that all four explain.
        page.waitForFunction(
                "([from, to]) => { const items = [...document.querySelectorAll('[data-search-results] > li')];"
                        + " return items.length === 10 && items.every(li => {"
                        + " const year = +li.querySelector('time').getAttribute('datetime').slice(0, 4);"
                        + " const parties = li.querySelector('[data-result-parties]').textContent;"
                        + " return year >= from && year <= to && parties.includes('Algeria') && parties.includes('Russia'); }); }",
                List.of(from, to));
        assertThat(page.locator("[data-search-status]")).hasText(Pattern.compile("^\\d+ events? match\\.$"));
        Locator results = page.locator("[data-search-results] > li");
        assertThat(results).hasCount(10);
        for (Locator result : results.all()) {
            assertThat(result.locator("[data-result-parties]")).containsText("Algeria");
            assertThat(result.locator("[data-result-parties]")).containsText("Russia");
            int year = Integer.parseInt(
                    result.locator("time").getAttribute("datetime").substring(0, 4));
            assertThat(year).isBetween(from, to);
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Show more results"))
                .click();
        assertThat(results).hasCount(20);
        assertThat(results.nth(10).locator("[data-result-url]")).isFocused();
        assertNoProblems();
    }

    @Test
    void resultsAndMessagesAreThePagesOwnMarkup() {
        page.navigate(site.baseUrl() + "search/");
        // Change the template and the messages in the page, as a theme would: the script must use them as they stand.
        page.evaluate("() => {"
                + " document.querySelector('template[data-search-result]').content.firstElementChild.dataset.fromTheme = '';"
                + " const status = document.querySelector('[data-search-status]').dataset;"
                + " status.messageMany = '{count} hits'; status.messageNone = 'Nothing for \"{count}\"'; }");
        page.selectOption("[data-search-filter=country]", "algeria");
        assertThat(page.locator("[data-search-status]")).hasText(Pattern.compile("^\\d+ hits$"));
        Locator results = page.locator("[data-search-results] > li");
        assertThat(results).hasCount(10);
        assertThat(page.locator("[data-search-results] > li[data-from-theme]")).hasCount(10);
        for (Locator result : results.all()) {
            assertThat(result.locator("[data-result-url]"))
                    .hasAttribute("href", Pattern.compile("^/sub/entries/\\d{4}/[a-z0-9-]+/$"));
            assertThat(result.locator("[data-result-title]")).not().isEmpty();
            assertThat(result.locator("time[data-result-date]"))
                    .hasAttribute("datetime", Pattern.compile("^\\d{4}(-\\d\\d){0,2}$"));
            assertThat(result.locator("[data-result-parties]")).hasText(Pattern.compile("^[^,]+(, [^,]+)+$"));
            assertThat(result.locator("[data-result-parties] a[href^='/sub/countries/']"))
                    .not()
                    .hasCount(0);
            for (Locator item : result.locator("[data-result-item]").all()) {
                assertThat(item.locator("xpath=descendant-or-self::a")).hasAttribute("href", Pattern.compile("^/sub/"));
                assertThat(item).not().isEmpty();
            }
        }
        page.locator("[data-search-query]").fill("zzqxjv");
        assertThat(page.locator("[data-search-status]")).hasText("Nothing for \"0\"");
        assertThat(results).hasCount(0);
        assertNoProblems();
    }

    @Test
    void accentsCaseAndFoldedLettersDoNotChangeWhatASearchFinds() {
        for (List<String> forms : List.of(
                List.of("Z\u00fcrich", "ZURICH"),
                List.of("Stra\u00dfe", "strasse"),
                List.of("\u0141\u00f3d\u017a", "lodz"),
                List.of("Tom\u00e9", "TOME"),
                List.of("\ufb01nance", "finance"))) {
            List<String> found = new ArrayList<>();
            for (String query : forms) {
                page.navigate(site.baseUrl() + "search/?q="
                        + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8));
                Locator status = page.locator("[data-search-status]");
                assertThat(status).hasText(Pattern.compile("^(\\d+ events? match|No events match)\\."));
                found.add(status.textContent());
            }
            assertThat(found.get(1)).as(forms.toString()).isEqualTo(found.get(0));
            if (!forms.get(1).equals("finance"))
                assertThat(found.get(0)).as(forms.toString()).doesNotStartWith("No events");
        }
        assertNoProblems();
    }

    @Test
    void markupInATitleIsShownAsTextInSearchResults() {
        page.navigate(site.baseUrl() + "search/?q=strategic+partnership+script");
        Locator first = page.locator("[data-search-results] > li").first().locator("h2 a");
        assertThat(first).hasText("<script>alert('x')</script> Strategic partnership");
        assertThat(page.locator("[data-search-results] script")).hasCount(0);
        assertNoProblems();
    }

    /** Text where a reader of words could go wrong: each must be read alike by the page and by the index. */
    static final List<String> TRICKY_QUERIES = List.of(
            "C\u00f4te d\u2019Ivoire",
            "Russia's L'Aquila rock-'n'-roll",
            "Z\u00fcrich ZURICH z\u00fcrich",
            "Stra\u00dfe STRASSE \u1e9e",
            "\u00c6sir \u0152uvre \u0153il \u00e6",
            "\u00d8resund \u00f8l \u0110akovo \u00f0",
            "\u0141\u00f3d\u017a \u0127 \u00fe\u00e1 \u00de \u014b \u0138 \u017f",
            "\u0130stanbul ISTANBUL \u0131spanak I\u011fd\u0131r \u0131\u0307",
            "\u039f\u0394\u039f\u03a3 \u03a3\u03af\u03c3\u03c5\u03c6\u03bf\u03c2",
            "\u041c\u043e\u0441\u043a\u0432\u0430 \u0401\u043b\u043a\u0430 \u0419\u041e\u0414 \u0456\u0457",
            "\u0627\u0644\u0642\u0627\u0647\u0631\u0629 \u0645\u064f\u062d\u064e\u0645\u0651\u064e\u062f \u0661\u0669\u0667\u0663",
            "\u05e9\u05b8\u05c1\u05dc\u05d5\u05b9\u05dd",
            "\u0939\u093f\u0928\u094d\u0926\u0940",
            "\u65e5\u672c\u8a9e \ud55c\uad6d",
            "\ufb01nance \ufb02 \ufb00 \uff12\uff10\uff12\uff13 \u216b \u2460\u2461 x\u00b2",
            "\u01c4 \u01c5emal \u0149",
            "e\u0301te\u0301 Zu\u0308rich C\u0327a",
            "x86-64 COVID-19 1990s 3.14 2\u20134",
            "MiXeD CaSe mIxEd",
            "emoji \ud83d\ude00 \ud83c\udde9\ud83c\uddea \ud83d\udc69\u200d\ud83d\udc69\u200d\ud83d\udc67ok caf\u00e9\u2615",
            "zero\u200bwidth soft\u00adhyphen nb\u00a0sp thin\u2009space tab\tnew\nline",
            "<b>bold</b> &amp; \"quoted\"",
            "a b c",
            "one two three four five six seven eight one",
            "x".repeat(40) + " " + "\u00e9".repeat(40),
            "",
            "  \t ");

    @Test
    void thePageReadsAQueryAsTheIndexReadsIt() {
        page.navigate(site.baseUrl() + "search/");
        List<Object> read = asList(page.evaluate(
                "texts => Promise.all(texts.map(t => window.relationsTimelineSearch.queryWords(t)))", TRICKY_QUERIES));
        assertThat(read).hasSameSizeAs(TRICKY_QUERIES);
        for (int i = 0; i < TRICKY_QUERIES.size(); i++) {
            String text = TRICKY_QUERIES.get(i);
            assertThat(read.get(i)).as(text).isEqualTo(SearchTokenizer.queryTerms(text));
        }
        assertNoProblems();
    }

    @Test
    void chartsAreDrawnOnCountryPagesAndTheCountriesIndex() {
        page.navigate(site.baseUrl() + "countries/");
        assertThat(page.locator("figure.chart--matrix svg.chart__svg--wide[role=img]"))
                .isVisible();
        shot("countries");
        page.navigate(site.baseUrl() + "countries/russia/");
        assertThat(page.locator("figure.chart--partners svg.chart__svg--wide[role=img]"))
                .isVisible();
        assertThat(page.locator("figure.chart--partners svg.chart__svg--wide rect.chart__bar")
                        .first())
                .isVisible();
        shot("country");
        assertNoProblems();
    }

    @Test
    void withoutJavaScriptTheSearchPageSaysSoAndTheTimelineIsWhole() {
        open(new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(site.baseUrl() + "search/");
        assertThat(page.locator("[data-search-unavailable]")).isVisible();
        assertThat(page.locator("[data-search-unavailable]")).containsText("needs JavaScript");
        assertThat(page.locator("[data-search-form]")).isHidden();
        for (String index : List.of("relations/", "countries/", "topics/", "years/")) {
            assertThat(page.locator("[data-search-unavailable] a[href='/sub/" + index + "']"))
                    .isVisible();
        }
        shot("search-no-javascript");
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("[data-timeline-filter]")).isHidden();
        assertThat(visibleCards()).hasCount(200);
        assertNoProblems();
    }

    @Test
    void noPageScrollsSidewaysOnA390PixelWidePhone() {
        open(new Browser.NewContextOptions(), 390, 844);
        List<String> paths = new ArrayList<>(EVERY_KIND);
        page.navigate(site.baseUrl() + "relations/multilateral/");
        paths.add(page.locator(".entry-card__title a")
                .first()
                .getAttribute("href")
                .substring("/sub/".length()));
        List<String> wide = new ArrayList<>();
        for (String path : paths) {
            page.navigate(site.baseUrl() + path);
            int width = ((Number) page.evaluate("() => document.scrollingElement.scrollWidth")).intValue();
            if (width > 390) wide.add(path + " is " + width + " px wide");
        }
        assertThat(wide).isEmpty();
        for (String path : List.of("relations/algeria-russia/", "countries/russia/", "relations/")) {
            page.navigate(site.baseUrl() + path);
            page.screenshot(new Page.ScreenshotOptions()
                    .setFullPage(true)
                    .setClip(0, 0, 390, 2600)
                    .setPath(SCREENSHOTS.resolve("390-" + path.replace('/', '-').replaceAll("-$", "") + ".png")));
        }
        assertNoProblems();
    }

    /** Two years between which the pair's timeline has no event, from the years its filter offers. */
    private int[] emptySpan() {
        List<Integer> years = page.locator("[data-filter=from] option").allTextContents().stream()
                .map(Integer::parseInt)
                .toList();
        for (int i = 1; i < years.size(); i++) {
            if (years.get(i) - years.get(i - 1) >= 3) return new int[] {years.get(i - 1) + 1, years.get(i) - 1};
        }
        throw new AssertionError("no gap of three years in " + years);
    }

    @Test
    void aPairFilteredToYearsWithoutEventsShowsNone() {
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        int[] span = emptySpan();
        page.navigate(site.baseUrl() + "relations/algeria-russia/?from=" + span[0] + "&to=" + span[1]);
        assertThat(page.locator("[data-filter=from]")).hasValue(Integer.toString(span[0]));
        assertThat(page.locator("[data-filter=to]")).hasValue(Integer.toString(span[1]));
        assertThat(visibleCards()).hasCount(0);
        assertThat(page.locator("[data-filter-status]")).hasText("No events match these filters.");
        assertThat(page).hasURL(Pattern.compile("\\?from=" + span[0] + "&to=" + span[1] + "$"));
        assertNoProblems();
    }

    @Test
    void aSearchForYearsWithoutEventsFindsNone() {
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        int[] span = emptySpan();
        page.navigate(site.baseUrl() + "search/?country=algeria&with=russia&from=" + span[0] + "&to=" + span[1]);
        assertThat(page.locator("[data-search-filter=from]")).hasValue(Integer.toString(span[0]));
        assertThat(page.locator("[data-search-status]")).hasText("No events match.");
        assertThat(page.locator("[data-search-results] > li")).hasCount(0);
        page.navigate(site.baseUrl() + "search/?country=algeria&with=russia&from=1800&to=2100");
        assertThat(page.locator("[data-search-status]")).hasText(Pattern.compile("^\\d+ events match\\.$"));
        assertNoProblems();
    }

    @Test
    void theNotFoundPageSearchesTheTimeline() {
        page.navigate(site.baseUrl() + "404.html");
        page.locator("form[role=search] input[name=q]").fill("cocoa");
        page.locator("form[role=search] input[name=q]").press("Enter");
        assertThat(page).hasURL(Pattern.compile("search/\\?q=cocoa$"));
        assertThat(page.locator("[data-search-results] > li").first().locator("h2 a"))
                .hasText(COCOA);
        assertNoProblems();
    }

    @Test
    void aPairAddressWithTheNamesReversedLeadsToThePair() {
        page.navigate(site.baseUrl() + "relations/russia-algeria/");
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("h1")).hasText("Algeria\u2013Russia");
        assertNoProblems();
    }

    @Test
    void aProfiledPairShowsItsOverviewBesideTheKeyFactsOnAWideScreen() {
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        Locator facts = page.locator(".key-facts");
        Locator overview = page.locator(".profile-overview");
        assertThat(facts).isVisible();
        assertThat(overview).isVisible();
        double factsLeft = facts.boundingBox().x;
        double overviewRight = overview.boundingBox().x + overview.boundingBox().width;
        assertThat(factsLeft)
                .as("the key facts box stands to the right of the overview")
                .isGreaterThan(overviewRight);
        assertThat(facts.boundingBox().y)
                .as("at the top, beside it")
                .isLessThan(overview.boundingBox().y + overview.boundingBox().height);
        page.screenshot(new Page.ScreenshotOptions()
                .setFullPage(true)
                .setClip(0, 0, 1280, 1500)
                .setPath(SCREENSHOTS.resolve("pair-profile.png")));
        assertNoProblems();
    }

    @SuppressWarnings("unchecked")
    private static List<Object> asList(Object jsArray) {
        return (List<Object>) jsArray;
    }
}
