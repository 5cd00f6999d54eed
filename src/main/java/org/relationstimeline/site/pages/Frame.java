package org.relationstimeline.site.pages;

import java.util.List;
import org.relationstimeline.site.pages.PageViews.Crumb;
import org.relationstimeline.site.pages.PageViews.NavLink;
import org.relationstimeline.site.pages.PageViews.SocialImage;

/**
 * What every page has around its content: where it goes, its title, breadcrumb trail and site links, and a
 * fingerprint of the data it shows (the build adds the theme's and config's fingerprints).
 *
 * @param url the page's root-relative URL
 * @param file the output file relative to the site folder
 * @param crumbs the trail from the home page to the page's parent
 * @param sitePages the site's general pages, which every page links to (in the default theme, from the footer)
 * @param image the card link previews show for the page
 */
public record Frame(
        String url,
        String file,
        String title,
        List<Crumb> crumbs,
        List<NavLink> sitePages,
        String dataFingerprint,
        SocialImage image) {
    public Frame {
        crumbs = List.copyOf(crumbs);
        sitePages = List.copyOf(sitePages);
    }
}
