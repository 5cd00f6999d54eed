package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;
import org.relationstimeline.site.pages.PairPage;
import org.relationstimeline.text.Xml;
import org.relationstimeline.timeline.Pair;

/**
 * A small page at each pair's address written the other way round ({@code /relations/russia-algeria/})
 * that sends the reader on to the pair ({@code /relations/algeria-russia/}). A static site has no
 * server to answer with a redirect, so the page does it: a refresh, a canonical link for search
 * engines, {@code noindex}, and a plain link for a reader whose browser does not follow refreshes.
 * It is not a page of the plan (no sitemap entry, no feed) and is left out where a real page has
 * that address.
 */
public final class PairRedirects implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        PlanIndex plan = PlanIndex.of(site.plan());
        UrlScheme urls = site.urls();
        List<OutputFile> files = new ArrayList<>();
        for (PairPage page : plan.firstPages(PairPage.class)) {
            String from = urls.pairReversed(page.pair());
            if (plan.has(from)) continue;
            files.add(OutputFile.text(urls.outputFile(from), html(page.pair(), urls.pair(page.pair()), site)));
        }
        return files;
    }

    private static String html(Pair pair, String to, SiteModel site) {
        String target = Xml.escape(to);
        String name = Xml.escape(pair.name());
        return "<!DOCTYPE html>\n<html lang=\"" + Xml.escape(site.config().language())
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>" + name + " \u00b7 " + Xml.escape(site.config().title()) + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                // The theme's icon, as on every page, so the browser does not ask for a /favicon.ico that is not there.
                + "<link rel=\"icon\" href=\"" + Xml.escape(site.urls().asset("assets/icon.svg"))
                + "\" type=\"image/svg+xml\">\n"
                + "<link rel=\"canonical\" href=\"" + Xml.escape(site.urls().absolute(to)) + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n</head>\n<body>\n"
                + "<p>The relations between " + Xml.escape(pair.first().name()) + " and "
                + Xml.escape(pair.second().name())
                + " are at <a href=\"" + target + "\">" + name + "</a>.</p>\n</body>\n</html>\n";
    }
}
