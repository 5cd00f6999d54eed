package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.text.Xml;

/**
 * {@code sitemap.xml} (sitemaps.org protocol 0.9): every indexable page of the plan that is its own canonical page, in plan
 * order. Past {@value #MAX_URLS} URLs, the protocol's limit per file, the URLs go to
 * {@code sitemap-1.xml}, {@code sitemap-2.xml}... and {@code sitemap.xml} becomes their index.
 * No {@code lastmod}: the site knows when events happened, not when pages changed.
 */
public final class Sitemap implements ExtraOutput {
    public static final int MAX_URLS = 50_000;
    static final String NS = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private final int maxUrls;

    public Sitemap() {
        this(MAX_URLS);
    }

    /** With a smaller limit per file, so tests can see the index without 50,000 pages. */
    Sitemap(int maxUrls) {
        if (maxUrls < 1) throw new IllegalArgumentException("maxUrls must be positive");
        this.maxUrls = maxUrls;
    }

    @Override
    public List<OutputFile> files(SiteModel site) {
        UrlScheme urls = site.urls();
        List<String> locations = new ArrayList<>();
        for (Page page : site.plan()) {
            // A sitemap lists canonical URLs only: not the oldest-first copies of timelines.
            if (page.kind().indexable() && page.canonicalUrl().equals(page.url()))
                locations.add(urls.absolute(page.url()));
        }
        if (locations.size() <= maxUrls) {
            return List.of(OutputFile.text(urls.outputFile(urls.sitemap()), urlset(locations)));
        }
        List<OutputFile> files = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int from = 0, n = 1; from < locations.size(); from += maxUrls, n++) {
            String part = urls.sitemap(n);
            files.add(OutputFile.text(
                    urls.outputFile(part),
                    urlset(locations.subList(from, Math.min(from + maxUrls, locations.size())))));
            parts.add(urls.absolute(part));
        }
        files.add(0, OutputFile.text(urls.outputFile(urls.sitemap()), index(parts)));
        return files;
    }

    private static String urlset(List<String> locations) {
        StringBuilder x = new StringBuilder(64 + locations.size() * 80);
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"")
                .append(NS)
                .append("\">\n");
        for (String loc : locations)
            x.append("  <url><loc>").append(Xml.escape(loc)).append("</loc></url>\n");
        return x.append("</urlset>\n").toString();
    }

    private static String index(List<String> sitemaps) {
        StringBuilder x = new StringBuilder();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"")
                .append(NS)
                .append("\">\n");
        for (String loc : sitemaps)
            x.append("  <sitemap><loc>").append(Xml.escape(loc)).append("</loc></sitemap>\n");
        return x.append("</sitemapindex>\n").toString();
    }
}
