package org.relationstimeline.site;

import java.util.ArrayList;
import java.util.List;

/**
 * Files GitHub Pages reads when it serves the site from a branch: {@code .nojekyll}, so the
 * folder is served as it is, and {@code CNAME} when the config names a custom domain.
 * (A site deployed by the Pages actions needs neither; they do no harm there.)
 */
public final class GitHubPagesFiles implements ExtraOutput {
    @Override
    public List<OutputFile> files(SiteModel site) {
        List<OutputFile> files = new ArrayList<>();
        files.add(OutputFile.text(".nojekyll", ""));
        String domain =
                site.config().domain() == null ? "" : site.config().domain().strip();
        if (!domain.isEmpty()) files.add(OutputFile.text("CNAME", domain + "\n"));
        return files;
    }
}
