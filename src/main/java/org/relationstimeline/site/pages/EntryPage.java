package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.EntryTimeline;
import org.relationstimeline.timeline.Entry;

/**
 * One entry's page.
 *
 * @param timelines one per pair of the entry's parties, in the order of {@link Entry#pairs()}
 * @param withNeighbours those of them with an entry before or after it
 * @param aloneOn the others, where it is the only entry so far
 * @param citation how to cite the page: plain text, BibTeX and CSL-JSON
 */
public record EntryPage(
        Frame frame,
        Entry entry,
        List<EntryTimeline> timelines,
        List<EntryTimeline> withNeighbours,
        List<EntryTimeline> aloneOn,
        Citation citation)
        implements Page, WithBody {
    @Override
    public Kind kind() {
        return Kind.ENTRY;
    }

    @Override
    public String bodyMarkdown() {
        return entry.body();
    }

    @Override
    public String bodySource() {
        return entry.path();
    }

    @Override
    public String description(SiteConfig config) {
        if (!entry.summary().isBlank()) return entry.summary();
        List<String> names = entry.parties().stream().map(Party::name).toList();
        String parties = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return entry.when().displayAtStart() + ": an event between " + parties + ".";
    }
}
