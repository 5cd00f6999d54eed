package org.relationstimeline.site.pages;

import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.timeline.PageText;

/** A general page an editor wrote (About, Methodology, Corrections), from {@code content/pages/}. */
public record GeneralPage(Frame frame, PageText document) implements Page, WithBody {
    @Override
    public Kind kind() {
        return Kind.PAGE;
    }

    @Override
    public String bodyMarkdown() {
        return document.body();
    }

    @Override
    public String bodySource() {
        return document.path();
    }

    @Override
    public String description(SiteConfig config) {
        return document.summary();
    }
}
