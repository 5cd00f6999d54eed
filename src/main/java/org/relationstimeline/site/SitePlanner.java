package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.countries.Successions;
import org.relationstimeline.site.PageViews.Crumb;
import org.relationstimeline.site.PageViews.PageLink;
import org.relationstimeline.site.PageViews.PairLink;
import org.relationstimeline.site.PageViews.Pagination;
import org.relationstimeline.site.PageViews.PartyCount;
import org.relationstimeline.site.PageViews.TopicCount;
import org.relationstimeline.site.PageViews.YearCount;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline;

/**
 * Decides every page of the site and its model from the timeline, before anything is rendered.
 * Feeds, sitemap, search index and link checks read the same plan.
 */
public final class SitePlanner {
    /** Lists longer than this are split into pages, so page size stays bounded as the corpus grows. */
    public static final int PAGE_SIZE = 200;
    static final int RECENT = 20;
    static final int BUSIEST = 12;
    /** How many of the most documented parties the relations overview on the countries index compares. */
    static final int OVERVIEW = 12;

    private final SiteConfig config;
    private final UrlScheme urls;
    private final Successions successions = Successions.loadDefault();

    public SitePlanner(SiteConfig config, UrlScheme urls) {
        this.config = config;
        this.urls = urls;
    }

    public List<PlannedPage> plan(Timeline timeline) {
        List<PlannedPage> pages = new ArrayList<>();
        // Partners are counted once per party: the home, countries and search pages and each country page use them.
        Map<Party, List<Timeline.PartnerCount>> partners = new HashMap<>();
        timeline.byParty().keySet().forEach(p -> partners.put(p, timeline.partnersOf(p)));
        Map<Party, PartyCount> partyCounts = partyCounts(timeline, partners);
        home(timeline, partyCounts, pages);
        relationsIndex(timeline, pages);
        Map<String, Party> partiesByCode = new HashMap<>();
        timeline.byParty().keySet().forEach(p -> partiesByCode.put(p.code(), p));
        timeline.byPair().forEach((pair, entries) -> pairPages(timeline, partiesByCode, pair, entries, pages));
        countriesIndex(timeline, partyCounts, pages);
        timeline.byParty().forEach((party, entries) -> countryPages(party, partners.get(party), entries, pages));
        topicsIndex(timeline, pages);
        timeline.byTopic().forEach((topic, entries) -> listPages("topic", urls.topic(topic), config.topicLabel(topic),
                List.of(new Crumb("Topics", urls.topics())), entries, Map.of("topic", topic), pages));
        yearsIndex(timeline, pages);
        timeline.byYear().forEach((year, entries) -> listPages("year", urls.year(year), Integer.toString(year),
                List.of(new Crumb("Years", urls.years())), entries, Map.of("year", year), pages));
        entryPages(timeline, pages);
        searchPage(timeline, partyCounts, pages);
        pages.add(page(urls.asset("404.html"), "404", "Page not found", List.of(), Map.of(), new Fingerprint().add("404")));
        return pages;
    }

    private void home(Timeline t, Map<Party, PartyCount> partyCounts, List<PlannedPage> pages) {
        List<Entry> recent = t.entries().subList(0, Math.min(RECENT, t.entries().size()));
        List<Timeline.PairCount> busiest = t.busiestPairs(BUSIEST);
        Fingerprint fp = new Fingerprint().add("home").addAll(recent).add(t.entries().size());
        busiest.forEach(pc -> fp.add(pc.pair().slug()).add(pc.count()));
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.entries()));
        Map<String, Object> model = new HashMap<>();
        model.put("recent", recent);
        model.put("busiest", busiest);
        model.put("countries", List.copyOf(partyCounts.values()));
        model.put("entryCount", t.entries().size());
        model.put("pairCount", t.byPair().size());
        pages.add(page(urls.home(), "home", config.title(), List.of(), model, fp));
    }

    private void relationsIndex(Timeline t, List<PlannedPage> pages) {
        List<Timeline.PairCount> pairs = new ArrayList<>();
        Fingerprint fp = new Fingerprint().add("relations");
        t.byPair().forEach((pair, entries) -> {
            pairs.add(new Timeline.PairCount(pair, entries.size()));
            fp.add(pair.slug()).add(entries.size());
        });
        pages.add(page(urls.relations(), "relations", "Relations", List.of(), Map.of("pairs", pairs), fp));
    }

    private void pairPages(Timeline t, Map<String, Party> partiesByCode, Pair pair, List<Entry> entries,
                           List<PlannedPage> pages) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("pair", pair);
        extra.put("relatedPairs", relatedPairs(t, partiesByCode, pair));
        extra.put("yearCounts", yearCounts(entries));
        extra.put("pairTopics", topicCounts(entries));
        extra.put("total", entries.size());
        listPages("pair", urls.pair(pair), pair.name(), List.of(new Crumb("Relations", urls.relations())), entries, extra, pages);
    }

    /**
     * The same relationship under a former or later state (Algeria–Soviet Union beside
     * Algeria–Russia), for pairs that have entries.
     */
    private List<Timeline.PairCount> relatedPairs(Timeline t, Map<String, Party> byCode, Pair pair) {
        List<Timeline.PairCount> related = new ArrayList<>();
        for (Party side : List.of(pair.first(), pair.second())) {
            Party other = pair.partnerOf(side);
            for (String code : successions.relativesOf(side)) {
                Party relative = byCode.get(code);
                if (relative == null || relative.equals(other)) continue;
                List<Entry> list = t.byPair().get(Pair.of(relative, other));
                if (list != null) related.add(new Timeline.PairCount(Pair.of(relative, other), list.size()));
            }
        }
        return related;
    }

    private void countriesIndex(Timeline t, Map<Party, PartyCount> partyCounts, List<PlannedPage> pages) {
        Fingerprint fp = new Fingerprint().add("countries");
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.entries()).add(pc.partners()));
        List<Party> overviewParties = partyCounts.values().stream()
                .sorted(Comparator.comparingInt(PartyCount::entries).reversed()
                        .thenComparing(pc -> pc.party().slug()))
                .limit(OVERVIEW).map(PartyCount::party).toList();
        List<Timeline.PairCount> overviewPairs = new ArrayList<>();
        t.byPair().forEach((pair, entries) -> {
            if (overviewParties.contains(pair.first()) && overviewParties.contains(pair.second())) {
                overviewPairs.add(new Timeline.PairCount(pair, entries.size()));
                fp.add(pair.slug()).add(entries.size());
            }
        });
        pages.add(page(urls.countries(), "countries", "Countries", List.of(),
                Map.of("countries", List.copyOf(partyCounts.values()), "overviewParties", overviewParties,
                        "overviewPairs", List.copyOf(overviewPairs)), fp));
    }

    private void countryPages(Party party, List<Timeline.PartnerCount> partners, List<Entry> entries,
                              List<PlannedPage> pages) {
        Map<String, Object> extra = new HashMap<>();
        extra.put("party", party);
        extra.put("partners", partners);
        extra.put("total", entries.size());
        extra.put("yearCounts", yearCounts(entries));
        listPages("country", urls.country(party), party.name(), List.of(new Crumb("Countries", urls.countries())),
                entries, extra, pages);
    }

    private void topicsIndex(Timeline t, List<PlannedPage> pages) {
        List<TopicCount> topics = topicCounts(t.entries());
        Fingerprint fp = new Fingerprint().add("topics");
        topics.forEach(tc -> fp.add(tc.key()).add(tc.label()).add(tc.count()));
        pages.add(page(urls.topics(), "topics", "Topics", List.of(), Map.of("topics", topics), fp));
    }

    private void yearsIndex(Timeline t, List<PlannedPage> pages) {
        List<YearCount> years = new ArrayList<>();
        Fingerprint fp = new Fingerprint().add("years");
        t.byYear().forEach((year, entries) -> {
            years.add(new YearCount(year, entries.size()));
            fp.add(year).add(entries.size());
        });
        pages.add(page(urls.years(), "years", "Years", List.of(), Map.of("years", years), fp));
    }

    private void entryPages(Timeline t, List<PlannedPage> pages) {
        for (Entry e : t.entries()) {
            List<Timeline.Neighbours> neighbours = new ArrayList<>();
            List<PairLink> pairLinks = new ArrayList<>();
            Fingerprint fp = new Fingerprint().add("entry").add(e);
            for (Pair pair : e.pairs()) {
                Timeline.Neighbours n = t.neighbours(e, pair);
                Entry older = n.older();
                Entry newer = n.newer();
                neighbours.add(n);
                // On a long timeline the entry is on a later page; link there, not to page 1.
                int listPage = t.positionOn(pair, e) / PAGE_SIZE + 1;
                pairLinks.add(new PairLink(pair, urls.onPair(pair, e, listPage)));
                fp.add(pair.slug()).add(listPage).add(older == null ? "-" : older.path() + older.fingerprint())
                        .add(newer == null ? "-" : newer.path() + newer.fingerprint());
            }
            Map<String, Object> model = new HashMap<>();
            model.put("entry", e);
            model.put("neighbours", neighbours);
            model.put("pairLinks", pairLinks);
            List<Crumb> crumbs = List.of(new Crumb("Years", urls.years()), new Crumb(Integer.toString(e.year()), urls.year(e.year())));
            pages.add(page(urls.entry(e), "entry", e.title(), crumbs, model, fp));
        }
    }

    /** The search page: its form offers every party, topic and year as a filter. */
    private void searchPage(Timeline t, Map<Party, PartyCount> partyCounts, List<PlannedPage> pages) {
        List<TopicCount> topics = topicCounts(t.entries());
        List<YearCount> years = yearCounts(t.entries());
        Fingerprint fp = new Fingerprint().add("search");
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.party().name()));
        topics.forEach(tc -> fp.add(tc.key()).add(tc.label()));
        years.forEach(yc -> fp.add(yc.year()));
        Map<String, Object> model = Map.of("countries", List.copyOf(partyCounts.values()), "topics", topics, "years", years);
        pages.add(page(urls.search(), "search", "Search", List.of(), model, fp));
    }

    /** Splits a list of entries into pages of {@link #PAGE_SIZE}, each grouped by year. */
    private void listPages(String template, String firstUrl, String title, List<Crumb> crumbs, List<Entry> entries,
                           Map<String, Object> extra, List<PlannedPage> pages) {
        int count = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int n = 1; n <= count; n++) {
            List<Entry> slice = entries.subList((n - 1) * PAGE_SIZE, Math.min(n * PAGE_SIZE, entries.size()));
            Pagination pagination = pagination(firstUrl, n, count);
            Map<String, Object> model = new HashMap<>(extra);
            model.put("groups", Timeline.groupByYear(slice));
            model.put("pagination", pagination);
            Fingerprint fp = new Fingerprint().add(template).add(firstUrl).add(title).add(n).add(count).add(entries.size())
                    .addAll(slice);
            // Model values are records and lists of records: their text form covers all they show.
            new TreeMap<>(extra).forEach((k, v) -> fp.add(k).add(String.valueOf(v)));
            String pageTitle = n == 1 ? title : title + " (page " + n + " of " + count + ")";
            pages.add(page(urls.page(firstUrl, n), template, pageTitle, crumbs, model, fp));
        }
    }

    private Pagination pagination(String firstUrl, int n, int count) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) links.add(new PageLink(i, urls.page(firstUrl, i), i == n));
        return new Pagination(n, count, n > 1 ? urls.page(firstUrl, n - 1) : "", n < count ? urls.page(firstUrl, n + 1) : "", links);
    }

    private PlannedPage page(String url, String template, String title, List<Crumb> crumbs, Map<String, Object> model,
                             Fingerprint fp) {
        Map<String, Object> full = new HashMap<>(model);
        full.put("title", title);
        full.put("crumbs", crumbs);
        full.put("kind", template);
        full.put("url", url);
        return new PlannedPage(url, urls.outputFile(url), template, Map.copyOf(full), fp.add(title).hex());
    }

    private static Map<Party, PartyCount> partyCounts(Timeline t, Map<Party, List<Timeline.PartnerCount>> partners) {
        Map<Party, PartyCount> out = new java.util.LinkedHashMap<>();
        t.byParty().forEach((party, entries) -> out.put(party, new PartyCount(party, entries.size(), partners.get(party).size())));
        return out;
    }

    private List<YearCount> yearCounts(List<Entry> entries) {
        Map<Integer, Integer> counts = new TreeMap<>();
        for (Entry e : entries) counts.merge(e.year(), 1, Integer::sum);
        return counts.entrySet().stream().map(e -> new YearCount(e.getKey(), e.getValue())).toList();
    }

    private List<TopicCount> topicCounts(List<Entry> entries) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Entry e : entries) for (String topic : e.topics()) counts.merge(topic, 1, Integer::sum);
        return counts.entrySet().stream().map(e -> new TopicCount(e.getKey(), config.topicLabel(e.getKey()), e.getValue())).toList();
    }
}
