package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.relationstimeline.content.ContentFinder;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.text.Xml;
import org.relationstimeline.timeline.Alias;
import org.relationstimeline.timeline.Entry;

/**
 * A page at each old address of an entry ({@code aliases:}) that sends readers and crawlers on to
 * the entry: a meta refresh, a canonical link and a plain link, and {@code noindex} so the old
 * address leaves search results. The pages are the generator's own, not the theme's: they are
 * seen for an instant, and a theme cannot break them.
 */
public final class Redirects implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        UrlScheme urls = site.urls();
        List<OutputFile> files = new ArrayList<>();
        for (Entry e : site.timeline().entries()) {
            for (Alias alias : e.aliases()) {
                files.add(OutputFile.text(
                        urls.outputFile(urls.asset(alias.path() + "/")),
                        page(e, urls, site.config().language())));
            }
        }
        return files;
    }

    /**
     * An old address may not be the address of a page, nor be claimed twice: each such alias is an
     * error at its line, naming what holds the address.
     *
     * @param displayPrefix how the content folder is named in messages
     */
    public static List<Problem> collisions(List<Page> plan, List<Entry> entries, UrlScheme urls, String displayPrefix) {
        Map<String, Page> pages = new HashMap<>();
        for (Page page : plan) pages.put(page.url(), page);
        Map<String, Entry> claimed = new HashMap<>();
        List<Problem> out = new ArrayList<>();
        List<Entry> byPath = new ArrayList<>(entries);
        byPath.sort(Comparator.comparing(Entry::path));
        for (Entry e : byPath) {
            String file = ContentFinder.display(displayPrefix, e.path());
            for (Alias alias : e.aliases()) {
                String url = urls.asset(alias.path() + "/");
                Page page = pages.get(url);
                Entry earlier = claimed.putIfAbsent(url, e);
                if (page != null) {
                    String what = url.equals(urls.entry(e))
                            ? "the entry's own address"
                            : "the address of the page '" + page.title() + "'";
                    out.add(Problem.error(
                            file,
                            alias.line(),
                            alias.column(),
                            "alias-collision",
                            "alias /" + alias.path() + "/ is " + what,
                            "remove it: an old address must be one no page has now"));
                } else if (earlier != null) {
                    out.add(Problem.error(
                            file,
                            alias.line(),
                            alias.column(),
                            "alias-collision",
                            "alias /" + alias.path() + "/ is already an alias of "
                                    + ContentFinder.display(displayPrefix, earlier.path()),
                            "keep it on the entry readers should arrive at"));
                }
            }
        }
        return out;
    }

    private static String page(Entry e, UrlScheme urls, String language) {
        String target = Xml.escape(urls.entry(e));
        String canonical = Xml.escape(urls.absolute(urls.entry(e)));
        String title = Xml.escape(e.title());
        return "<!DOCTYPE html>\n<html lang=\"" + Xml.escape(language) + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<title>Moved: " + title + "</title>\n"
                + "<meta name=\"robots\" content=\"noindex\">\n"
                + "<link rel=\"canonical\" href=\"" + canonical + "\">\n"
                + "<meta http-equiv=\"refresh\" content=\"0; url=" + target + "\">\n"
                + "</head>\n<body>\n<p>This page has moved to <a href=\"" + target + "\">" + title + "</a>.</p>\n"
                + "</body>\n</html>\n";
    }
}
