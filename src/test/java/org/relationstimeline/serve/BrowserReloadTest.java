package org.relationstimeline.serve;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.relationstimeline.pipeline.BuildOptions;
import org.relationstimeline.testing.BrowserTest;
import org.relationstimeline.testing.Chromium;

/**
 * The reload as a reader sees it, in Debian's chromium (installed by scripts/test.sh): an open tab
 * shows the saved change without anyone pressing reload, and shows the error panel while the
 * content is broken.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
@BrowserTest
class BrowserReloadTest {
    private static final String ENTRY = "content/entries/2023/2023-08-01-military-talks.md";
    private static final LocatorAssertions.HasTextOptions PATIENT =
            new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    @TempDir
    Path tmp;

    private Path project;
    private PreviewServer server;
    private Playwright playwright;
    private Browser browser;

    @BeforeEach
    void start() throws IOException {
        // Playwright's assertions retry for 5 s by default; on a loaded machine a page can take longer.
        // Only a failing assertion waits the whole time.
        PlaywrightAssertions.setDefaultAssertionTimeout(30_000);
        project = PreviewFixture.project(tmp.resolve("project"));
        server = PreviewServer.start(BuildOptions.standard(project), 0, new PrintWriter(new StringWriter(), true));
        playwright = Chromium.playwright();
        browser = Chromium.launch(playwright);
    }

    @AfterEach
    void stop() throws IOException {
        if (browser != null) browser.close();
        if (playwright != null) playwright.close();
        if (server != null) server.close();
    }

    private void edit(String from, String to) throws IOException {
        Path p = project.resolve(ENTRY);
        Files.writeString(p, Files.readString(p).replace(from, to));
    }

    @Test
    void anOpenTabReloadsOnSaveAndShowsErrorsUntilTheyAreFixed() throws IOException {
        Page page = browser.newPage();
        page.navigate(server.url().resolve("/entries/2023/military-talks/").toString());
        assertThat(page.locator("h1")).hasText("Russia and Algeria discuss military cooperation");
        page.waitForFunction("() => document.readyState === 'complete'");

        edit("discuss military cooperation", "hold talks on air defence");
        assertThat(page.locator("h1")).hasText("Russia and Algeria hold talks on air defence", PATIENT);

        edit("countries: [DZ, RU]", "countries: [DZ, Rusia]");
        assertThat(page.locator("#rt-overlay li"))
                .containsText(
                        "unknown country 'Rusia'", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
        assertThat(page.locator("h1")).hasText("Russia and Algeria hold talks on air defence");

        edit("Rusia", "RU");
        assertThat(page.locator("#rt-overlay")).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(20_000));
        assertThat(page.evaluate("() => document.documentElement.outerHTML").toString())
                .contains("__rt/events");
    }
}
