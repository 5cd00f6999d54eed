package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.TopicCount;

/** The index of every topic with its number of entries. */
public record TopicsPage(Frame frame, List<TopicCount> topics) implements Page {
    @Override
    public Kind kind() {
        return Kind.TOPICS;
    }

    @Override
    public String description(SiteConfig config) {
        return "Every topic of the timeline, with its number of events.";
    }
}
