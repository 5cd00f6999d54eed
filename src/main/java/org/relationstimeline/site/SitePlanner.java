package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.countries.Successions;
import org.relationstimeline.site.pages.Citation;
import org.relationstimeline.site.pages.CountriesPage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.EntryPage;
import org.relationstimeline.site.pages.Frame;
import org.relationstimeline.site.pages.GeneralPage;
import org.relationstimeline.site.pages.HomePage;
import org.relationstimeline.site.pages.KeyFacts;
import org.relationstimeline.site.pages.Kind;
import org.relationstimeline.site.pages.Lead;
import org.relationstimeline.site.pages.MultilateralPage;
import org.relationstimeline.site.pages.NotFoundPage;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PageViews;
import org.relationstimeline.site.pages.PageViews.ChapterLink;
import org.relationstimeline.site.pages.PageViews.Crumb;
import org.relationstimeline.site.pages.PageViews.Downloads;
import org.relationstimeline.site.pages.PageViews.EntryTimeline;
import org.relationstimeline.site.pages.PageViews.NavLink;
import org.relationstimeline.site.pages.PageViews.PageLink;
import org.relationstimeline.site.pages.PageViews.Pagination;
import org.relationstimeline.site.pages.PageViews.PartyCount;
import org.relationstimeline.site.pages.PageViews.ReadingOrder;
import org.relationstimeline.site.pages.PageViews.SocialImage;
import org.relationstimeline.site.pages.PageViews.TopicCount;
import org.relationstimeline.site.pages.PageViews.TypeBalance;
import org.relationstimeline.site.pages.PageViews.YearCount;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.RelationsPage;
import org.relationstimeline.site.pages.SearchPage;
import org.relationstimeline.site.pages.TimelinePage;
import org.relationstimeline.site.pages.TopicPage;
import org.relationstimeline.site.pages.TopicsPage;
import org.relationstimeline.site.pages.YearPage;
import org.relationstimeline.site.pages.YearsPage;
import org.relationstimeline.site.search.SearchIndex;
import org.relationstimeline.timeline.Chapters;
import org.relationstimeline.timeline.Editorial;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.PageText;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Profile;
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
    private final Editorial editorial;
    /** The general pages every page links to. */
    private final List<NavLink> sitePages;
    /** The card of every page that has none of its own. */
    private final SocialImage siteImage;
    /** The keys of the entries of the timeline being planned, made once by {@link #plan}. */
    private EntryKeys keys;

    public SitePlanner(SiteConfig config, UrlScheme urls) {
        this(config, urls, Editorial.NONE);
    }

    /** A planner that also places what editors wrote: profiles on their pages, and general pages. */
    public SitePlanner(SiteConfig config, UrlScheme urls, Editorial editorial) {
        this.config = config;
        this.urls = urls;
        this.editorial = editorial;
        this.sitePages = editorial.pages().stream()
                .map(p -> new NavLink(p.title(), urls.generalPage(p.slug())))
                .toList();
        this.siteImage = SocialCards.siteImage(config.title(), urls);
    }

    public synchronized List<Page> plan(Timeline timeline) {
        keys = EntryKeys.whole(timeline.entries());
        List<Page> pages = new ArrayList<>();
        // Profiles of relations and parties without entries have no page to go on (the loader warns).
        // Partners are counted once per party: the home, countries and search pages and each country page use them.
        Map<Party, List<Timeline.PartnerCount>> partners = new HashMap<>();
        timeline.byParty().keySet().forEach(p -> partners.put(p, timeline.partnersOf(p)));
        Map<Party, PartyCount> partyCounts = partyCounts(timeline, partners);
        List<Timeline.RelationCount> relations = timeline.relationCounts();
        int multilateral = timeline.multilateral().size();
        home(timeline, partyCounts, relations, multilateral, pages);
        relationsIndex(relations, multilateral, pages);
        multilateralPages(timeline, pages);
        Map<String, Party> partiesByCode = new HashMap<>();
        timeline.byParty().keySet().forEach(p -> partiesByCode.put(p.code(), p));
        DataFacts facts = new DataFacts(timeline, config, urls, successions, partiesByCode);
        int cardMin = SocialCards.minEntries(timeline.byPair().values());
        timeline.byPair()
                .forEach((pair, entries) -> pairPages(
                        timeline,
                        partiesByCode,
                        facts,
                        editorial.of(pair).orElse(null),
                        pair,
                        entries,
                        entries.size() >= cardMin,
                        pages));
        countriesIndex(timeline, partyCounts, pages);
        timeline.byParty()
                .forEach((party, entries) -> countryPages(
                        timeline, facts, editorial.of(party).orElse(null), party, partners.get(party), entries, pages));
        topicsIndex(timeline, pages);
        timeline.byTopic()
                .forEach((topic, entries) -> listPages(
                        Kind.TOPIC,
                        urls.topic(topic),
                        config.topicLabel(topic),
                        List.of(new Crumb("Topics", urls.topics())),
                        entries,
                        topic,
                        true,
                        siteImage,
                        (frame, groups, pagination) -> new TopicPage(
                                frame,
                                topic,
                                new Downloads(urls.topicFeed(topic), urls.topicData(topic), urls.topicCsv(topic)),
                                entries.size(),
                                groups,
                                pagination),
                        pages));
        yearsIndex(timeline, pages);
        List<Entry> spans = timeline.entries().stream()
                .filter(e -> e.end().isSpan())
                .sorted(Entry.NEWEST_FIRST.reversed())
                .toList();
        timeline.byYear().forEach((year, entries) -> {
            List<PageViews.Period> continuing = continuing(spans, year);
            listPages(
                    Kind.YEAR,
                    urls.year(year),
                    Integer.toString(year),
                    List.of(new Crumb("Years", urls.years())),
                    entries,
                    year + "|" + continuing,
                    false,
                    siteImage,
                    (frame, groups, pagination) -> new YearPage(
                            frame,
                            year,
                            entries.size(),
                            groups,
                            pagination,
                            pagination.page() == 1 ? continuing : List.of()),
                    pages);
        });
        entryPages(timeline, cardMin, pages);
        searchPage(timeline, partyCounts, pages);
        for (PageText text : editorial.pages()) {
            Fingerprint fp = new Fingerprint().add("page").add(text.path()).add(text.fingerprint());
            pages.add(new GeneralPage(frame(urls.generalPage(text.slug()), text.title(), List.of(), fp), text));
        }
        pages.add(new NotFoundPage(
                frame(urls.asset("404.html"), "Page not found", List.of(), new Fingerprint().add("404"))));
        return pages;
    }

    private void home(
            Timeline t,
            Map<Party, PartyCount> partyCounts,
            List<Timeline.RelationCount> relations,
            int multilateral,
            List<Page> pages) {
        List<Entry> recent = t.entries().subList(0, Math.min(RECENT, t.entries().size()));
        List<Timeline.RelationCount> busiest = relations.stream()
                .filter(rc -> rc.bilateral() > 0)
                .limit(BUSIEST)
                .toList();
        int bilateralPairs =
                (int) relations.stream().filter(rc -> rc.bilateral() > 0).count();
        Fingerprint fp = new Fingerprint()
                .add("home")
                .addAll(keys, recent)
                .add(t.entries().size())
                .add(bilateralPairs)
                .add(multilateral)
                .add(busiest.toString());
        partyCounts.values().forEach(pc -> fp.add(pc.party().slug()).add(pc.entries()));
        pages.add(new HomePage(
                frame(urls.home(), config.title(), List.of(), fp),
                List.copyOf(recent),
                busiest,
                List.copyOf(partyCounts.values()),
                t.entries().size(),
                bilateralPairs,
                multilateral));
    }

    private void relationsIndex(List<Timeline.RelationCount> relations, int multilateral, List<Page> pages) {
        List<Timeline.RelationCount> bilateral =
                relations.stream().filter(rc -> rc.bilateral() > 0).toList();
        List<Timeline.RelationCount> only = relations.stream()
                .filter(rc -> rc.bilateral() == 0)
                .sorted(Comparator.comparing(rc -> rc.pair().name()))
                .toList();
        Fingerprint fp = new Fingerprint()
                .add("relations")
                .add(multilateral)
                .add(bilateral.toString())
                .add(only.toString());
        pages.add(
                new RelationsPage(frame(urls.relations(), "Relations", List.of(), fp), bilateral, only, multilateral));
    }

    private void multilateralPages(Timeline t, List<Page> pages) {
        List<Entry> entries = t.multilateral();
        if (entries.isEmpty()) return;
        listPages(
                Kind.MULTILATERAL,
                urls.multilateral(),
                "Multilateral events",
                List.of(new Crumb("Relations", urls.relations())),
                entries,
                "",
                false,
                siteImage,
                (frame, groups, pagination) -> new MultilateralPage(frame, entries.size(), groups, pagination),
                pages);
    }

    private void pairPages(
            Timeline t,
            Map<String, Party> partiesByCode,
            DataFacts facts,
            Profile profile,
            Pair pair,
            List<Entry> entries,
            boolean hasCard,
            List<Page> pages) {
        List<Timeline.PairCount> related = relatedPairs(t, partiesByCode, pair);
        SocialImage image = hasCard
                ? new SocialImage(urls.pairCard(pair), pair.name() + ": " + SocialCards.figures(entries))
                : siteImage;
        List<YearCount> years = Counts.years(entries);
        List<TopicCount> topics = Counts.topics(entries, config);
        KeyFacts keyFacts = facts.of(pair, entries, related, profile);
        Downloads downloads = new Downloads(urls.feed(pair), urls.pairData(pair), urls.pairCsv(pair));
        String lead = Lead.pair(pair, keyFacts, years);
        List<PageViews.Period> periods = periods(entries);
        List<Timeline.PairCount> seeAlso = seeAlso(t, profile);
        Map<Entry, Integer> position = new java.util.IdentityHashMap<>();
        for (int i = 0; i < entries.size(); i++) position.put(entries.get(i), i);
        TypeBalance types = Counts.types(
                entries,
                e -> urls.page(urls.pair(pair), position.get(e) / PAGE_SIZE + 1) + "#" + urls.yearAnchor(e.year()));
        // Records and lists of records: their text form covers all they show, but for entries, which count by path and
        // hash.
        String shown = pair + "|" + related + "|" + years + "|" + topics + "|" + profiled(profile) + "|" + lead + "|"
                + shown(keyFacts) + "|" + seeAlso + "|" + periods + "|" + types;
        Chapters chapters = new Chapters(profile == null ? List.of() : profile.eras());
        List<Entry> oldestFirst = reversed(entries);
        listPages(
                Kind.PAIR,
                urls.pair(pair),
                pair.name(),
                List.of(new Crumb("Relations", urls.relations())),
                entries,
                shown,
                true,
                image,
                (frame, groups, pagination) -> new PairPage(
                        frame,
                        pair,
                        related,
                        years,
                        topics,
                        profile,
                        lead,
                        keyFacts,
                        seeAlso,
                        downloads,
                        entries.size(),
                        groups,
                        pagination,
                        periods,
                        types,
                        chaptersOf(chapters, pagination.order().oldestFirst() ? oldestFirst : entries, pagination),
                        eraIndex(chapters, pagination.order().oldestFirst() ? oldestFirst : entries, pagination)),
                pages);
    }

    /** This page's entries under the eras, when the profile has some. */
    private static List<Chapters.Chapter> chaptersOf(Chapters chapters, List<Entry> ordered, Pagination pagination) {
        if (chapters.isEmpty()) return List.of();
        int from = (pagination.page() - 1) * PAGE_SIZE;
        return chapters.page(ordered, from, Math.min(from + PAGE_SIZE, ordered.size()));
    }

    /**
     * The chapters of the whole timeline in the page's order, each linked to the page where it begins (an era
     * without entries is listed, not linked).
     */
    private List<ChapterLink> eraIndex(Chapters chapters, List<Entry> ordered, Pagination pagination) {
        if (chapters.isEmpty()) return List.of();
        List<ChapterLink> out = new ArrayList<>();
        for (Chapters.Start start :
                chapters.contents(ordered, pagination.order().oldestFirst())) {
            if (start.index() < 0) {
                out.add(new ChapterLink(start.heading(), "", false));
                continue;
            }
            int n = start.index() / PAGE_SIZE + 1;
            String url = pagination.links().get(n - 1).url();
            out.add(new ChapterLink(start.heading(), url + "#" + start.heading().id(), n == pagination.page()));
        }
        return List.copyOf(out);
    }

    /**
     * The spans that began before {@code year} and were going on in it (an ongoing span, in every
     * later year), oldest first, as many as a year page names.
     */
    private List<PageViews.Period> continuing(List<Entry> spansOldestFirst, int year) {
        return spansOldestFirst.stream()
                .filter(e -> e.year() < year)
                .filter(e -> e.end().ongoing() || e.end().date().year() >= year)
                .limit(YearPage.MAX_CONTINUING)
                .map(e -> new PageViews.Period(e.title(), urls.entry(e), e.when()))
                .toList();
    }

    /** A pair's entries that are spans, oldest first, as many as its page charts. */
    private List<PageViews.Period> periods(List<Entry> entries) {
        return entries.stream()
                .filter(e -> e.end().isSpan())
                .sorted(Entry.NEWEST_FIRST.reversed())
                .limit(PairPage.MAX_PERIODS + 1)
                .map(e -> new PageViews.Period(e.title(), urls.entry(e), e.when()))
                .toList();
    }

    /** The relations a profile points to that have pages. */
    private static List<Timeline.PairCount> seeAlso(Timeline t, Profile profile) {
        if (profile == null) return List.of();
        List<Timeline.PairCount> out = new ArrayList<>();
        for (Pair pair : profile.related()) {
            List<Entry> list = t.byPair().get(pair);
            if (list != null) out.add(new Timeline.PairCount(pair, list.size()));
        }
        return List.copyOf(out);
    }

    /** A profile counts by its file and content, which decide everything shown of it. */
    private static String profiled(Profile profile) {
        return profile == null ? "-" : profile.path() + ":" + profile.fingerprint();
    }

    /** The key facts' text for a fingerprint, with their entries by path and hash. */
    private static String shown(KeyFacts f) {
        return f.established() + "|" + entryKey(f.establishedEvent()) + "|" + f.total() + "|" + f.bilateral() + "|"
                + entryKey(f.first()) + "|" + entryKey(f.latest()) + "|" + f.topics() + "|" + f.busiestYears() + "|"
                + f.capitals().stream().map(p -> p + "=" + p.capitals()).toList() + "|" + f.counterparts() + "|"
                + f.cooperation() + "|" + f.conflict();
    }

    private static String entryKey(Entry e) {
        return e == null ? "-" : e.path() + ":" + e.fingerprint();
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
        partyCounts
                .values()
                .forEach(pc -> fp.add(pc.party().slug()).add(pc.entries()).add(pc.partners()));
        List<Party> overviewParties = partyCounts.values().stream()
                .sorted(Comparator.comparingInt(PartyCount::entries)
                        .reversed()
                        .thenComparing(pc -> pc.party().slug()))
                .limit(OVERVIEW)
                .map(PartyCount::party)
                .toList();
        List<Timeline.PairCount> overviewPairs = new ArrayList<>();
        t.byPair().forEach((pair, entries) -> {
            if (overviewParties.contains(pair.first()) && overviewParties.contains(pair.second())) {
                overviewPairs.add(new Timeline.PairCount(pair, entries.size()));
                fp.add(pair.slug()).add(entries.size());
            }
        });
        List<Timeline.PairCount> busiest = t.busiestPairs(MAP_PAIRS);
        busiest.forEach(pc -> fp.add(pc.pair().slug()).add(pc.count()));
        pages.add(new CountriesPage(
                frame(urls.countries(), "Countries", List.of(), fp),
                List.copyOf(partyCounts.values()),
                overviewParties,
                List.copyOf(overviewPairs),
                busiest));
    }

    private void countryPages(
            Timeline t,
            DataFacts facts,
            Profile profile,
            Party party,
            List<Timeline.PartnerCount> partners,
            List<Entry> entries,
            List<Page> pages) {
        List<YearCount> years = Counts.years(entries);
        KeyFacts keyFacts = facts.of(party, entries);
        String lead = Lead.party(party, partners, keyFacts, years);
        List<Timeline.PairCount> seeAlso = seeAlso(t, profile);
        String shown = party + "|" + partners + "|" + years + "|" + profiled(profile) + "|" + lead + "|"
                + shown(keyFacts) + "|" + seeAlso;
        listPages(
                Kind.COUNTRY,
                urls.country(party),
                party.name(),
                List.of(new Crumb("Countries", urls.countries())),
                entries,
                shown,
                true,
                siteImage,
                (frame, groups, pagination) -> new CountryPage(
                        frame,
                        party,
                        List.copyOf(partners),
                        years,
                        profile,
                        lead,
                        keyFacts,
                        seeAlso,
                        new Downloads(urls.feed(party), urls.countryData(party), urls.countryCsv(party)),
                        entries.size(),
                        groups,
                        pagination),
                pages);
    }

    private void topicsIndex(Timeline t, List<Page> pages) {
        List<TopicCount> topics = Counts.topics(t.entries(), config);
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

    private void entryPages(Timeline t, int cardMin, List<Page> pages) {
        for (Entry e : t.entries()) {
            // The card of the entry's first pair, when it has one; the alternative text names the pair only, so
            // that an entry page does not change with every event added to its pair.
            Pair first = e.pairs().get(0);
            SocialImage image = t.byPair().get(first).size() >= cardMin
                    ? new SocialImage(urls.pairCard(first), first.name() + " \u00b7 " + config.title())
                    : siteImage;
            List<EntryTimeline> timelines = new ArrayList<>();
            Fingerprint fp = new Fingerprint().add("entry").add(keys, e);
            for (Pair pair : e.pairs()) {
                Timeline.Neighbours n = t.neighbours(e, pair);
                Entry older = n.older();
                Entry newer = n.newer();
                // On a long timeline the entry is on a later page; link there, not to page 1.
                int listPage = t.positionOn(pair, e) / PAGE_SIZE + 1;
                timelines.add(new EntryTimeline(pair, urls.onPair(pair, e, listPage), older, newer));
                fp.add(pair.slug()).add(listPage).addOrNone(keys, older).addOrNone(keys, newer);
            }
            List<EntryTimeline> withNeighbours = timelines.stream()
                    .filter(tl -> tl.older() != null || tl.newer() != null)
                    .toList();
            List<EntryTimeline> alone = timelines.stream()
                    .filter(tl -> tl.older() == null && tl.newer() == null)
                    .toList();
            List<Crumb> crumbs = List.of(
                    new Crumb("Years", urls.years()), new Crumb(Integer.toString(e.year()), urls.year(e.year())));
            // The citation shows the site's title and address, which are in every page's fingerprint through the
            // config.
            Citation citation = Citation.of(e, config.title(), urls.absolute(urls.entry(e)), config.language());
            pages.add(new EntryPage(
                    frame(urls.entry(e), e.title(), crumbs, fp, image),
                    e,
                    List.copyOf(timelines),
                    withNeighbours,
                    alone,
                    citation));
        }
    }

    private void searchPage(Timeline t, Map<Party, PartyCount> partyCounts, List<Page> pages) {
        List<TopicCount> topics = Counts.topics(t.entries(), config);
        List<YearCount> years = Counts.years(t.entries());
        Fingerprint fp = new Fingerprint().add("search");
        partyCounts
                .values()
                .forEach(pc -> fp.add(pc.party().slug()).add(pc.party().name()));
        topics.forEach(tc -> fp.add(tc.key()).add(tc.label()));
        years.forEach(yc -> fp.add(yc.year()));
        List<org.relationstimeline.timeline.EventType> types = SearchIndex.types(t);
        types.forEach(type -> fp.add(type.key()));
        pages.add(new SearchPage(
                frame(urls.search(), "Search", List.of(), fp),
                List.copyOf(partyCounts.values()),
                topics,
                years,
                types));
    }

    /** Makes one page of a list from its frame and slice. */
    private interface ListPage {
        TimelinePage make(Frame frame, List<Timeline.YearGroup> groups, Pagination pagination);
    }

    /**
     * Splits a list of entries into pages of {@link #PAGE_SIZE}, each grouped by year; with {@code bothOrders}
     * and two entries or more, also into the pages of the same list read oldest first, at
     * {@link UrlScheme#oldestFirst}, so a reader can follow the story from its beginning without JavaScript.
     *
     * @param newestFirst the list's entries, newest first
     * @param shown the text of what every page of the list shows beside its slice, for the fingerprint
     */
    private void listPages(
            Kind kind,
            String firstUrl,
            String title,
            List<Crumb> crumbs,
            List<Entry> newestFirst,
            String shown,
            boolean bothOrders,
            SocialImage image,
            ListPage make,
            List<Page> pages) {
        // One entry reads the same either way: no second listing for it (most pairs of a multilateral event).
        if (!bothOrders || newestFirst.size() < 2) {
            listPages(kind, firstUrl, title, crumbs, newestFirst, shown, ReadingOrder.NEWEST_ONLY, image, make, pages);
            return;
        }
        String oldestUrl = urls.oldestFirst(firstUrl);
        listPages(
                kind,
                firstUrl,
                title,
                crumbs,
                newestFirst,
                shown,
                new ReadingOrder(false, firstUrl, oldestUrl),
                image,
                make,
                pages);
        List<Crumb> trail = new ArrayList<>(crumbs);
        trail.add(new Crumb(title, firstUrl));
        listPages(
                kind,
                oldestUrl,
                title + ", oldest first",
                trail,
                reversed(newestFirst),
                shown,
                new ReadingOrder(true, firstUrl, oldestUrl),
                image,
                make,
                pages);
    }

    /** The oldest-first listing is the main one turned round, entries of one day included. */
    private static List<Entry> reversed(List<Entry> newestFirst) {
        List<Entry> out = new ArrayList<>(newestFirst);
        java.util.Collections.reverse(out);
        return List.copyOf(out);
    }

    /** The pages of one listing of a list, in the order {@code entries} has. */
    private void listPages(
            Kind kind,
            String firstUrl,
            String title,
            List<Crumb> crumbs,
            List<Entry> entries,
            String shown,
            ReadingOrder order,
            SocialImage image,
            ListPage make,
            List<Page> pages) {
        int count = Math.max(1, (entries.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        for (int n = 1; n <= count; n++) {
            List<Entry> slice = entries.subList((n - 1) * PAGE_SIZE, Math.min(n * PAGE_SIZE, entries.size()));
            Fingerprint fp = new Fingerprint()
                    .add(kind.id())
                    .add(firstUrl)
                    .add(title)
                    .add(n)
                    .add(count)
                    .add(entries.size())
                    .addAll(keys, slice)
                    .add(order.toString())
                    .add(shown);
            String pageTitle = n == 1 ? title : title + " (page " + n + " of " + count + ")";
            pages.add(make.make(
                    frame(urls.page(firstUrl, n), pageTitle, crumbs, fp, image),
                    Timeline.groupByYear(slice),
                    pagination(firstUrl, n, count, order)));
        }
    }

    private Pagination pagination(String firstUrl, int n, int count, ReadingOrder order) {
        List<PageLink> links = new ArrayList<>();
        for (int i = 1; i <= count; i++) links.add(new PageLink(i, urls.page(firstUrl, i), i == n));
        return new Pagination(
                n,
                count,
                n > 1 ? urls.page(firstUrl, n - 1) : "",
                n < count ? urls.page(firstUrl, n + 1) : "",
                links,
                order);
    }

    private Frame frame(String url, String title, List<Crumb> crumbs, Fingerprint fp) {
        return frame(url, title, crumbs, fp, siteImage);
    }

    private Frame frame(String url, String title, List<Crumb> crumbs, Fingerprint fp, SocialImage image) {
        fp.add(title).add(image.url()).add(image.alt());
        for (NavLink link : sitePages) fp.add(link.label()).add(link.url());
        return new Frame(url, urls.outputFile(url), title, crumbs, sitePages, fp.hex(), image);
    }

    private static Map<Party, PartyCount> partyCounts(Timeline t, Map<Party, List<Timeline.PartnerCount>> partners) {
        Map<Party, PartyCount> out = new java.util.LinkedHashMap<>();
        t.byParty()
                .forEach((party, entries) -> out.put(
                        party,
                        new PartyCount(
                                party, entries.size(), partners.get(party).size())));
        return out;
    }
}
