package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.timeline.Timeline.YearGroup;

/** A page of the entries of three or more parties: treaties, summits, groupings. */
public record MultilateralPage(Frame frame, int total, List<YearGroup> groups, Pagination pagination)
        implements TimelinePage {
    @Override
    public Kind kind() {
        return Kind.MULTILATERAL;
    }

    @Override
    public String description(SiteConfig config) {
        return Describe.events(total) + " with three or more parties, newest first.";
    }
}
