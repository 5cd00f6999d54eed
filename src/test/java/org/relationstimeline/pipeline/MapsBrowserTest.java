package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Frame;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.BoundingBox;
import com.microsoft.playwright.options.ColorScheme;
import com.microsoft.playwright.options.Media;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.testing.BrowserSite;
import org.relationstimeline.testing.BrowserTab;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.TestProject;

/**
 * The maps as a reader meets them in Debian's chromium: the maps fixture built for a sub-path and
 * served from loopback, its maps drawn from the shared assets, clicked without JavaScript, read
 * in the dark scheme and printed, on a wide screen and a phone. The shaded maps are files shown
 * by an {@code <object>}: they are read in its frame, and their links open in the page. Screenshots
 * go to target/screenshots/maps-*.png.
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

    final BrowserTab tab = new BrowserTab();
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        site = BrowserSite.start("/atlas/", url -> {
            return BrowserSite.built(TestProject.copy("maps", dir), "--base-url", url, "--quiet");
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

    private void open(int width, Browser.NewContextOptions options) {
        page = tab.open(site.browser(), options.setViewportSize(width, 900));
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("maps-" + name + ".png"))
                .setFullPage(true));
    }

    /**
     * The drawing of a shaded map's file, in the frame of the figure's {@code <object>} (a frame
     * locator only takes iframes), once chromium has loaded it.
     */
    private Frame mapFile(String figure) {
        String data = page.locator(figure + " object.map__object").getAttribute("data");
        page.waitForCondition(() -> page.frames().stream().anyMatch(f -> f.url().endsWith(data)));
        return page.frames().stream()
                .filter(f -> f.url().endsWith(data))
                .findFirst()
                .orElseThrow();
    }

    private BoundingBox drawn(String selector) {
        return drawn(page.locator(selector), selector);
    }

    /** The territory or line the map links to {@code path}, drawn: its box on the screen is not empty. */
    private BoundingBox drawn(Locator shapes, String selector) {
        Locator shape = shapes.first();
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
        drawn(mapFile("figure.map--partners").locator("a use"), "Algeria's partners");
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
        String ukraine = "a[href$='/relations/russia-ukraine/'] use";
        drawn(mapFile("figure.map--partners").locator(ukraine), ukraine);
        drawn(mapFile("figure.map--partners").locator("g.map__subject use"), "the page's own party");
        shot("country-" + WIDE);
        mapFile("figure.map--partners").locator(ukraine).click();
        // target="_top": the pair's page replaces the country's, not just the object's drawing.
        assertThat(page).hasURL(site.baseUrl() + "relations/russia-ukraine/");
        assertThat(page.locator("h1")).containsText("Ukraine");
        page.navigate(site.baseUrl() + "countries/");
        String armenia = "a[href$='/countries/armenia/'] use";
        drawn(mapFile("figure.map--world").locator(armenia), armenia);
        drawn(mapFile("figure.map--world").locator("a[href$='/countries/vatican-city/'] circle"), "a microstate");
        shot("countries-" + WIDE);
        mapFile("figure.map--world")
                .locator("a[href$='/countries/algeria/']")
                .first()
                .click();
        assertThat(page).hasURL(site.baseUrl() + "countries/algeria/");
        drawn(mapFile("figure.map--partners").locator("a use"), "Algeria's partners");
    }

    @Test
    void theMapFileIsOutOfTheTabOrderWhoseCaptionAndListHoldTheSameLinks() {
        open(WIDE, new Browser.NewContextOptions());
        page.navigate(site.baseUrl() + "countries/russia/");
        drawn(mapFile("figure.map--partners").locator("a use"), "a partner");
        List<String> focused = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            page.keyboard().press("Tab");
            focused.add((String) page.evaluate("() => { const e = document.activeElement;"
                    + " return e.tagName + ' ' + (e.getAttribute('href') || ''); }"));
        }
        assertThat(focused).noneMatch(f -> f.startsWith("OBJECT")).contains("A /atlas/relations/russia-ukraine/");
    }

    @Test
    void aLineOfTheWorldMapLeadsToThePair() {
        open(WIDE, new Browser.NewContextOptions());
        page.navigate(site.baseUrl() + "countries/");
        // A curve's box is mostly not the curve: click a point on the line itself, which the
        // drawing places in its object's frame, so the object's own place on the screen is added.
        Frame drawing = mapFile("figure.map--world");
        page.locator("figure.map--world object").scrollIntoViewIfNeeded();
        BoundingBox object = page.locator("figure.map--world object").boundingBox();
        Object at = drawing.locator("a.map__arc[href$='/relations/russia-ukraine/'] path")
                .evaluate("p => { const m = p.getScreenCTM(); const q = p.getPointAtLength(p.getTotalLength() / 2);"
                        + " return [q.x * m.a + q.y * m.c + m.e, q.x * m.b + q.y * m.d + m.f]; }");
        List<?> xy = (List<?>) at;
        page.mouse()
                .click(object.x + ((Number) xy.get(0)).doubleValue(), object.y + ((Number) xy.get(1)).doubleValue());
        assertThat(page).hasURL(site.baseUrl() + "relations/russia-ukraine/");
    }

    @Test
    void onAPhoneTheMapsFitTheScreen() {
        open(PHONE, new Browser.NewContextOptions().setIsMobile(true).setDeviceScaleFactor(2));
        for (String p : List.of("relations/algeria-russia/", "countries/russia/", "countries/")) {
            page.navigate(site.baseUrl() + p);
            BoundingBox map =
                    page.locator("figure.map > svg, figure.map > object").boundingBox();
            assertThat(map.width).as(p).isGreaterThan(300).isLessThanOrEqualTo(PHONE);
            // A map file's object keeps the drawing's proportions, so nothing moves when it arrives.
            assertThat(map.height).as(p).isCloseTo(map.width * 8747 / 20000, Offset.offset(2.0));
            if (!p.startsWith("relations")) drawn(mapFile("figure.map").locator("a use"), p + " drawn");
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
    void aMapFileTakesTheDarkColoursWithThePage() {
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.LIGHT));
        page.navigate(site.baseUrl() + "countries/russia/");
        String light = fileLandFill();
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(site.baseUrl() + "countries/russia/");
        String dark = fileLandFill();
        assertThat(dark).isNotEqualTo(light);
        // The same colour as the page's own map of the same land.
        page.navigate(site.baseUrl() + "relations/algeria-russia/");
        assertThat(landFill()).isEqualTo(dark);
        page.navigate(site.baseUrl() + "countries/russia/");
        drawn(mapFile("figure.map--partners").locator("a use"), "a partner");
        shot("country-dark-" + WIDE);
    }

    @Test
    void whenPrintedTheMapKeepsItsLightColours() {
        open(WIDE, new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));
        page.navigate(site.baseUrl() + "countries/russia/");
        String dark = fileLandFill();
        page.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
        assertThat(page.locator("figure.map--partners object")).isVisible();
        assertThat(fileLandFill()).isNotEqualTo(dark);
        shot("country-print");
    }

    private String landFill() {
        return (String) page.locator("figure.map svg use.map__land").evaluate("u => getComputedStyle(u).fill");
    }

    /** The land's colour in the map file of a country page. */
    private String fileLandFill() {
        return (String)
                mapFile("figure.map--partners").locator("use.map__land").evaluate("u => getComputedStyle(u).fill");
    }
}
