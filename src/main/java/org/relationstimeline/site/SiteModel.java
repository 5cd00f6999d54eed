package org.relationstimeline.site;

import java.util.List;
import org.relationstimeline.config.SiteConfig;
import org.relationstimeline.site.pages.Page;
import org.relationstimeline.timeline.Timeline;

/** Everything an {@link ExtraOutput} may read: config, URLs, the timeline and the page plan. */
public record SiteModel(SiteConfig config, UrlScheme urls, Timeline timeline, List<Page> plan) {}
