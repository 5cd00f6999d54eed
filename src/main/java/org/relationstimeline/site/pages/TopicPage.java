package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.PageViews.Downloads;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.timeline.Timeline.YearGroup;

/**
 * A page of the entries of one topic; {@code topic} is its key (the label is {@code site.topicLabel(topic)}).
 *
 * @param downloads its feed and data files
 */
public record TopicPage(
        Frame frame, String topic, Downloads downloads, int total, List<YearGroup> groups, Pagination pagination)
        implements TimelinePage {
    @Override
    public Kind kind() {
        return Kind.TOPIC;
    }

    @Override
    public String description(SiteConfig config) {
        return "Events on " + config.topicLabel(topic) + (isMainListing() ? ", newest first." : ", oldest first.");
    }
}
