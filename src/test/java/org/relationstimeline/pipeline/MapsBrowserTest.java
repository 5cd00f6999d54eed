package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserSite;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.Chromium;
import org.relationstimeline.testing.TestProject;

/**
 * The maps as a reader meets them in Debian's chromium: the maps fixture built for a sub-path and
 * served from loopback, its maps drawn from the shared assets, clicked without JavaScript, read
 * in the dark scheme and printed, on a wide screen and a phone. Screenshots go to
 * target/screenshots/maps-*.png.
 */
@BrowserTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class MapsBrowserTest {
    static final Path SCREENSHOTS = ReaderBrowserTest.SCREENSHOTS;
    static final int WIDE = 1280;
    static final int PHONE = 390;

    @TempDir
    static Path dir;

    static BrowserSite site;

    BrowserContext context;
    Page page;
    final List<String> problems = Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        site = BrowserSite.start("/atlas/", url -> {
            TestProject project = TestProject.copy("maps", dir);
            TestProject.Run run = project.build("--base-url", url, "--quiet");
            assertThat(run.exitCode()).as(run.err()).isZero();
            return project.site();
        });
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (site != null) site.close();
    }

    @AfterEach
    void closePage() {
        if (context != null) context.close();
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    private void open(int width, Browser.NewContextOptions options) {
        if (context != null) context.close();
        context = site.browser().newContext(options.setViewportSize(width, 900));
        page = context.newPage();
        Chromium.watchProblems(page, problems);
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("maps-" + name + ".png"))
                .setFullPage(true));
    }

    /** The territory or line the map links to {@code path}, drawn: its box on the screen is not empty. */
    private BoundingBox drawn(String selector) {
        Locator shape = page.locator(selector).first();
        BoundingBox box = shape.boundingBox();
        assertThat(box).as(selector + " is on the screen").isNotNull();
        assertThat(box.width * box.height)
                .as(selector + " is drawn from the shared asset")
                .isGreaterThan(4);
        return box;
    }

    @Test
    void aPairsTerritoryIsClickedThroughToItsPageWithoutJavaScript() {
        open(WIDE, new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        drawn("figure.map--locator svg a[href$='/countries/russia/']");
        shot("pair-" + WIDE);
        page.locator("figure.map--locator svg a[href$='/countries/algeria/']").click();
        assertThat(page).hasURL(site.baseUrl() + "countries/algeria/");
        assertThat(page.locator("h1")).hasText("Algeria");
    }

    @Test
    void neighboursAreShownCloseAndAFormerStateAsItsSuccessors() {
        open(WIDE, new Browser.NewContextOptions());
        page.navigate(site.baseUrl() + "relations/armenia-azerbaijan/");
        BoundingBox armenia = drawn("figure.map--locator svg a[href$='/countries/armenia/']");
        assertThat(armenia.width).as("a close-up, not a speck on the world").isGreaterThan(30);
        shot("pair-neighbours-" + WIDE);
        page.navigate(site.baseUrl() + "relations/algeria-soviet-union/");
        drawn("figure.map--locator svg a[href$='/countries/soviet-union/']");
        assertThat(page.locator("figure.map--locator .map__note"))
                .containsText("15 states that succeeded Soviet Union");
    }

    @Test
    void aPartnerOnTheCountryMapLeadsToThePairAndTheCountriesMapToACountry() {
        open(WIDE, new Browser.NewContextOptions().setJavaScriptEnabled(false));
        page.navigate(site.baseUrl() + "countries/russia/");
        drawn("figure.map--partners svg a[href$='/relations/russia-ukraine/']");
        shot("country-" + WIDE);
        page.locator("figure.map--partners svg a[href$='/relations/russia-ukraine/']")
                .click();
        assertThat(page).hasURL(site.baseUrl() + "relations/russia-ukraine/");
        page.navigate(site.baseUrl() + "countries/");
        drawn("figure.map--world svg a[href$='/countries/armenia/']");
        shot("countries-" + WIDE);
        page.locator("figure.map--world svg a[href$='/countries/algeria/']")
                .first()
                .click();
        assertThat(page).hasURL(site.baseUrl() + "countries/algeria/");
    }

    @Test
    void aLineOfTheWorldMapLeadsToThePair() {
        open(WIDE, new Browser.NewContextOptions());
        page.navigate(site.baseUrl() + "countries/");
        // A curve's box is mostly not the curve: click a point on the line itself.
        Object at = page.locator("figure.map--world svg a.map__arc[href$='/relations/russia-ukraine/'] path")
                .evaluate("p => { const m = p.getScreenCTM(); const q = p.getPointAtLength(p.getTotalLength() / 2);"
                        + " return [q.x * m.a + q.y * m.c + m.e, q.x * m.b + q.y * m.d + m.f]; }");
        List<?> xy = (List<?>) at;
        page.mouse().click(((Number) xy.get(0)).doubleValue(), ((Number) xy.get(1)).doubleValue());
        assertThat(page).hasURL(site.baseUrl() + "relations/russia-ukraine/");
    }

    @Test
    void onAPhoneTheMapsFitTheScreen() {
        open(PHONE, new Browser.NewContextOptions().setIsMobile(true).setDeviceScaleFactor(2));
        for (String p : List.of("relations/algeria-russia/", "countries/russia/", "countries/")) {
            page.navigate(site.baseUrl() + p);
            BoundingBox map = page.locator("figure.map svg").boundingBox();
            assertThat(map.width).as(p).isGreaterThan(300).isLessThanOrEqualTo(PHONE);
            // The map and its caption within the screen, without sideways scrolling of their own.
            BoundingBox figure = page.locator("figure.map").boundingBox();
            assertThat(figure.x + figure.width).as(p).isLessThanOrEqualTo(PHONE);
            assertThat(((Number) page.locator("figure.map").evaluate("f => f.scrollWidth - f.clientWidth")).intValue())
                    .as(p)
                    .isZero();
            shot((p.equals("countries/") ? "countries" : p.startsWith("relations") ? "pair" : "country") + "-" + PHONE);
        }
    }

    @Test
    void inTheDarkSchemeTheMapTakesItsDarkColours() {
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        String light = landFill();
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        drawn("figure.map--locator svg a[href$='/countries/algeria/']");
        assertThat(landFill()).isNotEqualTo(light);
        shot("pair-dark-" + WIDE);
    }

    @Test
    void whenPrintedTheMapKeepsItsLightColours() {
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(site.baseUrl() + "countries/russia/");
        String dark = landFill();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("figure.map--partners svg")).isVisible();
        assertThat(landFill()).isNotEqualTo(dark);
        shot("country-print");
    }

    private String landFill() {
        return (String) page.locator("figure.map svg use.map__land").evaluate("u => getComputedStyle(u).fill");
    }
}
