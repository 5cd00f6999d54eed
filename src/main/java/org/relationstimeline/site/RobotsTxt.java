package org.relationstimeline.site;

import java.util.List;

/**
 * {@code robots.txt}: everything may be crawled, and the sitemap is at its absolute URL. Crawlers
 * read it only at the root of a host, so under a project path (/repo/) it is written but unused;
 * the sitemap can then be submitted by hand.
 */
public final class RobotsTxt implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        UrlScheme urls = site.urls();
        String text = "User-agent: *\nAllow: /\n\nSitemap: " + urls.absolute(urls.sitemap()) + "\n";
        return List.of(OutputFile.text(urls.outputFile(urls.asset("robots.txt")), text));
    }
}
