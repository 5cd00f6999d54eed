package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.YearCount;

/** The index of every year with entries, newest first. */
public record YearsPage(Frame frame, List<YearCount> years) implements Page {
    @Override
    public Kind kind() {
        return Kind.YEARS;
    }

    @Override
    public String description(SiteConfig config) {
        return "Every year of the timeline, with its number of events.";
    }
}
