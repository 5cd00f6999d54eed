package org.relationstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Playwright;
import java.nio.file.Path;

/**
 * A site built for a sub-path, served from loopback and opened in Debian's chromium: what a
 * browser test class sets up once and closes after its last test.
 */
public final class BrowserSite implements AutoCloseable {
    /** Builds the site for the address it will be served from and returns its output folder. */
    @FunctionalInterface
    public interface Build {
        Path at(String baseUrl) throws Exception;
    }

    private final StaticSiteServer server;
    private final Playwright playwright;
    private final Browser browser;

    private BrowserSite(StaticSiteServer server, Playwright playwright, Browser browser) {
        this.server = server;
        this.playwright = playwright;
        this.browser = browser;
    }

    public static BrowserSite start(String subPath, Build build) throws Exception {
        Chromium.requireInstalled();
        StaticSiteServer server = StaticSiteServer.start(subPath);
        try {
            server.serve(build.at(server.baseUrl()));
            Playwright playwright = Chromium.playwright();
            return new BrowserSite(server, playwright, Chromium.launch(playwright));
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
    }

    /** Builds the project with these options and returns its site; a failed build fails the set-up with its errors. */
    public static Path built(TestProject project, String... options) {
        TestProject.Run run = project.build(options);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return project.site();
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public Browser browser() {
        return browser;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
        server.close();
    }
}
