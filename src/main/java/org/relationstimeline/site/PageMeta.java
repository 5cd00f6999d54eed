package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.PageViews.Pagination;
import org.relationstimeline.site.PageViews.YearCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;

/**
 * What a page tells search engines, link previews and feed readers about itself: its canonical
 * URL, a description, its Open Graph type, the Atom feeds that follow it and schema.org JSON-LD.
 * A pure function of the planned page, so it changes only when the page's data does.
 *
 * @param canonical absolute URL of the page, or empty for a page served at any address (404)
 * @param ogType Open Graph type: "article" for an entry, "website" otherwise
 * @param feeds the feeds to announce with {@code <link rel="alternate">}, most specific first
 * @param jsonLd schema.org data as JSON that is safe inside a script element, or empty
 */
public record PageMeta(String canonical, String description, String ogType, List<FeedLink> feeds, String jsonLd,
                       boolean indexable) {

    /** An Atom feed announced in the page head; {@code url} is root-relative. */
    public record FeedLink(String title, String url) {}

    public static PageMeta of(PlannedPage page, SiteConfig config, UrlScheme urls) {
        boolean indexable = isIndexable(page);
        String description = description(page, config);
        String canonical = indexable ? urls.absolute(page.url()) : "";
        String ogType = page.template().equals("entry") ? "article" : "website";
        String jsonLd = indexable ? StructuredData.of(page, description, config, urls) : "";
        return new PageMeta(canonical, description, ogType, feeds(page, config, urls), jsonLd, indexable);
    }

    /** False for pages that have no address of their own (the 404 page), which sitemaps leave out. */
    public static boolean isIndexable(PlannedPage page) {
        return !page.template().equals("404");
    }

    private static List<FeedLink> feeds(PlannedPage page, SiteConfig config, UrlScheme urls) {
        List<FeedLink> feeds = new ArrayList<>();
        if (page.template().equals("pair") && page.model().get("pair") instanceof Pair pair) {
            feeds.add(new FeedLink(pair.name() + " \u00b7 " + config.title(), urls.feed(pair)));
        } else if (page.template().equals("country") && page.model().get("party") instanceof Party party) {
            feeds.add(new FeedLink(party.name() + " \u00b7 " + config.title(), urls.feed(party)));
        }
        feeds.add(new FeedLink(config.title(), urls.feed()));
        return List.copyOf(feeds);
    }

    /** One or two sentences from the data the page shows; the site's description where there is nothing better. */
    static String description(PlannedPage page, SiteConfig config) {
        var model = page.model();
        String text = switch (page.template()) {
            case "entry" -> model.get("entry") instanceof Entry e ? entryDescription(e) : "";
            case "pair" -> model.get("pair") instanceof Pair p && model.get("total") instanceof Integer total
                    ? count(total) + " in the relations between " + p.first().name() + " and " + p.second().name()
                    + span(model.get("yearCounts")) + "." : "";
            case "country" -> model.get("party") instanceof Party p && model.get("total") instanceof Integer total
                    && model.get("partners") instanceof List<?> partners
                    ? count(total) + " involving " + p.name() + ", with " + partners.size()
                    + (partners.size() == 1 ? " partner" : " partners") + span(model.get("yearCounts")) + "." : "";
            case "topic" -> model.get("topic") instanceof String topic ? "Events on " + config.topicLabel(topic) + ", newest first." : "";
            case "year" -> model.get("year") instanceof Integer year ? "Events of " + year + ", newest first." : "";
            case "relations" -> "Every relation between two countries or organisations on the timeline, with its number of events.";
            case "countries" -> "Every country and organisation on the timeline, with its events and partners.";
            case "topics" -> "Every topic of the timeline, with its number of events.";
            case "years" -> "Every year of the timeline, with its number of events.";
            default -> "";
        };
        if (text.isEmpty()) return config.description();
        if (model.get("pagination") instanceof Pagination p && p.page() > 1) text += " Page " + p.page() + " of " + p.pages() + ".";
        return text;
    }

    private static String entryDescription(Entry e) {
        if (!e.summary().isBlank()) return e.summary();
        List<String> names = e.parties().stream().map(Party::name).toList();
        String parties = String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        return e.date().display() + ": an event between " + parties + ".";
    }

    private static String count(int n) {
        return n + (n == 1 ? " event" : " events");
    }

    private static String span(Object yearCounts) {
        if (!(yearCounts instanceof List<?> list) || list.isEmpty()) return "";
        if (!(list.get(0) instanceof YearCount first) || !(list.get(list.size() - 1) instanceof YearCount last)) return "";
        return first.year() == last.year() ? ", " + first.year() : ", " + first.year() + "\u2013" + last.year();
    }
}
