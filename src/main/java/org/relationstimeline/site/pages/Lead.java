package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline.PartnerCount;

/** The opening sentence of a pair or country page that has no editor's summary, made from its data. */
public final class Lead {
    private Lead() {}

    /**
     * "The timeline records 8 events between Algeria and Russia, 2001–2023, most often filed under
     * Diplomacy." A relation known only from multilateral events says so.
     */
    public static String pair(Pair pair, KeyFacts facts, List<YearCount> years) {
        String names = pair.first().name() + " and " + pair.second().name();
        if (facts.bilateral() == 0) {
            return names + " appear on the timeline only together with other parties: " + Describe.events(facts.total())
                    + " with three or more parties" + Describe.span(years) + ".";
        }
        String lead = "The timeline records " + Describe.events(facts.total()) + " between " + names
                + Describe.span(years) + topicClause(facts.topics()) + ".";
        if (facts.multilateral() > 0) {
            lead += " "
                    + (facts.multilateral() == 1
                            ? "One of them also involves"
                            : facts.multilateral() + " of them also involve")
                    + " other parties.";
        }
        return lead;
    }

    /** "The timeline records 22 events involving Algeria, 1830–2024, with 6 partners. France is the most frequent partner (9 events)." */
    public static String party(Party party, List<PartnerCount> partners, KeyFacts facts, List<YearCount> years) {
        String lead = "The timeline records " + Describe.events(facts.total()) + " involving " + party.name()
                + Describe.span(years) + ", with " + partners.size()
                + (partners.size() == 1 ? " partner" : " partners");
        if (partners.size() > 1 && partners.get(0).count() > partners.get(1).count()) {
            return lead + ". " + partners.get(0).partner().name() + " is the most frequent partner ("
                    + Describe.events(partners.get(0).count()) + ").";
        }
        return lead + ".";
    }

    /** ", most often filed under Diplomacy", when one topic (or two tied) leads with two entries or more. */
    private static String topicClause(List<TopicCount> mostFirst) {
        if (mostFirst.isEmpty() || mostFirst.get(0).count() < 2) return "";
        TopicCount top = mostFirst.get(0);
        if (mostFirst.size() > 1 && mostFirst.get(1).count() == top.count()) {
            if (mostFirst.size() > 2 && mostFirst.get(2).count() == top.count()) return "";
            return ", most often filed under " + top.label() + " and "
                    + mostFirst.get(1).label();
        }
        return ", most often filed under " + top.label();
    }
}
