package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.countries.Party;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.TopicPage;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;

/**
 * Atom feeds (RFC 4287) of the whole site, of each pair, country and topic, each with the
 * {@value #MAX_ENTRIES} newest entries. A feed exists for every pair, country and topic page of the
 * plan, and names only entry pages of the plan.
 */
public final class AtomFeeds implements ExtraOutput {
    public static final int MAX_ENTRIES = 50;

    @Override
    public List<OutputFile> files(SiteModel site) {
        PlanIndex plan = PlanIndex.of(site.plan());
        UrlScheme urls = site.urls();
        SiteConfig config = site.config();
        List<OutputFile> files = new ArrayList<>();
        files.add(feed(
                site,
                plan,
                urls.feed(),
                urls.home(),
                config.title(),
                config.description(),
                site.timeline().entries()));
        for (PairPage page : plan.firstPages(PairPage.class)) {
            Pair pair = page.pair();
            files.add(feed(
                    site,
                    plan,
                    urls.feed(pair),
                    urls.pair(pair),
                    pair.name() + " \u00b7 " + config.title(),
                    "Events in the relations between " + pair.first().name() + " and "
                            + pair.second().name() + ", newest first.",
                    site.timeline().byPair().get(pair)));
        }
        for (CountryPage page : plan.firstPages(CountryPage.class)) {
            Party party = page.party();
            files.add(feed(
                    site,
                    plan,
                    urls.feed(party),
                    urls.country(party),
                    party.name() + " \u00b7 " + config.title(),
                    "Events involving " + party.name() + ", newest first.",
                    site.timeline().byParty().get(party)));
        }
        for (TopicPage page : plan.firstPages(TopicPage.class)) {
            String label = config.topicLabel(page.topic());
            files.add(feed(
                    site,
                    plan,
                    urls.topicFeed(page.topic()),
                    urls.topic(page.topic()),
                    label + " \u00b7 " + config.title(),
                    "Events filed under " + label + ", newest first.",
                    site.timeline().byTopic().get(page.topic())));
        }
        return files;
    }

    private static OutputFile feed(
            SiteModel site,
            PlanIndex plan,
            String feedUrl,
            String pageUrl,
            String title,
            String subtitle,
            List<Entry> entries) {
        List<Entry> newest = entries.subList(0, Math.min(MAX_ENTRIES, entries.size()));
        // A feed shows its titles and its newest entries; config and URLs are in the build's own inputs.
        String inputs = new Fingerprint()
                .add("feed")
                .add(feedUrl)
                .add(title)
                .add(subtitle)
                .addAll(newest)
                .hex();
        return OutputFile.deferred(
                site.urls().outputFile(feedUrl),
                inputs,
                () -> xml(site, plan, feedUrl, pageUrl, title, subtitle, newest));
    }

    private static String xml(
            SiteModel site,
            PlanIndex plan,
            String feedUrl,
            String pageUrl,
            String title,
            String subtitle,
            List<Entry> newest) {
        UrlScheme urls = site.urls();
        List<AtomDocument.Item> items = new ArrayList<>();
        for (Entry e : newest) {
            String url = plan.require(urls.entry(e));
            List<AtomDocument.Category> categories = e.topics().stream()
                    .map(t -> new AtomDocument.Category(t, site.config().topicLabel(t)))
                    .toList();
            String when = e.when().displayAtStart();
            String summary = e.summary().isBlank() ? when : when + " \u2014 " + e.summary();
            items.add(
                    new AtomDocument.Item(urls.tag(url), e.title(), e.date(), urls.absolute(url), summary, categories));
        }
        AtomDocument doc = new AtomDocument(
                urls.tag(feedUrl),
                title,
                subtitle,
                site.config().language(),
                site.config().title(),
                urls.absolute(urls.home()),
                urls.absolute(feedUrl),
                urls.absolute(plan.require(pageUrl)),
                items);
        return doc.xml();
    }
}
