package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Timeline.PartnerCount;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A page of a party's timeline.
 *
 * @param partners every party it has entries with, most entries first
 * @param yearCounts entries per year over the whole timeline, oldest first
 */
public record CountryPage(Frame frame, Party party, List<PartnerCount> partners, List<YearCount> yearCounts,
                          int total, List<YearGroup> groups, Pagination pagination) implements TimelinePage {
    @Override
    public Kind kind() {
        return Kind.COUNTRY;
    }

    @Override
    public List<Party> subjects() {
        return List.of(party);
    }

    @Override
    public String description(SiteConfig config) {
        return Describe.events(total) + " involving " + party.name() + ", with " + partners.size()
                + (partners.size() == 1 ? " partner" : " partners") + Describe.span(yearCounts) + ".";
    }
}
