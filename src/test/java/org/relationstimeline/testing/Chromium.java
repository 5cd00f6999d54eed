package org.relationstimeline.testing;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's chromium, driven by Playwright, as every browser test launches it: headless, with
 * nothing of its own downloaded (not even a browser) and nothing that calls home.
 */
public final class Chromium {
    public static final Path EXECUTABLE = Path.of("/usr/bin/chromium");

    private Chromium() {}

    /** Fails the test class with how to install chromium when it is missing. */
    public static void requireInstalled() {
        if (!Files.isExecutable(EXECUTABLE)) {
            fail("The browser tests need Debian's chromium at " + EXECUTABLE + " and it is not there. "
                    + "Run ./scripts/test.sh, which installs it (apt-get install chromium), or install it yourself.");
        }
    }

    public static Playwright playwright() {
        return Playwright.create(
                new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    }

    public static Browser launch(Playwright playwright) {
        requireInstalled();
        return playwright
                .chromium()
                .launch(new BrowserType.LaunchOptions()
                        .setHeadless(true)
                        .setExecutablePath(EXECUTABLE)
                        .setArgs(List.of(
                                "--no-sandbox",
                                "--disable-gpu",
                                "--disable-dev-shm-usage",
                                "--disable-background-networking",
                                "--disable-component-update",
                                "--disable-sync",
                                "--no-first-run")));
    }

    /**
     * Collects what a reader would count as a fault of the page into {@code problems}: console
     * errors, script errors, failed requests and answers of 400 or more.
     */
    public static void watchProblems(Page page, List<String> problems) {
        page.onConsoleMessage(m -> {
            if (m.type().equals("error")) problems.add("console error on " + page.url() + ": " + m.text());
        });
        page.onPageError(e -> problems.add("script error on " + page.url() + ": " + e));
        page.onRequestFailed(r -> problems.add("request failed: " + r.url() + " (" + r.failure() + ")"));
        page.onResponse(r -> {
            if (r.status() >= 400) problems.add("HTTP " + r.status() + ": " + r.url());
        });
    }
}
