package org.relationstimeline.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.relationstimeline.content.ContentFinder;
import org.relationstimeline.images.ImagePath;
import org.relationstimeline.problems.Problem;
import org.relationstimeline.render.BodyLinks;
import org.relationstimeline.site.SiteLinks;
import org.relationstimeline.text.DidYouMean;
import org.relationstimeline.timeline.BodyLink;
import org.relationstimeline.timeline.Entry;

/**
 * Checks the links and images of entry bodies against the site: a reference that names no page is
 * an error; a site path, which nothing checks and a move breaks, gets a warning that says which
 * reference to write; so does a link or image the sanitiser would remove. Each finding stands at
 * the link's line and column in the file.
 */
public final class BodyLinkCheck {
    private final SiteLinks links;
    private final boolean trustedHtml;

    /** @param trustedHtml bodies are not sanitised, so no link is removed */
    public BodyLinkCheck(SiteLinks links, boolean trustedHtml) {
        this.links = links;
        this.trustedHtml = trustedHtml;
    }

    /** @param displayPrefix how the content folder is named in messages, as for the loader */
    public List<Problem> check(List<Entry> entries, String displayPrefix) {
        List<Problem> out = new ArrayList<>();
        for (Entry e : entries) {
            String file = ContentFinder.display(displayPrefix, e.path());
            for (BodyLink link : BodyLinks.of(e)) check(e, link, file, out);
        }
        return out;
    }

    private void check(Entry e, BodyLink link, String file, List<Problem> out) {
        // Local pictures are checked, and published, by ImageCatalog.
        if (link.image() && ImagePath.isLocal(link.destination())) return;
        int line = e.bodyLine() + link.line() - 1;
        String what = link.image() ? "image" : "link";
        String written = link.destination();
        SiteLinks.Target target = links.resolve(written);
        if (target instanceof SiteLinks.Target.Broken broken) {
            out.add(Problem.error(file, line, link.column(), "broken-link", broken.message(), broken.hint()));
        } else if (target instanceof SiteLinks.Target.Page && link.image()) {
            out.add(Problem.warning(
                    file,
                    line,
                    link.column(),
                    "image-reference",
                    "image '" + written + "' names a page, not a picture",
                    "use an https:// address of the picture"));
        } else if (target instanceof SiteLinks.Target.SitePath && link.image()) {
            out.add(Problem.warning(
                    file,
                    line,
                    link.column(),
                    "local-image",
                    "image '" + written + "' is a path on the site: it shows only a file the theme publishes",
                    "write a picture of content/images/ as /images/NAME, one beside the entry as its file name,"
                            + " or use an https:// address"));
        } else if (target instanceof SiteLinks.Target.SitePath) {
            Optional<String> reference = links.referenceFor(written, e);
            out.add(
                    Problem.warning(
                            file,
                            line,
                            link.column(),
                            "local-link",
                            "link '" + written + "' is not checked and breaks"
                                    + " when the page moves or the site's base path changes",
                            reference
                                    .map(r -> "write '" + r + "'")
                                    .orElse(
                                            "link pages of the site as entry:SLUG, pair:DZ-RU or country:DZ, other sites with https://")));
        } else if (target instanceof SiteLinks.Target.Elsewhere) {
            removed(what, written, link.image())
                    .ifPresent(message -> out.add(
                            Problem.warning(file, line, link.column(), "removed-" + what, message, hintFor(written))));
        }
    }

    /** Why the sanitiser drops this web address or scheme, or empty when it is kept. */
    private Optional<String> removed(String what, String written, boolean image) {
        if (trustedHtml || written.isEmpty() || written.startsWith("#")) return Optional.empty();
        String lower = written.strip().toLowerCase(java.util.Locale.ROOT);
        if (image) {
            return lower.startsWith("https://")
                    ? Optional.empty()
                    : Optional.of(
                            "image '" + written + "' is removed: pictures are shown only from https:// addresses");
        }
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:"))
            return Optional.empty();
        return Optional.of(what + " '" + written
                + "' is removed: bodies keep http(s), mailto, #anchor and entry:, pair:," + " country: links");
    }

    private static String hintFor(String written) {
        int colon = written.indexOf(':');
        String scheme = colon > 0 ? written.substring(0, colon) : written;
        String close = DidYouMean.hint(scheme, SiteLinks.SCHEMES);
        return close.isEmpty() ? "" : close;
    }
}
