package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.relationstimeline.render.cards.CardImage;
import org.relationstimeline.site.pages.PageViews.SocialImage;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;
import org.relationstimeline.timeline.Timeline;

/**
 * The link-preview cards ({@code og:image}): one for the site and one for each of the busiest
 * pairs, drawn at build time. Drawing one costs 12-25 ms, so a large corpus gets cards for at
 * most {@value #MAX_PAIR_CARDS} pairs, those with at least {@link #minEntries} entries; the other
 * pairs' pages and their entries' pages show the site's card. Each card is a deferred file, made
 * again only when what it shows changes.
 */
public final class SocialCards implements ExtraOutput {
    /**
     * Cap on pair cards. Measured at 10,000 entries (1,583 pairs): 64 cards took 0.93 s of CPU
     * drawn alone, but the cold builds that drew them used 4-6 s more CPU than those before cards
     * (on a loaded machine); 32 keeps the cost near 2-3 %.
     */
    public static final int MAX_PAIR_CARDS = 32;

    /**
     * The fewest entries a pair needs for a card of its own: 1 while at most
     * {@value #MAX_PAIR_CARDS} pairs have entries, otherwise one more than the entries of the
     * first pair left out, so that no more than the cap have cards and ties are not split.
     */
    public static int minEntries(Collection<List<Entry>> pairs) {
        if (pairs.size() <= MAX_PAIR_CARDS) return 1;
        List<Integer> counts = new ArrayList<>(pairs.size());
        for (List<Entry> entries : pairs) counts.add(entries.size());
        counts.sort((a, b) -> Integer.compare(b, a));
        return counts.get(MAX_PAIR_CARDS) + 1;
    }

    /** The site card, shown by every page without a pair card of its own. */
    public static SocialImage siteImage(String siteTitle, UrlScheme urls) {
        return new SocialImage(urls.siteCard(), siteTitle);
    }

    @Override
    public List<OutputFile> files(SiteModel site) {
        UrlScheme urls = site.urls();
        String title = site.config().title();
        String font = CardImage.fontFamily();
        List<OutputFile> files = new ArrayList<>();
        Timeline t = site.timeline();
        String span = span(t.entries());
        files.add(card(
                urls.siteCard(),
                font,
                new CardImage.Text(
                        title,
                        events(t.entries().size()) + " between " + t.byParty().size() + " parties" + span,
                        urls.absolute(urls.home())
                                .replaceFirst("^https?://", "")
                                .replaceFirst("/$", "")),
                urls));
        for (PairPage page : PlanIndex.of(site.plan()).firstPages(PairPage.class)) {
            Pair pair = page.pair();
            if (!page.frame().image().url().equals(urls.pairCard(pair))) continue;
            List<Entry> entries = t.byPair().get(pair);
            files.add(card(
                    urls.pairCard(pair),
                    font,
                    new CardImage.Text(
                            pair.first().name() + " \u2013 " + pair.second().name(), figures(entries), title),
                    urls));
        }
        return files;
    }

    /** "8 recorded events, 1962–2023": what a pair's card and its alternative text say. */
    public static String figures(List<Entry> entries) {
        return events(entries.size()) + span(entries);
    }

    private static String events(int n) {
        return n + (n == 1 ? " recorded event" : " recorded events");
    }

    /** ", 1962–2023" from a list of entries newest first. */
    private static String span(List<Entry> newestFirst) {
        if (newestFirst.isEmpty()) return "";
        int last = newestFirst.get(0).year();
        int first = newestFirst.get(newestFirst.size() - 1).year();
        return first == last ? ", " + first : ", " + first + "\u2013" + last;
    }

    private static OutputFile card(String url, String font, CardImage.Text text, UrlScheme urls) {
        String inputs = new Fingerprint()
                .add("card")
                .add(url)
                .add(font)
                .add(text.heading())
                .add(text.figures())
                .add(text.site())
                .hex();
        return new OutputFile(urls.outputFile(url), inputs, () -> CardImage.png(text));
    }
}
