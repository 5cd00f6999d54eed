package org.relationstimeline.pipeline;

import java.util.List;
import org.relationstimeline.cms.CmsAdmin;
import org.relationstimeline.render.maps.MapAssets;
import org.relationstimeline.render.maps.MapFiles;
import org.relationstimeline.site.AtomFeeds;
import org.relationstimeline.site.DataExports;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.GitHubPagesFiles;
import org.relationstimeline.site.KnownAddresses;
import org.relationstimeline.site.PairRedirects;
import org.relationstimeline.site.Redirects;
import org.relationstimeline.site.RobotsTxt;
import org.relationstimeline.site.Sitemap;
import org.relationstimeline.site.SocialCards;
import org.relationstimeline.site.search.SearchIndex;

/** The non-page outputs every build writes, in a fixed order. */
final class ExtraOutputs {
    private ExtraOutputs() {}

    /** Outputs that speak for the published site: drafts shown by a preview are left out of them. */
    static List<ExtraOutput> forPublishedEntries() {
        return List.of(
                new Sitemap(),
                new RobotsTxt(),
                new GitHubPagesFiles(),
                new AtomFeeds(),
                new DataExports(),
                new Redirects(),
                new PairRedirects(),
                new CmsAdmin());
    }

    /** Outputs that serve the pages as built, drafts included: the search page finds what the preview shows. */
    static List<ExtraOutput> forEveryPage() {
        return List.of(new SearchIndex(), new MapAssets(), new MapFiles(), new SocialCards(), new KnownAddresses());
    }
}
