package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.timeline.Timeline.YearGroup;

/** A page of the entries of one year. */
public record YearPage(Frame frame, int year, int total, List<YearGroup> groups, Pagination pagination)
        implements TimelinePage {
    @Override
    public Kind kind() {
        return Kind.YEAR;
    }

    @Override
    public String description(SiteConfig config) {
        return "Events of " + year + ", newest first.";
    }
}
