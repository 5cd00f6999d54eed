package org.relationstimeline.site;

import java.net.URI;
import org.relationstimeline.countries.Party;
import org.relationstimeline.timeline.Entry;
import org.relationstimeline.timeline.Pair;

/**
 * The one place that builds URLs. Every link is root-relative and starts with the base path, so
 * the site works both at a domain root and under a GitHub Pages project path such as /repo/.
 */
public final class UrlScheme {
    /**
     * The date part of every tag URI id (RFC 4151). It is fixed, never the build date, so that ids
     * stay the same from build to build; only the host and the path make them unique.
     */
    static final String TAG_DATE = "2026";

    private final String origin;
    private final String host;
    private final String basePath;

    public UrlScheme(String baseUrl) {
        URI uri = URI.create(baseUrl);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        this.basePath = path.endsWith("/") ? path : path + "/";
        this.origin = uri.getScheme() + "://" + uri.getRawAuthority();
        this.host = uri.getHost() == null ? "localhost" : uri.getHost().toLowerCase(java.util.Locale.ROOT);
    }

    /** "/" or "/repo/". */
    public String basePath() {
        return basePath;
    }

    public String home() {
        return basePath;
    }

    public String relations() {
        return basePath + "relations/";
    }

    public String pair(Pair pair) {
        return basePath + "relations/" + pair.slug() + "/";
    }

    /**
     * A pair's address with its parties the other way round ("/relations/russia-algeria/"), which
     * leads to the pair's page: readers and links do not always know the order.
     */
    public String pairReversed(Pair pair) {
        return basePath + "relations/" + pair.second().slug() + "-"
                + pair.first().slug() + "/";
    }

    /**
     * The events of three or more parties, in the relations section. A pair's slug always has a
     * hyphen between its parties' slugs, so no pair can take this address.
     */
    public String multilateral() {
        return basePath + "relations/multilateral/";
    }

    /** A deep link to one entry on page {@code n} (1-based) of a pair's paginated timeline. */
    public String onPair(Pair pair, Entry entry, int n) {
        return page(pair(pair), n) + "#" + anchor(entry);
    }

    /**
     * The id of an entry wherever a list shows it: its year and its slug, "2023-defence-talks". An
     * entry's URL is its year and slug, so no two entries share an anchor even when their slugs are
     * the same; it starts with a digit, so it can never be a {@link #yearAnchor} ("y2023"), and
     * it has no underscore, so it can never be one of the theme's own ids ("rt_main", "h_sources").
     */
    public String anchor(Entry entry) {
        return entry.year() + "-" + entry.slug();
    }

    /** The id of a year's heading on a timeline: "y2023". */
    public String yearAnchor(int year) {
        return "y" + year;
    }

    public String countries() {
        return basePath + "countries/";
    }

    public String country(Party party) {
        return basePath + "countries/" + party.slug() + "/";
    }

    public String entry(Entry entry) {
        return basePath + "entries/" + entry.year() + "/" + entry.slug() + "/";
    }

    public String topics() {
        return basePath + "topics/";
    }

    public String topic(String topic) {
        return basePath + "topics/" + topic + "/";
    }

    public String years() {
        return basePath + "years/";
    }

    public String year(int year) {
        return basePath + "years/" + year + "/";
    }

    /** A general page from {@code content/pages/<slug>.md}, beside the folder it comes from: "/pages/about/". */
    public String generalPage(String slug) {
        return basePath + "pages/" + slug + "/";
    }

    public String search() {
        return basePath + "search/";
    }

    /** The Atom feed of the whole site. */
    public String feed() {
        return basePath + "feed.xml";
    }

    /** The Atom feed of one pair, beside its timeline. */
    public String feed(Pair pair) {
        return pair(pair) + "feed.xml";
    }

    /** The Atom feed of one country or organisation, beside its page. */
    public String feed(Party party) {
        return country(party) + "feed.xml";
    }

    /** The Atom feed of one topic, beside its page. */
    public String topicFeed(String topic) {
        return topic(topic) + "feed.xml";
    }

    public String sitemap() {
        return basePath + "sitemap.xml";
    }

    /**
     * Part n of a sitemap too long for one file. It sits at the base path because a sitemap may
     * only list URLs at or below its own folder.
     */
    public String sitemap(int n) {
        return basePath + "sitemap-" + n + ".xml";
    }

    /** The link-preview card of one pair, beside its timeline (only the busiest pairs have one). */
    public String pairCard(Pair pair) {
        return pair(pair) + "card.png";
    }

    /** The pair and country addresses the 404 page suggests from ({@link KnownAddresses}). */
    public String knownAddresses() {
        return basePath + "known-addresses.json";
    }

    /** The site's link-preview card. */
    public String siteCard() {
        return basePath + "card.png";
    }

    /** One pair's entries as JSON, beside its timeline. */
    public String pairData(Pair pair) {
        return pair(pair) + "index.json";
    }

    /** One pair's entries as CSV, beside its timeline. */
    public String pairCsv(Pair pair) {
        return pair(pair) + "entries.csv";
    }

    /** The shaded map of a party's partners, beside its page, which shows it in an {@code <object>}. */
    public String countryMap(Party party) {
        return country(party) + "map.svg";
    }

    /** The countries index's world map, beside the index. */
    public String countriesMap() {
        return countries() + "map.svg";
    }

    /** One country's or organisation's entries as JSON, beside its page. */
    public String countryData(Party party) {
        return country(party) + "index.json";
    }

    public String countryCsv(Party party) {
        return country(party) + "entries.csv";
    }

    /** One topic's entries as JSON, beside its page. */
    public String topicData(String topic) {
        return topic(topic) + "index.json";
    }

    public String topicCsv(String topic) {
        return topic(topic) + "entries.csv";
    }

    /** All entries as JSON. */
    public String entriesJson() {
        return basePath + "data/entries.json";
    }

    /** All entries as CSV. */
    public String entriesCsv() {
        return basePath + "data/entries.csv";
    }

    /**
     * A permanent id for the thing at a root-relative URL, as a tag URI (RFC 4151):
     * "/timeline/entries/2023/talks/" on example.org is "tag:example.org,2026:/timeline/entries/2023/talks".
     * It depends on the host and the path only, so an entry keeps its id when its title changes.
     */
    public String tag(String rootRelative) {
        String path = rootRelative.endsWith("/") && rootRelative.length() > 1
                ? rootRelative.substring(0, rootRelative.length() - 1)
                : rootRelative;
        return "tag:" + host + "," + TAG_DATE + ":" + path;
    }

    /**
     * The same list read oldest first, beside the list's first page {@code first}:
     * "/relations/algeria-russia/oldest-first/". No slug of an entry, year or page number can be "oldest-first",
     * and it is a folder of the list's own, so it takes no other page's address.
     */
    public String oldestFirst(String first) {
        return first + "oldest-first/";
    }

    /** Page n (1-based) of a paginated list whose first page is {@code first}. */
    public String page(String first, int n) {
        return n <= 1 ? first : first + "page/" + n + "/";
    }

    /** A file of the site, e.g. {@code asset("assets/style.css")} or {@code asset("feed.xml")}. */
    public String asset(String sitePath) {
        return basePath + sitePath;
    }

    /** The absolute URL of a root-relative URL, for canonical links, feeds and sitemaps. */
    public String absolute(String rootRelative) {
        return origin + rootRelative;
    }

    /** Where a page URL is written: "/repo/relations/a-b/" becomes "relations/a-b/index.html". */
    public String outputFile(String url) {
        if (!url.startsWith(basePath)) throw new IllegalArgumentException("URL outside the site: " + url);
        String rel = url.substring(basePath.length());
        return rel.isEmpty() || rel.endsWith("/") ? rel + "index.html" : rel;
    }
}
