package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Timeline.PairCount;

/**
 * The index of every party.
 *
 * @param overviewParties the most documented parties, which the relations matrix compares
 * @param overviewPairs the relations among those parties
 * @param busiestPairs the relations with the most entries, most first, which the world map draws as lines
 */
public record CountriesPage(
        Frame frame,
        List<PartyCount> countries,
        List<Party> overviewParties,
        List<PairCount> overviewPairs,
        List<PairCount> busiestPairs)
        implements Page {
    @Override
    public Kind kind() {
        return Kind.COUNTRIES;
    }

    @Override
    public String description(SiteConfig config) {
        return "Every country and organisation on the timeline, with its events and partners.";
    }
}
