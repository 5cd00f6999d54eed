package org.relationstimeline.site;

import java.util.List;

/**
 * A producer of site files that are not theme pages: feeds, sitemap, search index, exports.
 * It reads the same plan as the pages, so every URL it names is a page that exists.
 */
public interface ExtraOutput {
    List<OutputFile> files(SiteModel site) throws Exception;
}
