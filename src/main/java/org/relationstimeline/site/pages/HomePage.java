package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Timeline.PairCount;

/**
 * The front page.
 *
 * @param recent the newest entries
 * @param busiest the relations with the most entries, most first
 * @param countries every party with its counts, by name
 * @param entryCount entries on the whole site
 * @param pairCount relations on the whole site
 */
public record HomePage(Frame frame, List<Entry> recent, List<PairCount> busiest, List<PartyCount> countries,
                       int entryCount, int pairCount) implements Page {
    @Override
    public Kind kind() {
        return Kind.HOME;
    }
}
