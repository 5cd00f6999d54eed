package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.PageViews.Pagination;
import org.relationstimeline.text.Json;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Source;
import org.relationstimeline.timeline.Timeline;

/**
 * schema.org JSON-LD for a page. An entry is a {@code NewsArticle} about an {@code Event}, citing
 * its sources; a timeline (pair, country, topic, year) is a {@code CollectionPage} whose main
 * entity is an {@code ItemList} of its entries; the home page is the {@code WebSite}.
 */
final class StructuredData {
    /** Page kinds that list other pages of the site. */
    private static final Set<String> INDEXES = Set.of("relations", "countries", "topics", "years");

    private StructuredData() {}

    static String of(PlannedPage page, String description, SiteConfig config, UrlScheme urls) {
        Map<String, Object> data = switch (page.template()) {
            case "home" -> website(config, urls);
            case "entry" -> page.model().get("entry") instanceof Entry e ? article(e, description, config, urls) : webPage(page, "WebPage", description, config, urls);
            default -> page.model().get("groups") instanceof List<?> groups
                    ? collection(page, groups, description, config, urls)
                    : webPage(page, INDEXES.contains(page.template()) ? "CollectionPage" : "WebPage", description, config, urls);
        };
        return Json.compact(data);
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
        Map<String, Object> event = node("Event");
        event.put("name", e.title());
        event.put("startDate", e.date().iso());
        if (!e.summary().isBlank()) event.put("description", e.summary());
        m.put("about", event);
        m.put("mentions", e.parties().stream().map(p -> party(p, urls)).toList());
        if (!e.topics().isEmpty()) m.put("keywords", e.topics().stream().map(config::topicLabel).toList());
        if (!e.sources().isEmpty()) m.put("citation", e.sources().stream().map(StructuredData::citation).toList());
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

    private static Map<String, Object> collection(PlannedPage page, List<?> groups, String description, SiteConfig config,
                                                  UrlScheme urls) {
        Map<String, Object> m = webPage(page, "CollectionPage", description, config, urls);
        List<Object> about = new ArrayList<>();
        if (page.model().get("pair") instanceof Pair pair) {
            about.add(party(pair.first(), urls));
            about.add(party(pair.second(), urls));
        } else if (page.model().get("party") instanceof Party party) {
            about.add(party(party, urls));
        }
        if (!about.isEmpty()) m.put("about", about);
        int offset = page.model().get("pagination") instanceof Pagination p ? (p.page() - 1) * SitePlanner.PAGE_SIZE : 0;
        List<Object> items = new ArrayList<>();
        for (Object g : groups) {
            if (!(g instanceof Timeline.YearGroup group)) continue;
            for (Entry e : group.entries()) {
                Map<String, Object> item = node("ListItem");
                item.put("position", offset + items.size() + 1);
                item.put("url", urls.absolute(urls.entry(e)));
                item.put("name", e.title());
                items.add(item);
            }
        }
        Map<String, Object> list = node("ItemList");
        list.put("itemListOrder", "https://schema.org/ItemListOrderDescending");
        list.put("numberOfItems", items.size());
        list.put("itemListElement", items);
        m.put("mainEntity", list);
        return m;
    }

    private static Map<String, Object> webPage(PlannedPage page, String type, String description, SiteConfig config,
                                               UrlScheme urls) {
        Map<String, Object> m = typed(type);
        m.put("name", String.valueOf(page.model().getOrDefault("title", config.title())));
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
