package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.Period;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A page of the entries of one year.
 *
 * @param continuing spans that began in an earlier year and were still going on in this one, oldest
 *     first, at most {@link #MAX_CONTINUING}; empty on later pages of the year
 */
public record YearPage(
        Frame frame, int year, int total, List<YearGroup> groups, Pagination pagination, List<Period> continuing)
        implements TimelinePage {
    /** The most earlier spans a year page names; they are listed under their own start year too. */
    public static final int MAX_CONTINUING = 20;

    @Override
    public Kind kind() {
        return Kind.YEAR;
    }

    @Override
    public String description(SiteConfig config) {
        return "Events of " + year + ", newest first.";
    }
}
