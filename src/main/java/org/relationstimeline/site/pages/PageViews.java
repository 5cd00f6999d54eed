package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Chapters;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.When;

/** Small view records the planner hands to templates. */
public final class PageViews {
    private PageViews() {}

    /** A link in the breadcrumb trail. */
    public record Crumb(String label, String url) {}

    /**
     * Page n of m of a list, with the URLs of its neighbours (empty at the ends), and the order it is read in.
     */
    public record Pagination(
            int page, int pages, String previousUrl, String nextUrl, List<PageLink> links, ReadingOrder order) {
        /** A list that is published newest first only. */
        public Pagination(int page, int pages, String previousUrl, String nextUrl, List<PageLink> links) {
            this(page, pages, previousUrl, nextUrl, links, ReadingOrder.NEWEST_ONLY);
        }

        public boolean isMultiple() {
            return pages > 1;
        }
    }

    /**
     * The order a list is read in. A list published in both orders has a second listing, oldest first, beside
     * the main one (newest first); both URLs are the first pages of the two listings.
     *
     * @param oldestFirst true on the pages of the oldest-first listing
     * @param newestFirstUrl the main listing, empty for a list published in one order
     * @param oldestFirstUrl the oldest-first listing, empty for a list published in one order
     */
    public record ReadingOrder(boolean oldestFirst, String newestFirstUrl, String oldestFirstUrl) {
        public static final ReadingOrder NEWEST_ONLY = new ReadingOrder(false, "", "");

        /** Whether the list can be read in both orders, so a page offers the other one. */
        public boolean isToggle() {
            return !oldestFirstUrl.isEmpty();
        }
    }

    public record PageLink(int number, String url, boolean current) {}

    /**
     * A chapter of a timeline told in eras, in the small table of contents above it: its heading and where it
     * begins in the page's reading order (the page and the heading's anchor).
     *
     * @param url where the chapter begins, or empty for an era of the profile without entries
     * @param onThisPage whether the chapter begins on this page
     */
    public record ChapterLink(Chapters.Heading heading, String url, boolean onThisPage) {}

    /** A party with how many entries and partners it has. */
    public record PartyCount(Party party, int entries, int partners) {}

    public record TopicCount(String key, String label, int count) {}

    public record YearCount(int year, int count) {}

    /**
     * A year's typed entries on a timeline, by class.
     *
     * @param url where that year's entries are listed: its heading on the page of the timeline that shows them
     */
    public record TypeYear(int year, int cooperation, int conflict, String url) {}

    /**
     * Cooperation against conflict on a timeline.
     *
     * @param years oldest first, only years with a typed entry
     * @param untyped entries without a type, which the counts leave out
     */
    public record TypeBalance(List<TypeYear> years, int cooperation, int conflict, int untyped) {
        public TypeBalance {
            years = List.copyOf(years);
        }

        public int typed() {
            return cooperation + conflict;
        }
    }

    /**
     * An entry that is a span, for a chart of the periods of a timeline.
     *
     * @param url the entry's page
     */
    public record Period(String title, String url, When when) {}

    /** Where a list's entries can be followed and downloaded: its Atom feed, JSON and CSV files. */
    public record Downloads(String feed, String json, String csv) {}

    /** The link-preview image of a page ({@code og:image}): a root-relative URL and its alternative text. */
    public record SocialImage(String url, String alt) {}

    /** A link to one of the site's general pages (About, Methodology), for the footer. */
    public record NavLink(String label, String url) {}

    /**
     * The same relation or party under a former or later state: Algeria–Soviet Union on the
     * Algeria–Russia page, Russia on the Soviet Union's.
     *
     * @param name the pair's or party's name
     * @param url its page
     * @param count its entries
     * @param earlier true for a former state, false for a later one
     */
    public record Counterpart(String name, String url, int count, boolean earlier) {}

    /**
     * An entry on one of its pairs' timelines: the page that lists it (with its anchor), and the
     * entries just before and after it there (null at the ends).
     */
    public record EntryTimeline(Pair pair, String url, Entry older, Entry newer) {}
}
