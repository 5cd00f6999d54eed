package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.EventType;

/**
 * The search page: its form offers every party, topic and year as a filter, and every event type
 * the entries use (with their classes, cooperation and conflict).
 */
public record SearchPage(
        Frame frame, List<PartyCount> countries, List<TopicCount> topics, List<YearCount> years, List<EventType> types)
        implements Page {
    @Override
    public Kind kind() {
        return Kind.SEARCH;
    }
}
