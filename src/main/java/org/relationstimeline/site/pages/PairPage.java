package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.ChapterLink;
import org.relationstimeline.site.pages.PageViews.Downloads;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.Period;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.TypeBalance;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Chapters.Chapter;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
import org.relationstimeline.timeline.Timeline.PairCount;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A page of a relation's timeline.
 *
 * @param relatedPairs the same relationship under a former or later state (Algeria–Soviet Union
 *     beside Algeria–Russia), where that pair has entries
 * @param yearCounts entries per year over the whole timeline, oldest first
 * @param pairTopics entries per topic over the whole timeline, by topic key
 * @param profile what an editor wrote about the relation, or null
 * @param lead a sentence made from the data, for a page whose profile gives no summary
 * @param seeAlso the relations the profile points to, where they have entries
 * @param downloads its feed and data files
 * @param periods its entries that are spans, oldest first: at most {@link #MAX_PERIODS}, and one more when there
 *     are more (so the chart can say that it shows only some)
 * @param types cooperation against conflict over the whole timeline, or null when no entry has a type
 * @param chapters this page's entries under the profile's eras, in the page's order; empty without eras
 * @param eraIndex every chapter of the whole timeline, in the page's order, with where it begins; empty
 *     without eras
 */
public record PairPage(
        Frame frame,
        Pair pair,
        List<PairCount> relatedPairs,
        List<YearCount> yearCounts,
        List<TopicCount> pairTopics,
        Profile profile,
        String lead,
        KeyFacts facts,
        List<PairCount> seeAlso,
        Downloads downloads,
        int total,
        List<YearGroup> groups,
        Pagination pagination,
        List<Period> periods,
        TypeBalance types,
        List<Chapter> chapters,
        List<ChapterLink> eraIndex)
        implements TimelinePage, WithProfile {
    /** The most spans a pair page charts; a list that long is read in the timeline itself. */
    public static final int MAX_PERIODS = 30;

    public PairPage {
        chapters = List.copyOf(chapters);
        eraIndex = List.copyOf(eraIndex);
    }

    @Override
    public Kind kind() {
        return Kind.PAIR;
    }

    @Override
    public List<Party> subjects() {
        return List.of(pair.first(), pair.second());
    }

    @Override
    public String description(SiteConfig config) {
        if (profile != null && !profile.summary().isBlank()) return profile.summary();
        return Describe.events(total) + " in the relations between "
                + pair.first().name() + " and " + pair.second().name() + Describe.span(yearCounts) + ".";
    }
}
