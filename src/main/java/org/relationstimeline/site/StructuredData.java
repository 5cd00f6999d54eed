package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.EntryPage;
import org.relationstimeline.site.pages.HomePage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.RelationsPage;
import org.relationstimeline.site.pages.TimelinePage;
import org.relationstimeline.site.pages.TopicsPage;
import org.relationstimeline.site.pages.YearsPage;
import org.relationstimeline.text.Json;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Source;
import org.relationstimeline.timeline.Timeline;

/**
 * schema.org JSON-LD for a page. An entry is a {@code NewsArticle} about an {@code Event}, citing
 * its sources; a timeline (pair, country, topic, year) is a {@code CollectionPage} whose main
 * entity is an {@code ItemList} of its entries; the home page is the {@code WebSite}.
 */
final class StructuredData {
    private StructuredData() {}

    static String of(Page page, String description, SiteConfig config, UrlScheme urls) {
        Map<String, Object> data;
        if (page instanceof HomePage) data = website(config, urls);
        else if (page instanceof EntryPage e) data = article(e.entry(), description, config, urls);
        else if (page instanceof TimelinePage list) data = collection(list, description, config, urls);
        else if (isIndex(page)) data = webPage(page, "CollectionPage", description, config, urls);
        else data = webPage(page, "WebPage", description, config, urls);
        return Json.compact(data);
    }

    /** Pages that list other pages of the site. */
    private static boolean isIndex(Page page) {
        return page instanceof RelationsPage
                || page instanceof CountriesPage
                || page instanceof TopicsPage
                || page instanceof YearsPage;
    }

    private static Map<String, Object> website(SiteConfig config, UrlScheme urls) {
        Map<String, Object> m = typed("WebSite");
        m.put("name", config.title());
        m.put("description", config.description());
        m.put("url", urls.absolute(urls.home()));
        m.put("inLanguage", config.language());
        return m;
    }

    private static Map<String, Object> article(Entry e, String description, SiteConfig config, UrlScheme urls) {
        String url = urls.absolute(urls.entry(e));
        Map<String, Object> m = typed("NewsArticle");
        m.put("headline", e.title());
        m.put("description", description);
        m.put("url", url);
        m.put("mainEntityOfPage", url);
        m.put("inLanguage", config.language());
        // The days the article was written and revised (front matter); the event's own date is the Event's.
        if (e.published() != null) m.put("datePublished", e.published().iso());
        if (e.updated() != null) m.put("dateModified", e.updated().iso());
        Map<String, Object> event = node("Event");
        event.put("name", e.title());
        event.put("startDate", e.date().iso());
        // An ongoing span has a start only: schema.org has no "still going on", and no end is known.
        if (e.end().date() != null) event.put("endDate", e.end().date().iso());
        if (!e.summary().isBlank()) event.put("description", e.summary());
        m.put("about", event);
        m.put("mentions", e.parties().stream().map(p -> party(p, urls)).toList());
        if (!e.topics().isEmpty())
            m.put("keywords", e.topics().stream().map(config::topicLabel).toList());
        if (!e.sources().isEmpty())
            m.put("citation", e.sources().stream().map(StructuredData::citation).toList());
        m.put("isPartOf", site(config, urls));
        return m;
    }

    private static Map<String, Object> citation(Source s) {
        Map<String, Object> m = node("CreativeWork");
        m.put("name", s.title());
        if (!s.publisher().isBlank()) {
            Map<String, Object> publisher = node("Organization");
            publisher.put("name", s.publisher());
            m.put("publisher", publisher);
        }
        if (!s.dateIso().isEmpty()) m.put("datePublished", s.dateIso());
        if (!s.url().isBlank()) m.put("url", s.url());
        return m;
    }

    private static Map<String, Object> collection(
            TimelinePage page, String description, SiteConfig config, UrlScheme urls) {
        Map<String, Object> m = webPage(page, "CollectionPage", description, config, urls);
        List<Map<String, Object>> about =
                page.subjects().stream().map(p -> party(p, urls)).toList();
        if (!about.isEmpty()) m.put("about", about);
        int offset = (page.pagination().page() - 1) * SitePlanner.PAGE_SIZE;
        List<Object> items = new ArrayList<>();
        for (Timeline.YearGroup group : page.groups()) {
            for (Entry e : group.entries()) {
                Map<String, Object> item = node("ListItem");
                item.put("position", offset + items.size() + 1);
                item.put("url", urls.absolute(urls.entry(e)));
                item.put("name", e.title());
                items.add(item);
            }
        }
        Map<String, Object> list = node("ItemList");
        list.put(
                "itemListOrder",
                page.isMainListing()
                        ? "https://schema.org/ItemListOrderDescending"
                        : "https://schema.org/ItemListOrderAscending");
        list.put("numberOfItems", items.size());
        list.put("itemListElement", items);
        m.put("mainEntity", list);
        return m;
    }

    private static Map<String, Object> webPage(
            Page page, String type, String description, SiteConfig config, UrlScheme urls) {
        Map<String, Object> m = typed(type);
        m.put("name", page.title());
        m.put("description", description);
        m.put("url", urls.absolute(page.url()));
        m.put("inLanguage", config.language());
        m.put("isPartOf", site(config, urls));
        return m;
    }

    private static Map<String, Object> party(Party p, UrlScheme urls) {
        Map<String, Object> m = node(p.kind() == Party.Kind.ORGANIZATION ? "Organization" : "Country");
        m.put("name", p.name());
        m.put("url", urls.absolute(urls.country(p)));
        return m;
    }

    private static Map<String, Object> site(SiteConfig config, UrlScheme urls) {
        Map<String, Object> m = node("WebSite");
        m.put("name", config.title());
        m.put("url", urls.absolute(urls.home()));
        return m;
    }

    /** The top node of a page's data, which names the vocabulary. */
    private static Map<String, Object> typed(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@context", "https://schema.org");
        m.putAll(node(type));
        return m;
    }

    private static Map<String, Object> node(String type) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("@type", type);
        return m;
    }
}
