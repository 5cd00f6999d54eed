package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.timeline.Timeline.RelationCount;

/**
 * The index of every relation. Relations are ranked by their bilateral entries; those known only
 * from events of three or more parties are listed apart, so a six-party treaty does not look like
 * fifteen relationships.
 *
 * @param pairs the relations with at least one bilateral entry, most first
 * @param multilateralOnly the relations whose every entry has other parties too, by name
 * @param multilateralEvents entries of three or more parties on the site
 */
public record RelationsPage(
        Frame frame, List<RelationCount> pairs, List<RelationCount> multilateralOnly, int multilateralEvents)
        implements Page {
    @Override
    public Kind kind() {
        return Kind.RELATIONS;
    }

    @Override
    public String description(SiteConfig config) {
        return "Every relation between two countries or organisations on the timeline, ranked by its bilateral events.";
    }
}
