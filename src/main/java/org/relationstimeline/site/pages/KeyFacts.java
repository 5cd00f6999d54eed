package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.Counterpart;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.EventDate;

/**
 * What the data says about a relation or a party, for the key facts box beside the editor's facts.
 *
 * @param established when diplomatic relations began, from the relation's profile, or null
 * @param establishedEvent an entry of that date on the relation or on it under a former state, or null
 * @param total entries on the timeline
 * @param bilateral those of them with no other party
 * @param first the oldest entry
 * @param latest the newest entry
 * @param topics entries per topic, most first
 * @param busiestYears up to three years with two entries or more, most first
 * @param capitals the parties, among the page's subjects, whose capitals the registry knows
 * @param counterparts the same relation or party under a former or later state, where it has entries
 * @param cooperation entries whose type is of the cooperation class
 * @param conflict entries whose type is of the conflict class
 */
public record KeyFacts(
        EventDate established,
        Entry establishedEvent,
        int total,
        int bilateral,
        Entry first,
        Entry latest,
        List<TopicCount> topics,
        List<YearCount> busiestYears,
        List<Party> capitals,
        List<Counterpart> counterparts,
        int cooperation,
        int conflict) {
    public KeyFacts {
        topics = List.copyOf(topics);
        busiestYears = List.copyOf(busiestYears);
        capitals = List.copyOf(capitals);
        counterparts = List.copyOf(counterparts);
    }

    /** Entries with a type. */
    public int typed() {
        return cooperation + conflict;
    }

    /** Entries without a type. */
    public int untyped() {
        return total - typed();
    }

    /** Entries that also name other parties. */
    public int multilateral() {
        return total - bilateral;
    }
}
