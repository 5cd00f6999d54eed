package org.relationstimeline.site.pages;

import org.relationstimeline.config.SiteConfig;

/**
 * One page of the plan. Each kind is a record whose components, beside its {@link Frame}, are
 * exactly the variables its template receives (see {@code docs/THEME.md}); feeds, sitemap,
 * JSON-LD, charts and exports read these types, never a map of names.
 */
public sealed interface Page
        permits HomePage,
                RelationsPage,
                CountriesPage,
                TopicsPage,
                YearsPage,
                EntryPage,
                SearchPage,
                GeneralPage,
                NotFoundPage,
                TimelinePage {

    Kind kind();

    Frame frame();

    default String url() {
        return frame().url();
    }

    /**
     * The root-relative URL search engines should index for this page's content: its own, but for a page that
     * shows another page's content in another order (a timeline read oldest first), which names that page.
     */
    default String canonicalUrl() {
        return url();
    }

    default String title() {
        return frame().title();
    }

    /**
     * One or two sentences from the data the page shows, for search engines and link previews;
     * empty where the site's own description says it better.
     */
    default String description(SiteConfig config) {
        return "";
    }
}
