package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.timeline.Timeline.PairCount;

/** The index of every relation, by name, with its number of entries. */
public record RelationsPage(Frame frame, List<PairCount> pairs) implements Page {
    @Override
    public Kind kind() {
        return Kind.RELATIONS;
    }

    @Override
    public String description(SiteConfig config) {
        return "Every relation between two countries or organisations on the timeline, with its number of events.";
    }
}
