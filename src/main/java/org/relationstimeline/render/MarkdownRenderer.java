package org.relationstimeline.render;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkType;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;
import org.relationstimeline.site.LocalLinks;

/**
 * Markdown bodies to HTML with Flexmark (tables, footnotes, autolinks, strikethrough, heading
 * ids). Link destinations pass through the site's {@link LocalLinks} first, so references become
 * page addresses and site paths get the base path. Unless the site trusts its editors, the result
 * is cleaned with {@link BodyAllowlist}: raw HTML outside it is dropped, and so are links other
 * than http(s), mailto, in-page and same-site ones. The parser and renderer are immutable after
 * construction and shared by all threads.
 */
public final class MarkdownRenderer {
    private final HtmlRenderer renderer;
    private final boolean trustedHtml;
    private final LocalLinks links;
    private final Safelist safelist = new BodyAllowlist();
    private final org.jsoup.nodes.Document.OutputSettings output =
            new org.jsoup.nodes.Document.OutputSettings().prettyPrint(false);

    /** A renderer for bodies outside a site: destinations are written as they are. */
    public MarkdownRenderer(boolean trustedHtml) {
        this(trustedHtml, LocalLinks.NONE);
    }

    public MarkdownRenderer(boolean trustedHtml, LocalLinks links) {
        this(trustedHtml, links, BodyImages.NONE);
    }

    /** @param images the published copies of local pictures, written as responsive images */
    public MarkdownRenderer(boolean trustedHtml, LocalLinks links, BodyImages images) {
        this.renderer = HtmlRenderer.builder(MarkdownSyntax.OPTIONS)
                .linkResolverFactory(new LocalLinkResolver(links))
                .nodeRendererFactory(options -> new BodyPictures(images))
                .nodeRendererFactory(options -> new DeepHeadings())
                .build();
        this.trustedHtml = trustedHtml;
        this.links = links;
    }

    /** Hands every link and image destination to {@link LocalLinks} as the HTML is written. */
    private static final class LocalLinkResolver extends IndependentLinkResolverFactory {
        private final LocalLinks links;

        LocalLinkResolver(LocalLinks links) {
            this.links = links;
        }

        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return (Node node, LinkResolverBasicContext c, ResolvedLink link) -> {
                LinkType type = link.getLinkType();
                if (type != LinkType.LINK && type != LinkType.IMAGE) return link;
                return link.withUrl(links.href(link.getUrl()));
            };
        }
    }

    /** A body the renderer refuses before or while parsing; the build reports it against the entry. */
    public static class BodyRefusedException extends RuntimeException {
        BodyRefusedException(String message) {
            super(message);
        }
    }

    /**
     * A body nested so deeply (a thousand quote or list levels fit in a few kilobytes) that the
     * parser's recursion runs out of stack; the build reports it against the entry.
     */
    public static final class TooDeepException extends BodyRefusedException {
        public TooDeepException() {
            super("the Markdown body is nested too deeply to render (quotes, lists or emphasis inside each other);"
                    + " flatten it");
        }
    }

    /**
     * A body with so much inline markup that Flexmark would take quadratic time over it (see
     * {@link InlineCost}); refused before parsing, with the paragraph to change.
     */
    public static final class TooCostlyException extends BodyRefusedException {
        public TooCostlyException(String message) {
            super(message);
        }
    }

    /**
     * Quote and list markers one line may open before its text. Real documents stay far below;
     * Flexmark takes quadratic time and then its recursion overflows on thousands of them, so
     * such a body is refused before parsing.
     */
    static final int MAX_LINE_NESTING = 100;

    public String render(String markdown) {
        return render(markdown, "");
    }

    /**
     * @param bodyFile the body's file relative to the content folder, against which the paths of
     *     its local pictures are read
     */
    public String render(String markdown, String bodyFile) {
        if (lineNestingExceeds(markdown, MAX_LINE_NESTING)) throw new TooDeepException();
        InlineCost.check(markdown);
        try {
            Document document = MarkdownSyntax.PARSER.parse(markdown);
            document.set(BodyPictures.BODY_FILE, bodyFile);
            demoteHeadings(document);
            String html = renderer.render(document);
            if (trustedHtml || isPlainMarkdown(markdown, document)) return html;
            return Jsoup.clean(html, BodyAllowlist.BASE, safelist, output);
        } catch (StackOverflowError e) {
            // Flexmark recurses once per nesting level; the stack is unwound by now, so this thread is fine.
            throw new TooDeepException();
        }
    }

    /** True when some line opens more than {@code max} block quotes and list items ("> - 1. > ..."). */
    static boolean lineNestingExceeds(String markdown, int max) {
        int i = 0;
        int n = markdown.length();
        while (i < n) {
            int depth = 0;
            while (true) {
                while (i < n && (markdown.charAt(i) == ' ' || markdown.charAt(i) == '\t')) i++;
                if (i >= n) break;
                char c = markdown.charAt(i);
                int next = i + 1;
                if (c == '>') {
                    i = next;
                } else if ((c == '-' || c == '*' || c == '+')
                        && next < n
                        && (markdown.charAt(next) == ' ' || markdown.charAt(next) == '\t')) {
                    i = next;
                } else if (c >= '0' && c <= '9') {
                    int j = i;
                    while (j < n && j - i < 9 && markdown.charAt(j) >= '0' && markdown.charAt(j) <= '9') j++;
                    if (j + 1 < n
                            && (markdown.charAt(j) == '.' || markdown.charAt(j) == ')')
                            && (markdown.charAt(j + 1) == ' ' || markdown.charAt(j + 1) == '\t')) {
                        i = j + 1;
                    } else {
                        break;
                    }
                } else {
                    break;
                }
                if (++depth > max) return true;
            }
            int nl = markdown.indexOf('\n', i);
            i = nl < 0 ? n : nl + 1;
        }
        return false;
    }

    /**
     * The page title is the only h1: body headings start at h2 and keep their order. Each level
     * moves down one; when that would push h6 onto h5's level, the levels in use are numbered from
     * h2 instead, closing gaps, so distinct levels stay distinct. A body that uses all six has one
     * level more than h2 to h6 hold: its deepest becomes level 7, which {@link DeepHeadings} writes
     * as a paragraph with {@code role="heading" aria-level="7"}, rather than merging it into h6.
     */
    private static void demoteHeadings(Node document) {
        TreeSet<Integer> levels = new TreeSet<>();
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) levels.add(h.getLevel());
        }
        if (levels.isEmpty() || levels.first() >= 2) return;
        boolean shiftFits = levels.last() < 6;
        Map<Integer, Integer> demoted = new HashMap<>();
        int next = 2;
        for (int level : levels) demoted.put(level, shiftFits ? level + 1 : next++);
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h) h.setLevel(demoted.get(h.getLevel()));
        }
    }

    /**
     * Without raw HTML ('<' anywhere) and with only web, mail, in-page and same-site link targets,
     * Flexmark's output holds nothing the allowlist would remove, so the (costly) cleaning can be
     * skipped. Targets are judged as they will be written, after {@link LocalLinks}.
     */
    private boolean isPlainMarkdown(String markdown, Node document) {
        if (markdown.indexOf('<') >= 0) return false;
        for (Node node : document.getDescendants()) {
            // The allowlist takes images over https only (no mixed content), or from paths of the site.
            if (node instanceof Image image) {
                if (!isImageUrl(href(image))) return false;
            } else if (node instanceof LinkNodeBase link && !isSafeUrl(href(link))) {
                return false;
            }
            // A reference-style image ("![x][r]") takes its address from the definition "[r]: url".
            if (node instanceof ImageRef ref && ref.isDefined() && !isImageUrl(referenceUrl(ref, document)))
                return false;
        }
        return true;
    }

    private String href(LinkNodeBase link) {
        return links.href(link.getUrl().unescape());
    }

    private static boolean isSafeUrl(String url) {
        String u = lower(url);
        return u.startsWith("https://")
                || u.startsWith("http://")
                || u.startsWith("mailto:")
                || u.startsWith("#")
                || BodyAllowlist.isSitePath(url);
    }

    private static boolean isImageUrl(String url) {
        return lower(url).startsWith("https://") || BodyAllowlist.isSitePath(url);
    }

    /** The address a reference-style image points to, as it will be written; empty when it cannot be resolved. */
    private String referenceUrl(ImageRef ref, Node document) {
        Reference target = document instanceof Document d ? ref.getReferenceNode(d) : null;
        return target == null ? "" : href(target);
    }

    private static String lower(String url) {
        return url.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
