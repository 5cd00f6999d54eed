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
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.EntryPage;
import org.relationstimeline.site.pages.Frame;
import org.relationstimeline.site.pages.HomePage;
import org.relationstimeline.site.pages.Kind;
import org.relationstimeline.site.pages.NotFoundPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PageViews.Crumb;
import org.relationstimeline.site.pages.PageViews.EntryTimeline;
import org.relationstimeline.site.pages.PageViews.PageLink;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.RelationsPage;
import org.relationstimeline.site.pages.SearchPage;
import org.relationstimeline.site.pages.TimelinePage;
import org.relationstimeline.site.pages.TopicPage;
import org.relationstimeline.site.pages.TopicsPage;
import org.relationstimeline.site.pages.YearPage;
import org.relationstimeline.site.pages.YearsPage;
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
    /** How many of the busiest relations the countries index's map may draw (those between parties it draws). */
    static final int MAP_PAIRS = 20;

    private final SiteConfig config;
    private final UrlScheme urls;
    private final Successions successions = Successions.loadDefault();

    public SitePlanner(SiteConfig config, UrlScheme urls) {
        this.config = config;
        this.urls = urls;
    }

    public List<Page> plan(Timeline timeline) {
        List<Page> pages = new ArrayList<>();
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
        timeline.byTopic().forEach((topic, entries) -> listPages(Kind.TOPIC, urls.topic(topic), config.topicLabel(topic),
                List.of(new Crumb("Topics", urls.topics())), entries, topic,
                (frame, groups, pagination) -> new TopicPage(frame, topic, entries.size(), groups, pagination), pages));
        yearsIndex(timeline, pages);
        timeline.byYear().forEach((year, entries) -> listPages(Kind.YEAR, urls.year(year), Integer.toString(year),
                List.of(new Crumb("Years", urls.years())), entries, Integer.toString(year),
                (frame, groups, pagination) -> new YearPage(frame, year, entries.size(), groups, pagination), pages));
        entryPages(timeline, pages);
        searchPage(timeline, partyCounts, pages);
        pages.add(new NotFoundPage(frame(urls.asset("404.html"), "Page not found", List.of(), new Fingerprint().add("404"))));
        return pages;
    }

    private void home(Timeline t, Map<Party, PartyCount> partyCounts, List<Page> pages) {
        List<Entry> recent = t.entries().subList(0, Math.min(RECENT, t.entries().size()));
        List<Timeline.PairCount> busiest = t.busiestPairs(BUSIEST);
        Fingerprint fp = new Fingerprint().add("home").addAll(recent).add(t.entries().size());
        busiest.forEach(pc -> fp.add(pc.pair().slug()).add(pc.count()));
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.entries()));
        pages.add(new HomePage(frame(urls.home(), config.title(), List.of(), fp), List.copyOf(recent), busiest,
                List.copyOf(partyCounts.values()), t.entries().size(), t.byPair().size()));
    }

    private void relationsIndex(Timeline t, List<Page> pages) {
        List<Timeline.PairCount> pairs = new ArrayList<>();
        Fingerprint fp = new Fingerprint().add("relations");
        t.byPair().forEach((pair, entries) -> {
            pairs.add(new Timeline.PairCount(pair, entries.size()));
            fp.add(pair.slug()).add(entries.size());
        });
        pages.add(new RelationsPage(frame(urls.relations(), "Relations", List.of(), fp), List.copyOf(pairs)));
    }

    private void pairPages(Timeline t, Map<String, Party> partiesByCode, Pair pair, List<Entry> entries,
                           List<Page> pages) {
        List<Timeline.PairCount> related = relatedPairs(t, partiesByCode, pair);
        List<YearCount> years = yearCounts(entries);
        List<TopicCount> topics = topicCounts(entries);
        // Records and lists of records: their text form covers all they show.
        String shown = pair + "|" + related + "|" + years + "|" + topics;
        listPages(Kind.PAIR, urls.pair(pair), pair.name(), List.of(new Crumb("Relations", urls.relations())), entries, shown,
                (frame, groups, pagination) -> new PairPage(frame, pair, related, years, topics, entries.size(), groups,
                        pagination), pages);
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
        return List.copyOf(related);
    }

    private void countriesIndex(Timeline t, Map<Party, PartyCount> partyCounts, List<Page> pages) {
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
        List<Timeline.PairCount> busiest = t.busiestPairs(MAP_PAIRS);
        busiest.forEach(pc -> fp.add(pc.pair().slug()).add(pc.count()));
        pages.add(new CountriesPage(frame(urls.countries(), "Countries", List.of(), fp), List.copyOf(partyCounts.values()),
                overviewParties, List.copyOf(overviewPairs), busiest));
    }

    private void countryPages(Party party, List<Timeline.PartnerCount> partners, List<Entry> entries, List<Page> pages) {
        List<YearCount> years = yearCounts(entries);
        String shown = party + "|" + partners + "|" + years;
        listPages(Kind.COUNTRY, urls.country(party), party.name(), List.of(new Crumb("Countries", urls.countries())),
                entries, shown, (frame, groups, pagination) -> new CountryPage(frame, party, List.copyOf(partners), years,
                        entries.size(), groups, pagination), pages);
    }

    private void topicsIndex(Timeline t, List<Page> pages) {
        List<TopicCount> topics = topicCounts(t.entries());
        Fingerprint fp = new Fingerprint().add("topics");
        topics.forEach(tc -> fp.add(tc.key()).add(tc.label()).add(tc.count()));
        pages.add(new TopicsPage(frame(urls.topics(), "Topics", List.of(), fp), topics));
    }

    private void yearsIndex(Timeline t, List<Page> pages) {
        List<YearCount> years = new ArrayList<>();
        Fingerprint fp = new Fingerprint().add("years");
        t.byYear().forEach((year, entries) -> {
            years.add(new YearCount(year, entries.size()));
            fp.add(year).add(entries.size());
        });
        pages.add(new YearsPage(frame(urls.years(), "Years", List.of(), fp), List.copyOf(years)));
    }

    private void entryPages(Timeline t, List<Page> pages) {
        for (Entry e : t.entries()) {
            List<EntryTimeline> timelines = new ArrayList<>();
            Fingerprint fp = new Fingerprint().add("entry").add(e);
            for (Pair pair : e.pairs()) {
                Timeline.Neighbours n = t.neighbours(e, pair);
                Entry older = n.older();
                Entry newer = n.newer();
                // On a long timeline the entry is on a later page; link there, not to page 1.
                int listPage = t.positionOn(pair, e) / PAGE_SIZE + 1;
                timelines.add(new EntryTimeline(pair, urls.onPair(pair, e, listPage), older, newer));
                fp.add(pair.slug()).add(listPage).add(older == null ? "-" : older.path() + older.fingerprint())
                        .add(newer == null ? "-" : newer.path() + newer.fingerprint());
            }
            List<Crumb> crumbs = List.of(new Crumb("Years", urls.years()), new Crumb(Integer.toString(e.year()), urls.year(e.year())));
            pages.add(new EntryPage(frame(urls.entry(e), e.title(), crumbs, fp), e, List.copyOf(timelines)));
        }
    }

    private void searchPage(Timeline t, Map<Party, PartyCount> partyCounts, List<Page> pages) {
        List<TopicCount> topics = topicCounts(t.entries());
        List<YearCount> years = yearCounts(t.entries());
        Fingerprint fp = new Fingerprint().add("search");
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.party().name()));
        topics.forEach(tc -> fp.add(tc.key()).add(tc.label()));
        years.forEach(yc -> fp.add(yc.year()));
        pages.add(new SearchPage(frame(urls.search(), "Search", List.of(), fp), List.copyOf(partyCounts.values()), topics,
                years));
    }

    /** Makes one page of a list from its frame and slice. */
    private interface ListPage {
        TimelinePage make(Frame frame, List<Timeline.YearGroup> groups, Pagination pagination);
    }

    /**
     * Splits a list of entries into pages of {@link #PAGE_SIZE}, each grouped by year.
     *
     * @param shown the text of what every page of the list shows beside its slice, for the fingerprint
     */
    private void listPages(Kind kind, String firstUrl, String title, List<Crumb> crumbs, List<Entry> entries, String shown,
                           ListPage make, List<Page> pages) {
        int count = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int n = 1; n <= count; n++) {
            List<Entry> slice = entries.subList((n - 1) * PAGE_SIZE, Math.min(n * PAGE_SIZE, entries.size()));
            Fingerprint fp = new Fingerprint().add(kind.id()).add(firstUrl).add(title).add(n).add(count).add(entries.size())
                    .addAll(slice).add(shown);
            String pageTitle = n == 1 ? title : title + " (page " + n + " of " + count + ")";
            pages.add(make.make(frame(urls.page(firstUrl, n), pageTitle, crumbs, fp), Timeline.groupByYear(slice),
                    pagination(firstUrl, n, count)));
        }
    }

    private Pagination pagination(String firstUrl, int n, int count) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) links.add(new PageLink(i, urls.page(firstUrl, i), i == n));
        return new Pagination(n, count, n > 1 ? urls.page(firstUrl, n - 1) : "", n < count ? urls.page(firstUrl, n + 1) : "", links);
    }

    private Frame frame(String url, String title, List<Crumb> crumbs, Fingerprint fp) {
        return new Frame(url, urls.outputFile(url), title, crumbs, fp.add(title).hex());
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
