package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.render.cards.CardImage;
import org.relationstimeline.site.pages.CountryPage;
import org.relationstimeline.site.pages.EntryPage;
import org.relationstimeline.site.pages.Kind;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.site.pages.PageViews.SocialImage;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.site.pages.TimelinePage;
import org.relationstimeline.site.pages.TopicPage;

/**
 * What a page tells search engines, link previews and feed readers about itself: its canonical
 * URL, a description, its Open Graph type, the Atom feeds that follow it and schema.org JSON-LD.
 * A pure function of the planned page, so it changes only when the page's data does.
 *
 * @param canonical absolute URL of the page (of the main listing, for a timeline read oldest first), or empty
 *     for a page served at any address (404)
 * @param ogType Open Graph type: "article" for an entry, "website" otherwise
 * @param feeds the feeds to announce with {@code <link rel="alternate">}, most specific first
 * @param jsonLd schema.org data as JSON that is safe inside a script element, or empty
 * @param image the card link previews show ({@code og:image}), with an absolute URL
 */
public record PageMeta(
        String canonical,
        String description,
        String ogType,
        List<FeedLink> feeds,
        String jsonLd,
        boolean indexable,
        Image image) {

    /** A link-preview image: absolute URL, size in pixels, alternative text. */
    public record Image(String url, int width, int height, String alt) {}

    /** An Atom feed announced in the page head; {@code url} is root-relative. */
    public record FeedLink(String title, String url) {}

    public static PageMeta of(Page page, SiteConfig config, UrlScheme urls) {
        // A draft is seen only in a preview; should one be published by mistake, search engines leave it out.
        boolean indexable = page.kind().indexable()
                && !(page instanceof EntryPage e && e.entry().draft());
        String description = description(page, config);
        String canonical = indexable ? urls.absolute(page.canonicalUrl()) : "";
        String ogType = page.kind() == Kind.ENTRY ? "article" : "website";
        String jsonLd = indexable ? StructuredData.of(page, description, config, urls) : "";
        SocialImage card = page.frame().image();
        Image image = new Image(urls.absolute(card.url()), CardImage.WIDTH, CardImage.HEIGHT, card.alt());
        return new PageMeta(canonical, description, ogType, feeds(page, config, urls), jsonLd, indexable, image);
    }

    private static List<FeedLink> feeds(Page page, SiteConfig config, UrlScheme urls) {
        List<FeedLink> feeds = new ArrayList<>();
        if (page instanceof PairPage p) {
            feeds.add(new FeedLink(p.pair().name() + " \u00b7 " + config.title(), urls.feed(p.pair())));
        } else if (page instanceof CountryPage c) {
            feeds.add(new FeedLink(c.party().name() + " \u00b7 " + config.title(), urls.feed(c.party())));
        } else if (page instanceof TopicPage t) {
            feeds.add(new FeedLink(
                    config.topicLabel(t.topic()) + " \u00b7 " + config.title(), urls.topicFeed(t.topic())));
        }
        feeds.add(new FeedLink(config.title(), urls.feed()));
        return List.copyOf(feeds);
    }

    /** The page's own description, or the site's where it has none; later pages of a list say which they are. */
    static String description(Page page, SiteConfig config) {
        String text = page.description(config);
        if (text.isEmpty()) return config.description();
        if (page instanceof TimelinePage list && !list.isFirst()) {
            text += " Page " + list.pagination().page() + " of "
                    + list.pagination().pages() + ".";
        }
        return text;
    }
}
