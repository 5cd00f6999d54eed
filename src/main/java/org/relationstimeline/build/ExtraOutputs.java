package org.relationstimeline.build;

import java.util.List;
import org.relationstimeline.render.maps.MapAssets;
import org.relationstimeline.site.AtomFeeds;
import org.relationstimeline.site.DataExports;
import org.relationstimeline.site.ExtraOutput;
import org.relationstimeline.site.GitHubPagesFiles;
import org.relationstimeline.site.RobotsTxt;
import org.relationstimeline.site.Sitemap;
import org.relationstimeline.site.search.SearchIndex;

/** The non-page outputs every build writes, in a fixed order. */
final class ExtraOutputs {
    private ExtraOutputs() {}

    static List<ExtraOutput> all() {
        return List.of(new Sitemap(), new RobotsTxt(), new GitHubPagesFiles(), new AtomFeeds(), new DataExports(),
                new SearchIndex(), new MapAssets());
    }
}
