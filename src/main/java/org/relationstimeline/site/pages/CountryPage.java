package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.Downloads;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Timeline.PairCount;
import org.relationstimeline.timeline.Timeline.PartnerCount;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A page of a party's timeline.
 *
 * @param partners every party it has entries with, most entries first
 * @param yearCounts entries per year over the whole timeline, oldest first
 * @param profile what an editor wrote about the party, or null
 * @param lead a sentence made from the data, for a page whose profile gives no summary
 * @param seeAlso the relations the profile points to, where they have entries
 * @param downloads its feed and data files
 */
public record CountryPage(
        Frame frame,
        Party party,
        List<PartnerCount> partners,
        List<YearCount> yearCounts,
        Profile profile,
        String lead,
        KeyFacts facts,
        List<PairCount> seeAlso,
        Downloads downloads,
        int total,
        List<YearGroup> groups,
        Pagination pagination)
        implements TimelinePage, WithProfile {
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
        if (profile != null && !profile.summary().isBlank()) return profile.summary();
        return Describe.events(total) + " involving " + party.name() + ", with " + partners.size()
                + (partners.size() == 1 ? " partner" : " partners") + Describe.span(yearCounts) + ".";
    }
}
