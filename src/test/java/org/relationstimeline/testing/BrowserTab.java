package org.relationstimeline.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a browser test has open during one test: one context with its page at a time (opening
 * another closes it), and the faults its pages reported.
 */
public final class BrowserTab implements AutoCloseable {
    private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
    private BrowserContext context;

    /** A page in a new context, its console errors, script errors and failed requests watched. */
    public Page open(Browser browser, Browser.NewContextOptions options) {
        Page page = openUnwatched(browser, options);
        Chromium.watchProblems(page, problems);
        return page;
    }

    /** A page in a new context, for a test that watches it its own way (into {@link #problems}). */
    public Page openUnwatched(Browser browser, Browser.NewContextOptions options) {
        close();
        context = browser.newContext(options);
        return context.newPage();
    }

    /** The faults reported so far; a test may add its own. */
    public List<String> problems() {
        return problems;
    }

    public void assertNoProblems() {
        assertThat(problems).as("console errors and failed requests").isEmpty();
    }

    @Override
    public void close() {
        if (context != null) context.close();
        context = null;
    }
}
