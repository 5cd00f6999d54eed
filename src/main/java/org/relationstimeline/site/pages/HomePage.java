package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline.RelationCount;

/**
 * The front page.
 *
 * @param recent the newest entries
 * @param busiest the relations with the most bilateral entries, most first
 * @param countries every party with its counts, by name
 * @param entryCount entries on the whole site
 * @param pairCount relations with at least one bilateral entry
 * @param multilateralEvents entries of three or more parties
 */
public record HomePage(
        Frame frame,
        List<Entry> recent,
        List<RelationCount> busiest,
        List<PartyCount> countries,
        int entryCount,
        int pairCount,
        int multilateralEvents)
        implements Page {
    @Override
    public Kind kind() {
        return Kind.HOME;
    }
}
