package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.BoundingBox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserSite;
import org.relationstimeline.testing.BrowserTab;
import org.relationstimeline.testing.BrowserTest;

/**
 * A timeline told in eras, read in both orders, and its charts, as a reader meets them in Debian's chromium on a
 * wide screen (1280 px) and a phone (390 px), without JavaScript where the feature needs none. The fixture is
 * ErasTimelineTest's. Screenshots go to target/screenshots/eras-*.png.
 */
@BrowserTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class ErasBrowserTest {
    static final Path SCREENSHOTS = ReaderBrowserTest.SCREENSHOTS;
    static final int WIDE = 1280;
    static final int PHONE = 390;

    @TempDir
    static Path dir;

    static BrowserSite site;

    final BrowserTab tab = new BrowserTab();
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        site = BrowserSite.start("/t/", url -> {
            return BrowserSite.built(ErasTimelineTest.write(dir, url), "--quiet");
        });
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @AfterEach
    void closePage() {
        tab.close();
        tab.assertNoProblems();
    }

    private void open(int width, boolean javaScript) {
        Browser.NewContextOptions options =
                new Browser.NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(javaScript);
        if (width == PHONE) options.setIsMobile(true).setDeviceScaleFactor(2);
        page = tab.open(site.browser(), options);
    }

    private void go(String path) {
        page.navigate(site.baseUrl() + path);
    }

    private void shot(String name, int width) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("eras-" + name + "-" + width + ".png"))
                .setFullPage(true)
                .setClip(0, 0, width, 2400));
    }

    @Test
    void aReaderTurnsTheTimelineToOldestFirstAndBackWithoutJavaScript() {
        for (int width : List.of(WIDE, PHONE)) {
            open(width, false);
            go("relations/algeria-russia/");
            assertThat(page.locator(".chapter__title").first()).hasText("Strategic partnership");
            shot("pair", width);
            page.locator(".reading-order a", new Page.LocatorOptions().setHasText("Oldest first"))
                    .click();
            assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/oldest-first/");
            assertThat(page.locator(".entry-card__title").first()).hasText("A first contact");
            assertThat(page.locator(".reading-order a[aria-current]")).hasText("Oldest first");
            shot("pair-oldest-first", width);
            page.locator(".reading-order a", new Page.LocatorOptions().setHasText("Newest first"))
                    .click();
            assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/");
        }
    }

    @Test
    void theErasTableOfContentsLeadsToAnEraOnTheNextPage() {
        open(WIDE, false);
        go("relations/algeria-russia/");
        page.locator(".era-index a", new Page.LocatorOptions().setHasText("Soviet years"))
                .click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/page/2/#era-soviet-years");
        Locator heading = page.locator("#era-soviet-years");
        assertThat(heading).isInViewport();
        assertThat(page.locator(".chapter__title").first()).containsText("(continued)");
        shot("pair-page-2", WIDE);
    }

    @Test
    void filteringAPageOfChaptersHidesTheErasLeftEmpty() {
        open(WIDE, true);
        go("relations/algeria-russia/page/2/?from=2000&to=2000");
        assertThat(page.locator("[data-chapter]:visible")).hasCount(1);
        assertThat(page.locator("[data-chapter]:visible .chapter__title"))
                .hasText("Between 31 December 1999 and 3 April 2001");
        assertThat(page.locator("[data-chapter-jump]:visible a"))
                .hasText(new String[] {"Between 31 December 1999 and 3 April 2001"});
        // On the first page the filter sees only its own era; those beginning on the next page stay listed.
        go("relations/algeria-russia/?from=2000&to=2000");
        assertThat(page.locator("[data-filter-status]")).hasText("No events match these filters.");
        assertThat(page.locator("[data-chapter-jump]:visible a")).hasCount(4);
        assertThat(page.locator("[data-chapter-jump='era-strategic-partnership']"))
                .isHidden();
    }

    @Test
    void onAPhoneTheActivityChartShowsTheLatestYearsAndItsBarsLeadToThem() {
        open(PHONE, false);
        go("relations/algeria-russia/");
        Locator narrow = page.locator("figure.chart--activity svg.chart__svg--narrow");
        assertThat(narrow).isVisible();
        assertThat(page.locator("figure.chart--activity svg.chart__svg--wide")).isHidden();
        BoundingBox chart = narrow.boundingBox();
        assertThat(chart.x + chart.width).isLessThanOrEqualTo(PHONE);
        Locator latest = narrow.locator("a.chart__link").last();
        BoundingBox bar = latest.locator("rect").boundingBox();
        assertThat(bar.x + bar.width).as("the latest years are on the screen").isLessThanOrEqualTo(PHONE);
        assertThat(bar.x).isGreaterThan(0);
        // The drawing fits its figure, which clips (the hidden table's width) instead of scrolling.
        BoundingBox figure = page.locator("figure.chart--activity").boundingBox();
        assertThat(chart.x + chart.width).isLessThanOrEqualTo(figure.x + figure.width + 0.5);
        assertThat(page.locator("figure.chart--activity").evaluate("f => getComputedStyle(f).overflowX"))
                .isEqualTo("hidden");
        page.locator("figure.chart--activity").scrollIntoViewIfNeeded();
        page.locator("figure.chart--activity")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("eras-chart-" + PHONE + ".png")));
        latest.click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/#y2020");
        assertThat(page.locator("#y2020")).isInViewport();
    }

    @Test
    void onAWideScreenABarOfAnOldYearLeadsToTheNextPage() {
        open(WIDE, false);
        go("relations/algeria-russia/");
        Locator wide = page.locator("figure.chart--activity svg.chart__svg--wide");
        assertThat(wide).isVisible();
        page.locator("figure.chart--activity")
                .screenshot(
                        new Locator.ScreenshotOptions().setPath(SCREENSHOTS.resolve("eras-chart-" + WIDE + ".png")));
        wide.locator("a.chart__link[href$='#y1991']").click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/page/2/#y1991");
        assertThat(page.locator("#y1991")).isInViewport();
        go("countries/france/");
        page.locator("figure.chart--partners svg.chart__svg--wide a.chart__link")
                .first()
                .click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-france/");
    }

    @Test
    void noPageScrollsSidewaysOnAPhone() {
        open(PHONE, true);
        List<String> wide = new ArrayList<>();
        for (String path : List.of(
                "",
                "relations/algeria-russia/",
                "relations/algeria-russia/page/2/",
                "relations/algeria-russia/oldest-first/",
                "relations/algeria-france/",
                "countries/",
                "countries/algeria/",
                "countries/algeria/oldest-first/",
                "topics/trade/",
                "years/1991/",
                "entries/1991/an-event-of-1991/",
                "search/")) {
            go(path);
            int width = ((Number) page.evaluate("() => document.documentElement.scrollWidth")).intValue();
            if (width > PHONE) wide.add(path + " is " + width + " px wide");
        }
        assertThat(wide).isEmpty();
        go("countries/");
        assertThat(page.locator("figure.chart--matrix svg.chart__svg--narrow")).isVisible();
        shot("countries", PHONE);
    }
}
