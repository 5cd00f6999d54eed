package org.relationstimeline.pipeline;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.relationstimeline.testing.TestProject;

/**
 * The 404 page's did-you-mean in Debian's chromium, on the "basic" fixture served under a
 * sub-path as GitHub Pages serves a project site (a missing address gets 404.html): a mistyped
 * pair or country address is answered with a link to the closest address, on a wide screen and a
 * phone. Screenshots go to target/screenshots/not-found-*.png.
 */
@BrowserTest
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class NotFoundBrowserTest {
    static final Path SCREENSHOTS = ReaderBrowserTest.SCREENSHOTS;

    @TempDir
    static Path dir;

    static BrowserSite site;

    final BrowserTab tab = new BrowserTab();
    Page page;

    @BeforeAll
    static void buildServeAndLaunch() throws Exception {
        site = BrowserSite.start("/repo/", url -> {
            return BrowserSite.built(TestProject.copy("basic", dir), "--base-url", url, "--quiet");
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

    /** Opens a missing address, which must answer 404 with the site's page, at the given width. */
    private void openMissing(String path, int width, boolean javaScript) {
        page = tab.openUnwatched(
                site.browser(),
                new Browser.NewContextOptions().setViewportSize(width, 900).setJavaScriptEnabled(javaScript));
        List<String> problems = tab.problems();
        String address = site.baseUrl() + path;
        page.onConsoleMessage(m -> {
            // Chromium logs the 404 of the address itself as a console error; anything else is a fault.
            if (m.type().equals("error") && !m.text().contains("404")) problems.add("console error: " + m.text());
        });
        page.onPageError(e -> problems.add("script error: " + e));
        page.onResponse(r -> {
            if (r.status() >= 400 && !r.url().equals(address)) problems.add("HTTP " + r.status() + ": " + r.url());
        });
        Response response = page.navigate(address);
        assertThat(response.status()).isEqualTo(404);
        assertThat(page.locator("h1")).hasText("Page not found");
    }

    private Locator suggestion() {
        return page.locator(".not-found__suggest a");
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions()
                .setPath(SCREENSHOTS.resolve("not-found-" + name + ".png"))
                .setFullPage(true));
    }

    @Test
    void aMisspeltPairAddressSuggestsThePairOnAWideScreen() {
        openMissing("relations/algeria-rusia/", 1280, true);
        assertThat(suggestion()).hasCount(1);
        assertThat(suggestion()).hasText("Algeria\u2013Russia");
        assertThat(suggestion()).hasAttribute("href", "/repo/relations/algeria-russia/");
        shot("pair-1280");
        suggestion().click();
        assertThat(page).hasURL(site.baseUrl() + "relations/algeria-russia/");
    }

    @Test
    void aMisspeltPairAddressSuggestsThePairOnAPhone() {
        openMissing("relations/rusia-algeria/", 390, true);
        assertThat(suggestion().first()).hasAttribute("href", "/repo/relations/algeria-russia/");
        assertThat(suggestion().first()).isInViewport();
        shot("pair-390");
    }

    @Test
    void aFormerNameOrCodeOnEitherSideFindsThePair() {
        openMissing("relations/ussr-algeria/", 1280, true);
        assertThat(suggestion().first()).hasAttribute("href", "/repo/relations/algeria-soviet-union/");
    }

    @Test
    void aMisspeltCountryAddressSuggestsTheCountry() {
        openMissing("countries/algerai/", 390, true);
        assertThat(suggestion().first()).hasAttribute("href", "/repo/countries/algeria/");
        assertThat(suggestion().first()).hasText("Algeria");
    }

    @Test
    void anAddressNothingIsCloseToSuggestsNothingAndKeepsTheSearchForm() {
        openMissing("relations/xyzzy-plugh/", 1280, true);
        // The page has settled once its script has fetched the list; nothing close, so nothing shown.
        page.waitForResponse(r -> r.url().endsWith("known-addresses.json"), () -> page.reload());
        assertThat(page.locator(".not-found__suggest")).isHidden();
        assertThat(page.locator("form[role=search] input[name=q]")).isVisible();
    }

    @Test
    void withoutJavaScriptThePageKeepsItsSearchFormAndLinks() {
        openMissing("relations/algeria-rusia/", 390, false);
        assertThat(page.locator(".not-found__suggest")).isHidden();
        assertThat(page.locator("form[role=search] input[name=q]")).isVisible();
        assertThat(page.locator(".link-list a")).hasCount(4);
        shot("nojs-390");
    }
}
