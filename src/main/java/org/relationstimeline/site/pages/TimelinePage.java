package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.timeline.Timeline.YearGroup;

/** A page of a list of entries grouped by year, split into pages of {@code SitePlanner.PAGE_SIZE}. */
public sealed interface TimelinePage extends Page permits PairPage, CountryPage, TopicPage, YearPage, MultilateralPage {
    /** This page's slice of the list, newest first (oldest first on the oldest-first listing). */
    List<YearGroup> groups();

    Pagination pagination();

    /** Entries on the whole list, over all its pages. */
    int total();

    /** The parties the list is about: both of a pair, the one of a country, none for a topic or year. */
    default List<Party> subjects() {
        return List.of();
    }

    /** Page 1 of the list, in either reading order. */
    default boolean isFirst() {
        return pagination().page() == 1;
    }

    /** A page of the main listing (newest first), not of the oldest-first copy of the list. */
    default boolean isMainListing() {
        return !pagination().order().oldestFirst();
    }

    /** The oldest-first listing names the main one: the same entries, in the other order. */
    @Override
    default String canonicalUrl() {
        return isMainListing() ? url() : pagination().order().newestFirstUrl();
    }
}
