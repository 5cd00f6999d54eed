package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.Chromium;
import org.relationstimeline.testing.StaticSiteServer;
import org.relationstimeline.testing.TestProject;

/** The cooperation and conflict chart in a browser: on a phone, in the dark scheme, in print, and its links. */
@BrowserTest
class BalanceChartBrowserTest {
    @TempDir
    static Path dir;

    static StaticSiteServer server;
    static Playwright playwright;
    static Browser browser;

    BrowserContext context;
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        Chromium.requireInstalled();
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        server = StaticSiteServer.start("/sub/");
        TestProject project = TestProject.copy("basic", dir);
        for (int year = 2000; year <= 2022; year += 2) {
            project.write(
                    "entries/" + year + "/" + year + "-03-01-talks.md",
                    EventTypesTest.entry("Talks " + year, year + "-03-01", "consult"));
        }
        project.write("entries/2011/2011-05-01-clash.md", EventTypesTest.entry("Clash", "2011-05-01", "fight"));
        TestProject.Run run = project.build("--base-url", server.baseUrl(), "--quiet");
        assertThat(run.exitCode()).as(run.err()).isZero();
        server.serve(project.site());
        Files.createDirectories(ReaderBrowserTest.SCREENSHOTS);
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
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

    private void open(int width, ColorScheme scheme) {
        context = browser.newContext(
                new Browser.NewContextOptions().setViewportSize(width, 844).setColorScheme(scheme));
        page = context.newPage();
        page.navigate(server.baseUrl() + "relations/algeria-russia/");
        assertThat(page.locator("figure.chart--balance")).isVisible();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> measure() {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const f = document.querySelector('figure.chart--balance');
                  const svg = f.querySelector('svg').getBoundingClientRect();
                  const label = f.querySelector('text.chart__label').getBoundingClientRect();
                  return {right: f.getBoundingClientRect().right, scroll: f.scrollWidth, client: f.clientWidth,
                          svg: svg.width, label: label.height};
                }""");
    }

    private static double number(Map<String, Object> m, String key) {
        return ((Number) m.get(key)).doubleValue();
    }

    @Test
    void onA390PixelPhoneTheChartFitsWithoutScrollingAndItsLabelsStayLegible() {
        open(390, ColorScheme.LIGHT);
        Map<String, Object> m = measure();
        assertThat(number(m, "right")).as("the chart's right edge").isLessThanOrEqualTo(390);
        assertThat(number(m, "scroll"))
                .as("nothing to scroll inside the figure")
                .isLessThanOrEqualTo(number(m, "client"));
        assertThat(number(m, "svg")).as("drawn across the phone").isGreaterThan(300);
        assertThat(number(m, "label")).as("a label's height in px").isGreaterThanOrEqualTo(9);
        page.locator("section.pair-balance")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(ReaderBrowserTest.SCREENSHOTS.resolve("390-balance-chart.png")));
    }

    @Test
    void aBarLeadsToItsYearOnTheTimeline() {
        open(1280, ColorScheme.LIGHT);
        page.locator("figure.chart--balance a.chart__link:has(rect.chart__bar--conflict)")
                .click();
        assertThat(page).hasURL(Pattern.compile(".*/relations/algeria-russia/#y2011$"));
        assertThat(page.locator("#y2011")).isInViewport();
    }

    @Test
    void theDarkSchemeAndPrintGiveTheBarsTheirOwnColours() {
        open(1280, ColorScheme.LIGHT);
        String light = fill("cooperation");
        page.locator("section.pair-balance")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(ReaderBrowserTest.SCREENSHOTS.resolve("1280-balance-chart.png")));
        context.close();
        open(1280, ColorScheme.DARK);
        String dark = fill("cooperation");
        page.locator("section.pair-balance")
                .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                        .setPath(ReaderBrowserTest.SCREENSHOTS.resolve("1280-balance-chart-dark.png")));
        assertThat(List.of(light, dark)).doesNotHaveDuplicates();
        assertThat(dark).isNotEqualTo(fill("conflict"));
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT).setColorScheme(ColorScheme.LIGHT));
        assertThat(fill("conflict")).isEqualTo("rgb(0, 0, 0)");
        assertThat(fill("cooperation")).isEqualTo("rgb(102, 102, 102)");
    }

    private String fill(String kind) {
        return (String)
                page.evaluate("k => getComputedStyle(document.querySelector('rect.chart__bar--' + k)).fill", kind);
    }
}
